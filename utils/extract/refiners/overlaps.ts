/**
 * Resolves candidates that describe the same thing: a deadline whose clause already holds a
 * quantity is a target with a `due` (guide: "not a second deadline item"); a count standing
 * right before 全覆盖 is the coverage itself (全省9个市州全覆盖 → 100 %); the same anchor found
 * twice is kept once.
 */
import type { Candidate, Refiner } from '../candidate';

const SEPARATOR = /[、和及与,]/;
// 将/把 opens the object of a change (将国家下放5类产品审批时间压缩一半以上): a number inside that
// object names what is changed; the amount is the one after the verb.
const BA_OBJECT = /[将把][^,;。]*$/;

function sameClause(a: Candidate, b: Candidate): boolean {
  return a.clause.start === b.clause.start && a.clause.end === b.clause.end;
}

/** Drops deadlines covered by an amount, counts covered by 全覆盖, and duplicate anchors. */
export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(doc, candidates) {
    const amounts = candidates.filter((c) => c.source !== 'deadline');
    const coverage = amounts.filter((c) => c.source === 'state' && c.unit === '%');
    const seen = new Set<string>();
    return candidates.filter((c) => {
      const key = `${c.anchorStart}:${c.anchorEnd}`;
      if (seen.has(key)) return false;
      seen.add(key);
      if (c.source === 'deadline') {
        return !amounts.some((a) => a.anchorStart >= c.clause.start && a.anchorEnd <= c.clause.end);
      }
      if (c.source === 'quantity') {
        const inObject =
          BA_OBJECT.test(doc.norm.slice(c.clause.start, c.anchorStart)) &&
          amounts.some((a) => sameClause(a, c) && a.anchorStart > c.anchorEnd);
        if (inObject) return false;
        return !coverage.some(
          (s) =>
            sameClause(s, c) &&
            s.anchorStart >= c.anchorEnd &&
            !SEPARATOR.test(doc.norm.slice(c.anchorEnd, s.anchorStart)),
        );
      }
      return true;
    });
  },
};
