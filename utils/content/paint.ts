/**
 * Turns text spans into painted highlights, in slices. All ranges are made before any is
 * painted: in the wrapper fallback painting splits text nodes, and live ranges follow the
 * splits while the text map's offsets would not.
 */
import type { Goal } from '../extract/types';
import type { Highlighter, PaintKind } from '../page/highlighter';
import { rangeFor, type TextMap } from '../page/text-map';
import { createSlicer, type Slicer } from './schedule';

export interface PaintItem {
  id: string;
  kind: PaintKind;
  start: number;
  end: number;
}

/** Paints `items`; returns the ids that could be placed (the others' text changed). */
export async function paintSpans(
  highlighter: Highlighter,
  map: TextMap,
  items: readonly PaintItem[],
  slicer: Slicer,
): Promise<string[]> {
  const ranges: Array<[PaintItem, Range]> = [];
  for (const item of items) {
    if (slicer.spent()) await slicer.pause();
    const range = rangeFor(map, item.start, item.end);
    if (range) ranges.push([item, range]);
  }
  for (const [item, range] of ranges) {
    if (slicer.spent()) await slicer.pause();
    highlighter.add(item.id, item.kind, range);
  }
  return ranges.map(([item]) => item.id);
}

const GOAL_KINDS: PaintKind[] = ['target', 'deadline', 'achievement'];

/**
 * Paints a page's goals (replacing the previous ones), keeps the focused goal, and records the
 * time of the first paint (`pgr:painted`, read by `npm run bench:page`).
 */
export function createGoalPainter(highlighter: Highlighter, startedAt?: number) {
  let firstPaintMs: number | undefined;
  let focused: string | null = null;
  return {
    /** `current()` turns false when a newer run started: then nothing more is done. */
    async paint(map: TextMap, goals: readonly Goal[], current: () => boolean) {
      for (const kind of GOAL_KINDS) highlighter.clear(kind);
      const items = goals.map((g) => ({ id: g.id, kind: g.kind, start: g.start, end: g.end }));
      await paintSpans(highlighter, map, items, createSlicer());
      if (!current()) return;
      if (firstPaintMs === undefined && startedAt !== undefined && items.length > 0) {
        firstPaintMs = performance.now() - startedAt;
        performance.mark('pgr:painted');
      }
      if (focused && !highlighter.rangeOf(focused)) focused = null;
      highlighter.focus(focused);
    },
    focus(id: string | null) {
      focused = id;
      highlighter.focus(id);
    },
    get focused() {
      return focused;
    },
    get firstPaintMs() {
      return firstPaintMs;
    },
  };
}
