/**
 * Score floors on the gold (test/fixtures, copied from ../shared): the same scoring code as
 * `npm run eval`. The floors sit just under the scores reached; raise them as scores improve,
 * never lower them to make a change pass.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../scripts/lib/evaluate';

// Reached: 1.000 on every figure (181 gold items, 181 predicted, 181 matched).
const FLOORS = {
  f1: 0.99,
  f1AnyKind: 0.99,
  valueAccuracy: 0.99,
  unitAccuracy: 0.99,
  comparatorAccuracy: 0.99,
  dueAccuracy: 0.99,
};
const DOCUMENT_F1_FLOOR = 0.98;
const KIND_F1_FLOOR = 0.98;

describe('scores on the shared gold', () => {
  const ev = evaluate();

  it('covers the three gold documents', () => {
    expect(ev.documents.map((d) => d.id)).toEqual([
      'zengdu-14th-fyp',
      'zj-2020-q4-progress',
      'zj-2021-goals',
    ]);
    expect(ev.counts.gold).toBe(181);
  });

  it.each(Object.entries(FLOORS))('overall %s ≥ %d', (name, floor) => {
    expect(ev.overall[name as keyof typeof FLOORS]).toBeGreaterThanOrEqual(floor);
  });

  it('every document keeps its F1', () => {
    for (const d of ev.documents)
      expect([d.id, d.scores.f1 >= DOCUMENT_F1_FLOOR]).toEqual([d.id, true]);
  });

  it('every kind keeps its F1', () => {
    for (const [kind, s] of Object.entries(ev.overall.perKind)) {
      expect([kind, s.f1 >= KIND_F1_FLOOR]).toEqual([kind, true]);
    }
  });
});
