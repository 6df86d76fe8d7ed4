/**
 * Turns text spans into painted highlights, in slices. All ranges are made before any is
 * painted: in the wrapper fallback painting splits text nodes, and live ranges follow the
 * splits while the text map's offsets would not.
 */
import type { Highlighter, PaintKind } from '../page/highlighter';
import { rangeFor, type TextMap } from '../page/text-map';
import type { Slicer } from './schedule';

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
