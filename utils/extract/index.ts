/**
 * Entry point of the extractor: `extractGoals(text, context, options?)`.
 * First rough version (percentages and counted quantities per clause); the full pipeline
 * replaces the body, the signature stays.
 */
import type { ExtractContext, ExtractOptions, Goal } from './types';

const CLAUSE = /[^,，;；。\n]+/g;
const QUANTITY = /(\d+(?:\.\d+)?)(%|％|家|项|件|个|户|人|名|次|元|天)/g;

/** Finds the goal items of `text`. Pure: same input, same output; never throws. */
export function extractGoals(
  text: string,
  _context: ExtractContext = {},
  _options: ExtractOptions = {},
): Goal[] {
  const goals: Goal[] = [];
  for (const clause of text.matchAll(CLAUSE)) {
    const base = clause.index ?? 0;
    for (const q of clause[0].matchAll(QUANTITY)) {
      const numberStart = q.index ?? 0;
      const start = base;
      const end = base + numberStart + q[0].length;
      const unit = q[2] === '％' ? '%' : (q[2] ?? '');
      goals.push({
        id: `g${start}-${end}`,
        kind: 'target',
        start,
        end,
        quote: text.slice(start, end),
        metric: clause[0].slice(0, numberStart),
        comparator: '=',
        value: Number(q[1]),
        unit,
        strength: 'plan',
        section: [],
      });
    }
  }
  return goals;
}
