/**
 * Scoring against the gold, exactly as the guide's Scoring section says: a predicted item
 * matches a gold item when their spans overlap and their kinds agree; matching is one-to-one,
 * largest overlap first. Precision, recall and F1 over items; on matched items the share with
 * the right value (relative error under 1e-6), unit, comparator, and — where gold has one — due.
 * Also F1 ignoring kind, and F1 per kind. Pure: callers read the files.
 */

/** The fields scoring reads; both `Goal` and gold lines have them. */
export interface ScoredItem {
  kind: string;
  start: number;
  end: number;
  value?: number;
  unit?: string;
  comparator?: string;
  due?: string;
}

/** Counts behind one score; they add up across documents. */
export interface Counts {
  predicted: number;
  gold: number;
  matched: number;
  /** Matched items with gold `value` / `unit` / `comparator` / `due`, and how many agree. */
  value: [right: number, of: number];
  unit: [right: number, of: number];
  comparator: [right: number, of: number];
  due: [right: number, of: number];
  /** Matches when kinds are ignored. */
  matchedAnyKind: number;
  perKind: Record<string, { predicted: number; gold: number; matched: number }>;
}

/** Scores derived from counts. */
export interface Scores {
  precision: number;
  recall: number;
  f1: number;
  f1AnyKind: number;
  valueAccuracy: number;
  unitAccuracy: number;
  comparatorAccuracy: number;
  dueAccuracy: number;
  perKind: Record<string, { precision: number; recall: number; f1: number }>;
}

const overlap = (a: ScoredItem, b: ScoredItem): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/** One-to-one matching, largest overlap first; returns [predicted index, gold index] pairs. */
export function matchItems(
  predicted: readonly ScoredItem[],
  gold: readonly ScoredItem[],
  sameKind: boolean,
): Array<[number, number]> {
  const pairs: Array<[number, number, number]> = [];
  predicted.forEach((p, i) =>
    gold.forEach((g, j) => {
      const o = overlap(p, g);
      if (o > 0 && (!sameKind || p.kind === g.kind)) pairs.push([o, i, j]);
    }),
  );
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  const out: Array<[number, number]> = [];
  for (const [, i, j] of pairs) {
    if (usedP.has(i) || usedG.has(j)) continue;
    usedP.add(i);
    usedG.add(j);
    out.push([i, j]);
  }
  return out;
}

const sameValue = (a: number | undefined, b: number | undefined): boolean =>
  a !== undefined && b !== undefined && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

/** Counts for one document. */
export function countDocument(
  predicted: readonly ScoredItem[],
  gold: readonly ScoredItem[],
): Counts {
  const counts = emptyCounts();
  counts.predicted = predicted.length;
  counts.gold = gold.length;
  const pairs = matchItems(predicted, gold, true);
  counts.matched = pairs.length;
  counts.matchedAnyKind = matchItems(predicted, gold, false).length;
  for (const [i, j] of pairs) {
    const p = predicted[i] as ScoredItem;
    const g = gold[j] as ScoredItem;
    tally(counts.value, g.value !== undefined, sameValue(p.value, g.value));
    tally(counts.unit, g.unit !== undefined, p.unit === g.unit);
    tally(counts.comparator, g.comparator !== undefined, p.comparator === g.comparator);
    tally(counts.due, g.due !== undefined, p.due === g.due);
  }
  for (const p of predicted) kindCounts(counts, p.kind).predicted++;
  for (const g of gold) kindCounts(counts, g.kind).gold++;
  for (const [, j] of pairs) kindCounts(counts, (gold[j] as ScoredItem).kind).matched++;
  return counts;
}

function tally(cell: [number, number], applies: boolean, right: boolean): void {
  if (!applies) return;
  cell[1]++;
  if (right) cell[0]++;
}

function kindCounts(counts: Counts, kind: string) {
  counts.perKind[kind] ??= { predicted: 0, gold: 0, matched: 0 };
  return counts.perKind[kind];
}

/** Counts with every figure at zero. */
export function emptyCounts(): Counts {
  return {
    predicted: 0,
    gold: 0,
    matched: 0,
    value: [0, 0],
    unit: [0, 0],
    comparator: [0, 0],
    due: [0, 0],
    matchedAnyKind: 0,
    perKind: {},
  };
}

/** Sums counts of several documents (micro-averaging for the overall scores). */
export function addCounts(a: Counts, b: Counts): Counts {
  const sum = (x: [number, number], y: [number, number]): [number, number] => [
    x[0] + y[0],
    x[1] + y[1],
  ];
  const perKind = { ...a.perKind };
  for (const [kind, k] of Object.entries(b.perKind)) {
    const prev = perKind[kind] ?? { predicted: 0, gold: 0, matched: 0 };
    perKind[kind] = {
      predicted: prev.predicted + k.predicted,
      gold: prev.gold + k.gold,
      matched: prev.matched + k.matched,
    };
  }
  return {
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
    matched: a.matched + b.matched,
    value: sum(a.value, b.value),
    unit: sum(a.unit, b.unit),
    comparator: sum(a.comparator, b.comparator),
    due: sum(a.due, b.due),
    matchedAnyKind: a.matchedAnyKind + b.matchedAnyKind,
    perKind,
  };
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
const f1 = (p: number, r: number): number => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/** Precision, recall, F1 and field accuracies from counts. */
export function scoresOf(c: Counts): Scores {
  const precision = ratio(c.matched, c.predicted);
  const recall = ratio(c.matched, c.gold);
  const perKind: Scores['perKind'] = {};
  for (const [kind, k] of Object.entries(c.perKind)) {
    const p = ratio(k.matched, k.predicted);
    const r = ratio(k.matched, k.gold);
    perKind[kind] = { precision: p, recall: r, f1: f1(p, r) };
  }
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    f1AnyKind: f1(ratio(c.matchedAnyKind, c.predicted), ratio(c.matchedAnyKind, c.gold)),
    valueAccuracy: ratio(...c.value),
    unitAccuracy: ratio(...c.unit),
    comparatorAccuracy: ratio(...c.comparator),
    dueAccuracy: ratio(...c.due),
    perKind,
  };
}
