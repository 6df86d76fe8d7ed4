/**
 * One-line case helpers for the extractor's tests (after chrono's test_util): `items(text)`
 * runs the pipeline without its safety net, so a bug fails the test instead of returning [].
 */
import { expect } from 'vitest';
import { runPipeline } from './index';
import type { ExtractContext, ExtractOptions, Goal } from './types';

/** Items of `text`, each checked to quote exactly its own span. */
export function items(
  text: string,
  context: ExtractContext = {},
  options?: ExtractOptions,
): Goal[] {
  const goals = runPipeline(text, context, options);
  for (const g of goals) {
    expect(g.start).toBeGreaterThanOrEqual(0);
    expect(g.end).toBeLessThanOrEqual(text.length);
    expect(g.quote).toBe(text.slice(g.start, g.end));
  }
  return goals;
}

/** The one item of `text` (fails when there are none or several). */
export function only(text: string, context: ExtractContext = {}): Goal {
  const goals = items(text, context);
  expect(goals.map((g) => g.quote)).toHaveLength(1);
  return goals[0] as Goal;
}

/** Asserts that `text` has exactly one item with the given fields. */
export function expectItem(
  text: string,
  fields: Partial<Goal>,
  context: ExtractContext = {},
): Goal {
  const goal = only(text, context);
  expect(goal).toMatchObject(fields);
  return goal;
}

/** Asserts that `text` holds no item at all. */
export function expectNone(text: string, context: ExtractContext = {}): void {
  expect(items(text, context).map((g) => g.quote)).toEqual([]);
}

/** The fields that say what an item measures, for compact assertions on several items. */
export function summary(goals: Goal[]): Array<Partial<Goal>> {
  return goals.map((g) => {
    const out: Partial<Goal> = { kind: g.kind, quote: g.quote };
    if (g.value !== undefined) out.value = g.value;
    if (g.unit !== undefined) out.unit = g.unit;
    if (g.comparator !== undefined) out.comparator = g.comparator;
    return out;
  });
}
