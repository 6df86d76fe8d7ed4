/**
 * Re-anchoring a saved span (a clip) in a page's current visible text, in the order that
 * trusts the cheapest strong evidence first:
 *
 * 1. exact quote: every occurrence of the saved text; a single one wins outright;
 * 2. position checked against the quote: among several occurrences, the one at the saved
 *    offset, else the one whose surrounding text best matches the saved prefix/suffix;
 * 3. fuzzy quote: approximate matches (approx-string-match, Myers' bit-parallel edit
 *    distance), accepted only when the quote is close enough AND its context agrees.
 *
 * Anything weaker is an orphan: it is listed, never painted in a place that might be wrong.
 * Pure: works on strings only.
 */
import approxSearch from 'approx-string-match';

export interface SavedSpan {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in the text the span was saved from (a hint now). */
  start: number;
  end: number;
}

export type AnchorMethod = 'exact' | 'position' | 'context' | 'fuzzy';

export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphaned'; reason: string };

/** Least similarity (1 − errors/length) of a fuzzy match to the saved quote. */
export const MIN_QUOTE_SIMILARITY = 0.8;
/** Quotes at least this long are trusted on an exact match alone. */
export const MIN_SELF_EVIDENT_LENGTH = 8;
/** Least mean similarity of the text around a fuzzy match to the saved prefix and suffix. */
export const MIN_CONTEXT_SIMILARITY = 0.6;

/** 1 − (edit distance of the best match of `pattern` inside `window`) / pattern length. */
function similarity(window: string, pattern: string): number {
  if (pattern.length === 0) return 1;
  if (window.length === 0) return 0;
  if (window.includes(pattern)) return 1;
  const best = approxSearch(window, pattern, pattern.length).reduce(
    (min, m) => Math.min(min, m.errors),
    pattern.length,
  );
  return 1 - best / pattern.length;
}

/** How well the text around `start`–`end` matches the saved context (mean of both sides). */
function contextScore(text: string, span: SavedSpan, start: number, end: number): number {
  const before = text.slice(Math.max(0, start - span.prefix.length), start);
  const after = text.slice(end, end + span.suffix.length);
  const sides = [span.prefix ? similarity(before, span.prefix) : null];
  sides.push(span.suffix ? similarity(after, span.suffix) : null);
  const known = sides.filter((s): s is number => s !== null);
  return known.length ? known.reduce((a, b) => a + b, 0) / known.length : 1;
}

function occurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

function anchorExact(text: string, span: SavedSpan): AnchorResult | null {
  const found = occurrences(text, span.exact);
  const len = span.exact.length;
  if (found.length === 0) return null;
  if (found.length === 1) {
    const start = found[0]!;
    // A short quote (“100%”) can reappear anywhere: it needs its context as well.
    const score = len >= MIN_SELF_EVIDENT_LENGTH ? 1 : contextScore(text, span, start, start + len);
    if (score < MIN_CONTEXT_SIMILARITY) return null;
    return { status: 'anchored', start, end: start + len, method: 'exact', score };
  }
  if (found.includes(span.start)) {
    return {
      status: 'anchored',
      start: span.start,
      end: span.start + len,
      method: 'position',
      score: 1,
    };
  }
  // Several copies and none at the old place: the context decides, distance breaks ties.
  const ranked = found
    .map((start) => ({ start, score: contextScore(text, span, start, start + len) }))
    .sort(
      (a, b) =>
        b.score - a.score || Math.abs(a.start - span.start) - Math.abs(b.start - span.start),
    );
  const best = ranked[0]!;
  const second = ranked[1];
  if (second && second.score === best.score && best.score < 1) {
    return { status: 'orphaned', reason: 'The quote occurs several times and no context decides.' };
  }
  return {
    status: 'anchored',
    start: best.start,
    end: best.start + len,
    method: 'context',
    score: best.score,
  };
}

function anchorFuzzy(text: string, span: SavedSpan): AnchorResult | null {
  const quote = span.exact;
  const maxErrors = Math.floor(quote.length * (1 - MIN_QUOTE_SIMILARITY));
  if (maxErrors < 1) return null;
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of approxSearch(text, quote, maxErrors)) {
    const quoteSim = 1 - m.errors / quote.length;
    const ctx = contextScore(text, span, m.start, m.end);
    if (quoteSim < MIN_QUOTE_SIMILARITY || ctx < MIN_CONTEXT_SIMILARITY) continue;
    // Quote similarity matters most; the context breaks near-ties; distance is a last resort.
    const near = 1 - Math.min(1, Math.abs(m.start - span.start) / Math.max(1, text.length));
    const score = 0.6 * quoteSim + 0.35 * ctx + 0.05 * near;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { status: 'anchored', ...best, method: 'fuzzy' };
}

/** Finds a saved span in `text`, or says why it cannot be placed. */
export function anchorSpan(text: string, span: SavedSpan): AnchorResult {
  if (!span.exact) return { status: 'orphaned', reason: 'The saved quote is empty.' };
  return (
    anchorExact(text, span) ??
    anchorFuzzy(text, span) ?? {
      status: 'orphaned',
      reason: 'The quote is no longer on the page.',
    }
  );
}
