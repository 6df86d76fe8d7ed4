/**
 * `extractGoals(text, context, options?)`: the goal items of a plan page's text.
 *
 * The pipeline is two ordered lists, after chrono: parsers find candidates (each one form of
 * item), then refiners, in order, resolve overlaps, cut quotes, and decide kind, due, strength
 * and metric. The order matters and is explained in `README.md` beside this file. Everything is
 * pure: no DOM, no browser API, no clock; the same call always gives the same items.
 */
import type { Candidate, Parser, Refiner } from './candidate';
import type { Doc } from './doc';
import { lastStartingBy } from './clauses';
import { createDoc, observesPrice } from './doc';
import { goalId } from './id';
import { findIndicatorTables } from './indicators';
import { findRankingTables } from './tables';
import { findAmountTables } from './amount-tables';
import { deadlineParser } from './parsers/deadline';
import { endStateParser } from './parsers/end-state';
import { quantityParser } from './parsers/quantity';
import { dueRefiner } from './refiners/due';
import { kindRefiner } from './refiners/kind';
import { metricRefiner } from './refiners/metric';
import { overlapsRefiner } from './refiners/overlaps';
import { spansRefiner } from './refiners/spans';
import { strengthRefiner } from './refiners/strength';
import type { ExtractContext, ExtractOptions, Goal } from './types';

export type { ExtractContext, ExtractOptions, Goal } from './types';

/** Parsers, each finding one form of item anywhere in the text. */
export const PARSERS: readonly Parser[] = [quantityParser, endStateParser, deadlineParser];

/**
 * Refiners in order: `overlaps` first (a deadline with a quantity is a target), `spans` before
 * anything reads quotes, `kind` before `due` and `strength` (both skip achievements), `metric`
 * last because it reads the final quote.
 */
export const REFINERS: readonly Refiner[] = [
  overlapsRefiner,
  spansRefiner,
  kindRefiner,
  dueRefiner,
  strengthRefiner,
  metricRefiner,
];

function toGoal(doc: Doc, c: Candidate): Goal {
  const quote = doc.text.slice(c.start, c.end);
  const kind = c.kind ?? 'target';
  const goal: Goal = {
    id: goalId(kind, c.start, c.end, quote),
    kind,
    start: c.start,
    end: c.end,
    quote,
    metric: c.metric ?? '',
    section: doc.sections.at(c.start).path,
  };
  if (kind !== 'deadline') {
    if (c.comparator !== undefined) goal.comparator = c.comparator;
    if (c.value !== undefined) goal.value = c.value;
    if (c.valueMax !== undefined) goal.valueMax = c.valueMax;
    if (c.unit !== undefined) goal.unit = c.unit;
  }
  if (c.due !== undefined && kind !== 'achievement') goal.due = c.due;
  if (c.strength !== undefined && kind !== 'achievement') goal.strength = c.strength;
  return goal;
}

/**
 * Finds the goal items of `text`. `context` carries the page title and publication date (for
 * the years of partial dates and the document's genre); `options.segmenter` may be injected to
 * trim metrics at word boundaries. Never throws: on any string it returns items whose offsets
 * are UTF-16 indices into `text` with `quote === text.slice(start, end)`.
 */
export function extractGoals(
  text: string,
  context: ExtractContext = {},
  options: ExtractOptions = {},
): Goal[] {
  try {
    return runPipeline(text, context, options);
  } catch {
    // A bug must not break the page: no items is better than a thrown error in a content script.
    return [];
  }
}

/** True when `pos` lies in one of `spans` (sorted by start, not overlapping). */
function inSpans(spans: readonly { start: number; end: number }[], pos: number): boolean {
  const span = lastStartingBy(spans, pos);
  return span !== undefined && pos < span.end;
}

/** The pipeline without the safety net; tests call it so that a bug is seen, not swallowed. */

export function runPipeline(
  text: string,
  context: ExtractContext = {},
  options: ExtractOptions = {},
): Goal[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const doc = createDoc(text, context ?? {}, options ?? {});
  let candidates: Candidate[] = PARSERS.flatMap((p) => p.parse(doc));
  // Indicator tables are read row by row; what the prose parsers found in their cells goes, and
  // so does everything in a ranking table.
  const indicatorTables = findIndicatorTables(doc);
  const dropped = [...indicatorTables, ...findRankingTables(doc.norm)];
  if (dropped.length > 0) {
    candidates = candidates.filter(
      (c) => !dropped.some((t) => c.anchorStart >= t.start && c.anchorStart < t.end),
    );
  }
  // Amount tables (乡镇 | 播种面积(万亩)): their number cells are items; prose in their other
  // cells (建设内容) is read as prose.
  const amountTables = findAmountTables(doc).filter(
    (t) => !indicatorTables.some((i) => t.start < i.end && i.start < t.end),
  );
  const tables = [...indicatorTables, ...amountTables].map((t) =>
    doc.priceRelease
      ? { ...t, items: t.items.filter((c) => !observesPrice(doc, c.metric ?? '')) }
      : t,
  );
  // A cell the amount table reads (≤32.0) is not read as prose too.
  const cells = amountTables.flatMap((t) => t.items).sort((a, b) => a.start - b.start);
  if (cells.length > 0) {
    candidates = candidates.filter((c) => !inSpans(cells, c.anchorStart));
  }
  for (const refiner of REFINERS) candidates = refiner.refine(doc, candidates);
  if (tables.length > 0) {
    candidates = [...candidates, ...tables.flatMap((t) => t.items)].sort(
      (a, b) => a.start - b.start || a.end - b.end,
    );
  }
  return candidates
    .filter((c) => c.start >= 0 && c.end <= text.length && c.start < c.end)
    .map((c) => toGoal(doc, c));
}
