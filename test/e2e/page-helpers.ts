/**
 * Helpers for the page-area end-to-end tests: read the CSS highlight registry from the page's
 * main world (it is shared with the content script's isolated world), talk to a tab's content
 * script through the service worker, and measure how well highlights cover gold quotes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { refineMetrics } from '../../utils/background/page-refine';
import { extractGoals } from '../../utils/extract/index';
import type { MessageType, RequestOf, ResponseOf } from '../../utils/messaging';
import { ROOT, type ExtensionEnv } from './harness';

export const KINDS = ['target', 'deadline', 'achievement', 'clip'] as const;
export type Kind = (typeof KINDS)[number];

export interface GoldItem {
  kind: 'target' | 'deadline' | 'achievement';
  quote: string;
  start: number;
  end: number;
}

export function readGold(id: string): GoldItem[] {
  return readFileSync(join(ROOT, 'test', 'fixtures', 'gold', `${id}.jsonl`), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldItem);
}

/** Texts of the ranges of each `pgr-*` highlight, in registry order. */
export function highlightTexts(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, set] of registry) {
      if (name.startsWith('pgr-')) out[name] = [...set].map((r) => r.toString());
    }
    return out;
  });
}

/** Number of ranges per `pgr-*` highlight (absent names: not registered). */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, set] of registry) if (name.startsWith('pgr-')) out[name] = set.size;
    return out;
  });
}

/** Waits until the content script painted at least one goal. */
export async function waitForPaint(page: Page, timeout = 15_000): Promise<void> {
  await page.waitForFunction(
    () => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      return ['pgr-target', 'pgr-deadline', 'pgr-achievement'].some(
        (n) => (registry.get(n)?.size ?? 0) > 0,
      );
    },
    undefined,
    { timeout },
  );
}

export interface QuoteCoverage {
  quote: string;
  kind: string;
  /** Share of the quote's characters painted with the quote's kind (best occurrence). */
  sameKind: number;
  /** Share painted with any goal kind. */
  anyKind: number;
  found: boolean;
}

/**
 * For each quote: find it in the concatenated text nodes of the body and measure how much of
 * it the highlights of its kind cover. Runs in the page's main world.
 */
export function quoteCoverage(
  page: Page,
  items: Array<{ quote: string; kind: string }>,
): Promise<QuoteCoverage[]> {
  return page.evaluate((quotes) => {
    const nodes: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
    const starts = new Map<Node, number>();
    let text = '';
    for (const n of nodes) {
      starts.set(n, text.length);
      text += n.data;
    }
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const painted = (kinds: string[]) => {
      const mask = new Uint8Array(text.length);
      for (const kind of kinds) {
        for (const range of registry.get(`pgr-${kind}`) ?? []) {
          for (const n of nodes) {
            if (!range.intersectsNode(n)) continue;
            const base = starts.get(n)!;
            const from = n === range.startContainer ? range.startOffset : 0;
            const to = n === range.endContainer ? range.endOffset : n.data.length;
            for (let i = from; i < to; i++) mask[base + i] = 1;
          }
        }
      }
      return mask;
    };
    const byKind: Record<string, Uint8Array> = {};
    const any = painted(['target', 'deadline', 'achievement']);
    const share = (mask: Uint8Array, at: number, len: number) => {
      let c = 0;
      for (let i = at; i < at + len; i++) c += mask[i]!;
      return len ? c / len : 0;
    };
    return quotes.map(({ quote, kind }) => {
      byKind[kind] ??= painted([kind]);
      let best = { sameKind: 0, anyKind: 0, found: false };
      for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
        const s = share(byKind[kind]!, at, quote.length);
        if (!best.found || s > best.sameKind) {
          best = { sameKind: s, anyKind: share(any, at, quote.length), found: true };
        }
      }
      return { quote, kind, ...best };
    });
  }, items);
}

/** Sends a protocol message to the content script of `page`'s tab (top frame). */
export async function sendToPage<K extends MessageType>(
  env: ExtensionEnv,
  page: Page,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  await page.bringToFront();
  const reply = (await env.serviceWorker.evaluate(
    async ([t, d]) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) return { ok: false, error: 'no active tab' };
      return chrome.tabs.sendMessage(
        tab.id,
        { channel: 'plan-goal-reader/v1', type: t, data: d },
        { frameId: 0 },
      );
    },
    [type, data] as const,
  )) as { ok: true; value: ResponseOf<K> } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error(`No handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Texts inside the card's shadow root, by `data-field`. */
export function cardFields(page: Page): Promise<Record<string, string> | null> {
  return page.evaluate(() => {
    const host = document.querySelector('plan-goal-card');
    const root = host?.shadowRoot;
    const card = root?.querySelector('.card');
    if (!root || !card) return null;
    const out: Record<string, string> = {};
    for (const el of root.querySelectorAll('[data-field]')) {
      const name = el.getAttribute('data-field')!;
      out[name] = (el.querySelector('dd') ?? el).textContent ?? '';
    }
    return out;
  });
}

/** The card's fields once it shows `quote` (the card's UI half loads on first use). */
export async function waitForCard(page: Page, quote: string): Promise<Record<string, string>> {
  let fields: Record<string, string> | null = null;
  await expect
    .poll(
      async () => {
        fields = await cardFields(page);
        return fields?.quote;
      },
      { timeout: 10_000 },
    )
    .toBe(quote);
  return fields!;
}

/**
 * Selects `text` inside the element `#id` (in the page's own world: the selection is shared)
 * and returns the middle of the selection in client coordinates.
 */
export function selectText(
  page: Page,
  id: string,
  text: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([elementId, quote]) => {
      const node = document.getElementById(elementId)!.firstChild as Text;
      const at = node.data.indexOf(quote);
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + quote.length);
      const selection = getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      const box = range.getBoundingClientRect();
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    },
    [id, text] as const,
  );
}

/** A corpus page's goals whose metric segmentit changes, worked out in Node from its text. */
export async function refinedChanges(
  id: string,
): Promise<Array<{ quote: string; before: string; after: string }>> {
  const text = readFileSync(join(ROOT, `test/fixtures/corpus/${id}.txt`), 'utf8');
  const context = JSON.parse(readFileSync(join(ROOT, `test/fixtures/corpus/${id}.json`), 'utf8'));
  const refined = await refineMetrics(text, context);
  return extractGoals(text, context).flatMap((g) => {
    const after = refined.find((r) => r.start === g.start && r.end === g.end)?.metric;
    return after !== undefined && after !== g.metric
      ? [{ quote: g.quote, before: g.metric, after }]
      : [];
  });
}
