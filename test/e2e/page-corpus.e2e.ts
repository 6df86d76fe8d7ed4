/**
 * The corpus pages in real Chromium: every goal the content script found is painted with its
 * kind, the gold quotes are covered, the hidden print copy stays untouched, table cells do not
 * merge, the card shows the goal's fields, keyboard navigation follows document order, the
 * toggle removes every highlight — and the extension makes no network request.
 */
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages/page';
import { launchExtension, type ExtensionEnv } from './harness';
import {
  highlightSizes,
  highlightTexts,
  quoteCoverage,
  readGold,
  sendToPage,
  waitForCard,
  waitForPaint,
} from './page-helpers';

const CORPUS = ['zj-2021-goals', 'zj-2020-q4-progress', 'zengdu-14th-fyp'] as const;
/** A small page of our own: an indicator table as a portal renders it. */
const INDICATOR_PAGE = '/pages/indicator-table.html';
/** Least share of gold quotes painted with their gold kind (see README for the figures). */
const MIN_GOLD_COVERAGE = 0.9;

describe('goal highlights on the corpus pages', () => {
  let env: ExtensionEnv;
  const requests: string[] = [];
  const record = (request: Request) => requests.push(request.url());
  beforeAll(async () => {
    env = await launchExtension();
    env.context.on('request', record);
  });
  afterAll(async () => {
    await env?.close();
  });

  async function open(id: string): Promise<Page> {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', `/corpus/${id}.html`));
    await waitForPaint(page);
    return page;
  }

  for (const id of CORPUS) {
    it(`paints every goal of ${id} with its kind and covers the gold quotes`, async () => {
      const page = await open(id);
      const state = await sendToPage(env, page, 'page:get-state', {});
      expect(state.analysed).toBe(true);
      expect(state.goals.length).toBeGreaterThan(0);
      const painted = await highlightTexts(page);
      for (const goal of state.goals) {
        expect(painted[`pgr-${goal.kind}`], goal.quote).toContain(goal.quote);
      }

      const gold = readGold(id);
      const coverage = await quoteCoverage(page, gold);
      expect(coverage.filter((c) => !c.found).map((c) => c.quote)).toEqual([]);
      const covered = coverage.filter((c) => c.sameKind >= 0.5);
      const misses = coverage.filter((c) => c.sameKind < 0.5).map((c) => `${c.kind}: ${c.quote}`);
      const share = covered.length / gold.length;
      console.log(
        `[coverage] ${id}: ${covered.length}/${gold.length} gold quotes painted with their kind ` +
          `(${(share * 100).toFixed(0)}%), any kind ${coverage.filter((c) => c.anyKind >= 0.5).length}` +
          `\n  misses:\n  ${misses.join('\n  ')}`,
      );
      expect(share, misses.join('\n')).toBeGreaterThanOrEqual(MIN_GOLD_COVERAGE);
      await page.close();
    });
  }

  it('shows the number of goals on the toolbar badge of the tab', async () => {
    const page = await open('zengdu-14th-fyp');
    const { goals } = await sendToPage(env, page, 'page:get-state', {});
    await page.bringToFront();
    await expect
      .poll(
        () =>
          env.serviceWorker.evaluate(async () => {
            const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
            return chrome.action.getBadgeText({ tabId: tab!.id! });
          }),
        { timeout: 10_000 },
      )
      .toBe(String(goals.length));
    await page.close();
  });

  it('leaves the hidden print copy of zj-2021-goals unpainted', async () => {
    const page = await open('zj-2021-goals');
    const inPrintCopy = await page.evaluate(() => {
      const copy = document.querySelector('.print-copy')!;
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      let hits = 0;
      for (const [name, set] of registry) {
        if (!name.startsWith('pgr-')) continue;
        for (const range of set) if (range.intersectsNode(copy)) hits += 1;
      }
      return hits;
    });
    expect(inPrintCopy).toBe(0);
    await page.close();
  });

  it('never lets a highlight run across the cells of the progress table', async () => {
    const page = await open('zj-2020-q4-progress');
    const crossing = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const cell = (n: Node) =>
        (n.nodeType === 1 ? (n as Element) : n.parentElement)?.closest('td,th');
      const bad: string[] = [];
      let inCells = 0;
      for (const [name, set] of registry) {
        if (!name.startsWith('pgr-')) continue;
        for (const range of set) {
          const a = cell(range.startContainer);
          const b = cell(range.endContainer);
          if (a) inCells += 1;
          if (a !== b) bad.push(range.toString());
        }
      }
      return { bad, inCells };
    });
    expect(crossing.inCells).toBeGreaterThan(10);
    expect(crossing.bad).toEqual([]);
    await page.close();
  });

  it('reads an indicator table row by row: the target cell, never the baseline', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', INDICATOR_PAGE));
    await waitForPaint(page);
    const state: PageState = await sendToPage(env, page, 'page:get-state', {});
    const rows = state.goals
      .filter((g) => g.quote.includes('\n') || g.quote.includes('\t'))
      .map((g) => [g.kind, g.metric, g.comparator, g.value, g.unit, g.due]);
    expect(rows).toEqual([
      ['target', '学前教育毛入园率', '=', 95, '%', '2025-12-31'],
      ['target', '九年义务教育巩固率', '>=', 99, '%', '2025-12-31'],
      ['target', '新建改扩建中小学校', '=', 30, '所', '2025-12-31'],
      ['target', '普惠性学位', '=', 152_000, '个', '2025-12-31'],
    ]);
    // Each row's highlight ends in its 2025 cell; no baseline cell is painted on its own.
    const cells = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ends: string[] = [];
      for (const range of registry.get('pgr-target') ?? []) {
        const cell = (range.endContainer.parentElement as Element).closest('td');
        if (cell) ends.push(`${cell.cellIndex}:${cell.textContent}`);
      }
      return ends;
    });
    expect(cells).toEqual(['3:95', '3:99以上', '3:30', '3:15.2']);
    await page.close();
  });

  it('opens a card with the goal fields and moves through goals in document order', async () => {
    const page = await open('zj-2021-goals');
    const state: PageState = await sendToPage(env, page, 'page:get-state', {});
    const ordered = [...state.goals].sort((a, b) => a.start - b.start);
    expect(state.goals.map((g) => g.id)).toEqual(ordered.map((g) => g.id));

    const first = await sendToPage(env, page, 'page:navigate', { direction: 'next' });
    expect(first.goalId).toBe(ordered[0]!.id);
    const second = await sendToPage(env, page, 'page:navigate', { direction: 'next' });
    expect(second.goalId).toBe(ordered[1]!.id);
    const back = await sendToPage(env, page, 'page:navigate', { direction: 'previous' });
    expect(back.goalId).toBe(ordered[0]!.id);
    const focus = await highlightTexts(page);
    expect(focus['pgr-focus']).toEqual([ordered[0]!.quote]);

    const goal = ordered[0]!;
    const fields = await waitForCard(page, goal.quote);
    expect(fields?.metric).toContain(goal.metric || '—');
    if (goal.value !== undefined) expect(fields?.quantity).toContain(String(goal.value));
    expect(fields?.due).toBe(goal.due ?? '—');
    expect(fields?.kind).toMatch(/目标|时限任务|完成情况/);
    await page.close();
  });

  it('shows the plain quantity, due date and strength of a chosen target', async () => {
    const page = await open('zj-2021-goals');
    const state = await sendToPage(env, page, 'page:get-state', {});
    const goal = state.goals.find((g) => g.quote.includes('万台事故率控制在0.25以内'));
    expect(goal, 'the extractor finds 控制在0.25以内').toBeDefined();
    expect((await sendToPage(env, page, 'page:scroll-to', { goalId: goal!.id })).found).toBe(true);
    const fields = await waitForCard(page, goal!.quote);
    expect(fields?.quantity).toBe('≤ 0.25');
    expect(fields?.strength).toBe('硬性(确保)');
    expect(fields?.due).toBe(goal!.due ?? '—');
    expect((await highlightTexts(page))['pgr-flash']).toEqual([goal!.quote]);
    await page.close();
  });

  it('declares rebindable commands with shortcuts for next, previous, toggle and clip', async () => {
    const commands = await env.serviceWorker.evaluate(() => chrome.commands.getAll());
    const shortcuts = Object.fromEntries(commands.map((c) => [c.name, c.shortcut]));
    expect(shortcuts).toMatchObject({
      'next-goal': 'Alt+Shift+J',
      'previous-goal': 'Alt+Shift+K',
      'toggle-highlights': 'Alt+Shift+H',
      'clip-selection': 'Alt+Shift+M',
    });
  });

  it('removes every highlight on toggle and paints them again', async () => {
    const page = await open('zengdu-14th-fyp');
    const before = await highlightSizes(page);
    expect((await sendToPage(env, page, 'page:toggle-highlights', {})).on).toBe(false);
    expect(await highlightSizes(page)).toEqual({});
    expect((await sendToPage(env, page, 'page:toggle-highlights', {})).on).toBe(true);
    expect(await highlightSizes(page)).toEqual(before);
    await page.close();
  });

  it('paints the screen of the largest page before the whole page is extracted', async () => {
    const page = await open('zengdu-14th-fyp');
    const order = async () => {
      await page.waitForFunction(() => performance.getEntriesByName('pgr:extracted').length > 0);
      return page.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]!.startTime;
        return { painted: at('pgr:painted'), extracted: at('pgr:extracted') };
      });
    };
    const opened = await order();
    expect(opened.painted).toBeLessThan(opened.extracted);
    // Also further down the page, where the browser restores the scroll position on reload.
    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.reload();
    await waitForPaint(page);
    const reloaded = await order();
    expect(reloaded.painted).toBeLessThan(reloaded.extracted);
    await page.close();
  });

  it('made no network request beyond the pages it was shown', async () => {
    const pages = new Set(CORPUS.map((id) => env.url('www.zj.gov.cn', `/corpus/${id}.html`)));
    pages.add(env.url('www.zj.gov.cn', INDICATOR_PAGE));
    const foreign = requests.filter(
      (url) => !pages.has(url) && !url.startsWith('chrome-extension://'),
    );
    expect(foreign).toEqual([]);
    // The browser itself asks for /favicon.ico; everything else is a page we opened.
    const served = env.server.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico');
    expect(served.filter((p) => !p.startsWith('/corpus/') && p !== INDICATOR_PAGE)).toEqual([]);
  });
});
