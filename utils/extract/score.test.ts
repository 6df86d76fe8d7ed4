import { describe, expect, it } from 'vitest';
import type { ScoredItem } from './score';
import { addCounts, countDocument, matchItems, scoresOf } from './score';

const item = (kind: string, start: number, end: number, more: Partial<ScoredItem> = {}) => ({
  kind,
  start,
  end,
  ...more,
});

describe('matchItems', () => {
  it('matches one-to-one, largest overlap first', () => {
    const predicted = [item('target', 0, 10), item('target', 8, 20)];
    const gold = [item('target', 5, 18)];
    // Overlaps: 5 with the first, 10 with the second — the second wins, the first stays unmatched.
    expect(matchItems(predicted, gold, true)).toEqual([[1, 0]]);
  });

  it('needs the same kind unless told to ignore it', () => {
    const predicted = [item('target', 0, 10)];
    const gold = [item('achievement', 0, 10)];
    expect(matchItems(predicted, gold, true)).toEqual([]);
    expect(matchItems(predicted, gold, false)).toEqual([[0, 0]]);
  });

  it('touching spans do not overlap', () => {
    expect(matchItems([item('target', 0, 5)], [item('target', 5, 9)], true)).toEqual([]);
  });
});

describe('countDocument and scoresOf', () => {
  it('computes precision, recall, F1 and the field accuracies on matched items', () => {
    const gold = [
      item('target', 0, 10, { value: 100, unit: '%', comparator: '=', due: '2025-12-31' }),
      item('target', 20, 30, { value: 5, unit: '家', comparator: '>=' }),
      item('achievement', 40, 50, { value: 3.3e8, unit: '元', comparator: '=' }),
    ];
    const predicted = [
      item('target', 2, 9, { value: 100, unit: '%', comparator: '>=', due: '2025-12-31' }),
      item('target', 21, 30, { value: 5.0000000001, unit: '个', comparator: '>=' }),
      item('target', 40, 50, { value: 3.3e8, unit: '元', comparator: '=' }),
      item('deadline', 60, 70),
    ];
    const s = scoresOf(countDocument(predicted, gold));
    expect(s.precision).toBeCloseTo(2 / 4);
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
    expect(s.f1AnyKind).toBeCloseTo((2 * 0.75 * 1) / 1.75);
    expect(s.valueAccuracy).toBe(1); // relative error under 1e-6 counts as right
    expect(s.unitAccuracy).toBe(0.5);
    expect(s.comparatorAccuracy).toBe(0.5);
    expect(s.dueAccuracy).toBe(1); // only the gold item with a due is counted
    expect(s.perKind.target?.recall).toBe(1);
    expect(s.perKind.achievement?.recall).toBe(0);
    expect(s.perKind.deadline?.precision).toBe(0);
  });

  it('sums counts across documents (micro-average)', () => {
    const a = countDocument([item('target', 0, 5)], [item('target', 0, 5)]);
    const b = countDocument([], [item('target', 0, 5), item('target', 9, 12)]);
    const s = scoresOf(addCounts(a, b));
    expect(s.recall).toBeCloseTo(1 / 3);
    expect(s.precision).toBe(1);
  });
});
