/**
 * segmentit as the extractor's `Segmenter`. Loaded with a dynamic `import()` so the 3.8 MB
 * dictionary is fetched only in the offscreen document (Chrome) or the background page's
 * refinement frame (Firefox), never in a content script or the service worker.
 */
import type { Segmenter } from '../extract/types';

/**
 * Lines `words` up with `text`: segmentit drops spaces and may skip characters, while a
 * `Segmenter` must return pieces whose concatenation is exactly `text`. Gaps become pieces
 * of their own; a word not found where expected is dropped.
 */
export function alignWords(text: string, words: readonly string[]): string[] {
  const out: string[] = [];
  let at = 0;
  for (const word of words) {
    if (!word) continue;
    const found = text.indexOf(word, at);
    if (found < 0) continue;
    if (found > at) out.push(text.slice(at, found));
    out.push(word);
    at = found + word.length;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

let loading: Promise<Segmenter> | null = null;

/** The segmentit segmenter, loaded on first use (about half a second). */
export function loadSegmenter(): Promise<Segmenter> {
  loading ??= import('segmentit').then(({ Segment, useDefault }) => {
    const segmentit = useDefault(new Segment());
    return (text: string) =>
      alignWords(text, segmentit.doSegment(text, { simple: true, stripPunctuation: false }));
  });
  return loading;
}
