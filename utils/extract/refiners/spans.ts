/**
 * Narrows each quote to its own part of the clause. One quantity: the whole clause after any
 * list marker. Several quantities in one clause (成交知识产权1194项、金额3.3亿元、专利899件):
 * cut at the last separator (、 和 及 与 and brackets) between two anchors, else right before the
 * next number (涵盖26个业务处室3个直属单位 → 涵盖26个业务处室 | 3个直属单位).
 */
import type { Candidate, Refiner } from '../candidate';
import { skipLead, trimEnd } from '../clauses';

const SEPARATORS = /以及|[、和及与(]/g;

function lastSeparator(text: string): { at: number; length: number } | null {
  let found: { at: number; length: number } | null = null;
  SEPARATORS.lastIndex = 0;
  for (let m = SEPARATORS.exec(text); m; m = SEPARATORS.exec(text)) {
    found = { at: m.index, length: m[0].length };
  }
  return found;
}

function narrowGroup(norm: string, group: Candidate[]): Candidate[] {
  const sorted = [...group].sort((a, b) => a.anchorStart - b.anchorStart);
  const starts: number[] = [];
  const ends: number[] = [];
  const first = sorted[0];
  if (!first) return [];
  starts.push(skipLead(norm, first.clause.start, first.cueStart));
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1] as Candidate;
    const cur = sorted[i] as Candidate;
    const gapStart = prev.anchorEnd;
    const gapEnd = Math.max(gapStart, cur.cueStart);
    const sep = lastSeparator(norm.slice(gapStart, gapEnd));
    if (sep) {
      ends.push(gapStart + sep.at);
      starts.push(gapStart + sep.at + sep.length);
    } else {
      ends.push(gapEnd);
      starts.push(gapEnd);
    }
  }
  const last = sorted[sorted.length - 1] as Candidate;
  // 同比增长7.8%(2024年受理7899件): a bracket right after the figure is an aside, not its clause
  // (a unit's bracket, 5台(套), stays).
  const aside = /^\s{0,2}\((?![\u4e00-\u9fff]{1,3}\))/.test(
    norm.slice(last.anchorEnd, last.anchorEnd + 8),
  );
  ends.push(aside ? last.anchorEnd : Math.max(last.anchorEnd, last.clause.end));
  return sorted.map((c, i) => {
    const start = Math.min(starts[i] ?? c.start, c.cueStart);
    const end = Math.max(trimEnd(norm, start, ends[i] ?? c.end), c.anchorEnd);
    return { ...c, start, end };
  });
}

/** Gives every candidate its own quote span inside its clause. */
export const spansRefiner: Refiner = {
  name: 'spans',
  refine(doc, candidates) {
    const groups = new Map<number, Candidate[]>();
    const out: Candidate[] = [];
    for (const c of candidates) {
      if (c.source === 'deadline') {
        out.push(c);
        continue;
      }
      const group = groups.get(c.clause.start);
      if (group) group.push(c);
      else groups.set(c.clause.start, [c]);
    }
    for (const group of groups.values()) out.push(...narrowGroup(doc.norm, group));
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  },
};
