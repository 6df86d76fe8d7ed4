/**
 * The part of a page's visible text that is on screen, so the content script can extract and
 * paint it first. Uses layout (client rects) and so only works in a real browser; elsewhere
 * it says null.
 */
import type { TextMap } from './text-map';

export interface Span {
  start: number;
  end: number;
}

/** Index of the first segment for which `test` holds, assuming it holds for a suffix. */
function firstWhere(count: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The text on screen, widened to whole lines (block boundaries) and to at least `minChars`
 * after its start. Null without layout or when nothing is on screen. Segments are in document
 * order, which normal flow keeps top to bottom; positioned content can break that, and then
 * the span is merely less exact.
 */
export function visibleSpan(map: TextMap, minChars = 1500): Span | null {
  const segs = map.segments;
  const doc = segs[0]?.node.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view || segs.length === 0) return null;
  const range = doc.createRange();
  const rect = (i: number) => {
    range.selectNodeContents(segs[i]!.node);
    return range.getBoundingClientRect();
  };
  if (rect(0).height === 0 && rect(segs.length - 1).height === 0) return null; // no layout
  const first = firstWhere(segs.length, (i) => rect(i).bottom > 0);
  const after = firstWhere(segs.length, (i) => rect(i).top >= view.innerHeight);
  if (first >= segs.length || after <= first) return null;
  const text = map.text;
  const start = text.lastIndexOf('\n', Math.max(0, segs[first]!.start - 1)) + 1;
  const lastSeg = segs[after - 1]!;
  const wanted = Math.max(lastSeg.start + lastSeg.length, start + minChars);
  const nextBreak = text.indexOf('\n', Math.min(text.length, wanted));
  return { start, end: nextBreak === -1 ? text.length : nextBreak + 1 };
}
