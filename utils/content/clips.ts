/**
 * Clips on the page: saving the user's selection (context menu, shortcut) or a goal (card
 * button) with its selectors, and on every visit re-anchoring the page's saved clips (see
 * utils/page/anchor.ts), painting those that land and reporting which are orphaned. An
 * orphan is listed, never painted.
 */
import type { Goal } from '../extract/types';
import { translator, type Locale } from '../i18n/index';
import { pageMessages } from '../i18n/page';
import type { ClipInput, StoredClip } from '../messages/store';
import { anchorSpan, type AnchorResult } from '../page/anchor';
import type { Highlighter } from '../page/highlighter';
import { describeSpan } from '../page/selectors';
import { offsetsOfRange, type TextMap } from '../page/text-map';
import type { CardUi } from './card-ui';
import type { Send } from './controller';
import { anchorRect } from './navigation';
import { paintSpans } from './paint';
import { readVisibleText, type Analysis } from './pipeline';
import { createSlicer } from './schedule';
import { createWrapper } from '../page/wrap';

export interface ClipState {
  id: string;
  exact: string;
  status: 'anchored' | 'orphaned';
}

export interface ClipLayer {
  /** Re-anchors this page's saved clips, paints those that land and reports all of them. */
  place(saved: StoredClip[]): Promise<void>;
  states(): ClipState[];
  /** Starts clipping the current selection; the note form finishes it. */
  clipSelection(): Promise<{ started: boolean; reason?: string }>;
  /** Saves a goal as a clip (the card's save button). */
  saveGoal(goal: Goal): Promise<string>;
}

export interface ClipDeps {
  doc: Document;
  url: () => string;
  send: Send;
  highlighter: Highlighter;
  analysis: () => Analysis | null;
  ensureCard: () => Promise<CardUi>;
  skip: (element: Element) => boolean;
  locale: () => Locale;
}

const clipPaintId = (id: string) => `clip:${id}`;

/** The store's method names: an exact copy chosen by its context is still an exact match. */
function storeMethod(result: AnchorResult): 'exact' | 'position' | 'fuzzy' | undefined {
  if (result.status !== 'anchored') return undefined;
  return result.method === 'context' ? 'exact' : result.method;
}

export function createClipLayer(deps: ClipDeps): ClipLayer {
  let states: ClipState[] = [];
  if (deps.highlighter.needsWrapper) deps.highlighter.useWrapper(createWrapper(deps.doc));

  /** The analysis map while its text nodes are intact, else a fresh read. */
  const currentMap = async (): Promise<TextMap> => {
    const analysis = deps.analysis();
    if (analysis && deps.highlighter.native) return analysis.map;
    return readVisibleText(deps.doc, createSlicer(), deps.skip);
  };

  const paintClip = async (map: TextMap, id: string, start: number, end: number) => {
    const goals = deps.analysis()?.goals ?? [];
    // A goal saved from its card is already painted as that goal.
    if (goals.some((g) => g.start === start && g.end === end && deps.highlighter.rangeOf(g.id))) {
      return;
    }
    await paintSpans(
      deps.highlighter,
      map,
      [{ id: clipPaintId(id), kind: 'clip', start, end }],
      createSlicer(),
    );
  };

  const save = async (input: ClipInput, map: TextMap) => {
    const { id } = await deps.send('clip:save', input);
    states = [...states.filter((s) => s.id !== id), { id, exact: input.exact, status: 'anchored' }];
    await paintClip(map, id, input.start, input.end);
    return id;
  };

  const selectionInput = (map: TextMap, start: number, end: number): ClipInput => {
    const { quote } = describeSpan(map.text, start, end);
    return {
      url: deps.url(),
      title: deps.analysis()?.meta.title || deps.doc.title,
      exact: quote.exact,
      prefix: quote.prefix,
      suffix: quote.suffix,
      start,
      end,
    };
  };

  return {
    async place(saved) {
      const url = deps.url();
      deps.highlighter.clear('clip');
      if (saved.length === 0) {
        states = [];
        return;
      }
      const map = await currentMap();
      const results = saved.map((clip) => ({ clip, result: anchorSpan(map.text, clip) }));
      for (const { clip, result } of results) {
        if (result.status === 'anchored') await paintClip(map, clip.id, result.start, result.end);
      }
      states = results.map(({ clip, result }) => ({
        id: clip.id,
        exact: clip.exact,
        status: result.status,
      }));
      await deps.send('clip:anchor-report', {
        url,
        results: results.map(({ clip, result }) => {
          const method = storeMethod(result);
          return method
            ? { id: clip.id, status: result.status, method }
            : { id: clip.id, status: result.status };
        }),
      });
    },
    states: () => states,
    async clipSelection() {
      const t = translator(pageMessages, deps.locale());
      const selection = deps.doc.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
        return { started: false, reason: t('clipNoSelection') };
      }
      const range = selection.getRangeAt(0).cloneRange();
      const map = await currentMap();
      const span = offsetsOfRange(map, range);
      if (!span) return { started: false, reason: t('clipNoSelection') };
      const input = selectionInput(map, span.start, span.end);
      const card = await deps.ensureCard();
      void (async () => {
        let error: string | undefined;
        for (;;) {
          const answer = await card.askClip(input.exact, anchorRect(range), error);
          if (!answer) return;
          const full: ClipInput = { ...input };
          if (answer.note) full.note = answer.note;
          if (answer.tags.length) full.tags = answer.tags;
          try {
            await save(full, map);
            return;
          } catch (e) {
            error = t('clipFailed', { error: e instanceof Error ? e.message : String(e) });
          }
        }
      })();
      return { started: true };
    },
    async saveGoal(goal) {
      const map = await currentMap();
      const start =
        map.text.slice(goal.start, goal.end) === goal.quote
          ? goal.start
          : map.text.indexOf(goal.quote);
      if (start < 0) throw new Error('The goal is no longer on the page.');
      return save(
        { ...selectionInput(map, start, start + goal.quote.length), goalId: goal.id },
        map,
      );
    },
  };
}
