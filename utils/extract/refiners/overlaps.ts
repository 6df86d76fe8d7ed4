/**
 * Resolves candidates that describe the same thing: a deadline whose clause already holds a
 * quantity is a target with a `due` (guide: "not a second deadline item"); a count standing
 * right before 全覆盖 is the coverage itself (全省9个市州全覆盖 → 100 %); a number inside the
 * object of 将/把 names what a later amount changes (将…5类产品审批时间压缩一半以上); the same
 * anchor found twice is kept once. Candidates are grouped by clause, so the cost stays linear.
 */
import type { Candidate, Refiner } from '../candidate';
import type { Doc } from '../doc';

const SEPARATOR = /[、和及与,]/;
const BA_OBJECT = /[将把][^,;。]*$/;
// A count that opens a subject measured by a later amount: 12个国控断面水质优良比例为100%,
// 25个项目平均得分82.5分.
const SUBJECT_THEN_AMOUNT =
  /^[^、,和及与将把]*?(?:为|达到|达|保持在?|稳定在|控制在|提高到|提升到|降至|降到|比例|比率|率|占比|平均[\u4e00-\u9fff]{0,3}|(?:时间|时长)(?:每[周月日天年])?|总?收入|总额|总量)$/;
const RATE_OVER = /^[^,;。]*?(?:率|比例|占比)(?:为|达到|达|保持在?|稳定在|控制在|提高到|提升到)$/;
const SCOPE_THEN_PART = /^[\u4e00-\u9fff]{0,8}中\s{0,2}(?:,|已|有|共|完成|累计)/;
// Bracketed asides (县(市、区)) hold separators that do not separate items.
const ASIDE = /\([^()]{0,12}\)/g;
// 163处隐患点“两卡一表”(防灾工作明白卡、避险明白卡和…)发放到户率: an aside that spells out a name.
const LONG_ASIDE = /\([^()]{0,40}\)/g;

function byClause(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const groups = new Map<number, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.clause.start);
    if (group) group.push(c);
    else groups.set(c.clause.start, [c]);
  }
  return groups;
}

function keepAmount(doc: Doc, c: Candidate, clause: readonly Candidate[]): boolean {
  if (c.source !== 'quantity') return true;
  // 覆盖全部11个社区: the count is inside the coverage, which is the item.
  if (
    clause.some(
      (s) => s.source === 'state' && s.anchorStart <= c.anchorStart && c.anchorEnd <= s.anchorEnd,
    )
  ) {
    return false;
  }
  const later = clause.filter((a) => a.source !== 'deadline' && a.anchorStart >= c.anchorEnd);
  if (later.length > 0 && BA_OBJECT.test(doc.norm.slice(c.clause.start, c.anchorStart))) {
    return false;
  }
  const next = later[0];
  if (
    next &&
    SUBJECT_THEN_AMOUNT.test(doc.norm.slice(c.anchorEnd, next.cueStart).replace(LONG_ASIDE, ''))
  ) {
    return false;
  }
  // 15个乡镇(街道)、263个村(社区)服务站达标率保持100%: counts listed before a rate are the
  // units it is measured over.
  const last = later.at(-1);
  if (
    last &&
    last !== next &&
    last.cueStart - c.anchorEnd <= 100 &&
    RATE_OVER.test(doc.norm.slice(c.anchorEnd, last.cueStart).replace(LONG_ASIDE, ''))
  ) {
    return false;
  }
  // 48项任务中已完成9项: the first count is the whole the second one is part of.
  if (next && SCOPE_THEN_PART.test(doc.norm.slice(c.anchorEnd, next.cueStart))) return false;
  // 全市1268名各级河湖长累计巡河湖9.7万余次: a count that opens its clause names who acts.
  if (
    next &&
    /^\s{0,2}(?:全[省市县区州]|各地|全系统)?\s{0,2}$/.test(
      doc.norm.slice(c.clause.start, c.cueStart),
    )
  ) {
    const between = doc.norm.slice(c.anchorEnd, next.cueStart);
    if (
      /^[\u4e00-\u9fff]/.test(between) &&
      !SEPARATOR.test(between) &&
      /[名位支]$/.test(doc.norm.slice(c.anchorStart, c.anchorEnd))
    ) {
      return false;
    }
  }
  // 新签约10亿元以上产业项目37个: a bound that restricts the class the later count counts.
  if (next && /(?:以上|以下)$/.test(doc.norm.slice(c.anchorStart, c.anchorEnd))) {
    const between = doc.norm.slice(c.anchorEnd, next.cueStart);
    if (/^[\u4e00-\u9fff]/.test(between) && !SEPARATOR.test(between)) return false;
  }
  return !later.some(
    (s) =>
      s.source === 'state' &&
      s.unit === '%' &&
      !SEPARATOR.test(doc.norm.slice(c.anchorEnd, s.anchorStart).replace(ASIDE, '')),
  );
}

/** Drops deadlines covered by an amount, counts covered by 全覆盖, and duplicate anchors. */
export const overlapsRefiner: Refiner = {
  name: 'overlaps',
  refine(doc, candidates) {
    const groups = byClause(candidates);
    const seen = new Set<string>();
    return candidates.filter((c) => {
      const key = `${c.source}:${c.anchorStart}:${c.anchorEnd}`;
      if (seen.has(key)) return false;
      seen.add(key);
      const clause = groups.get(c.clause.start) ?? [];
      if (c.source === 'deadline') return !clause.some((a) => a.source !== 'deadline');
      return keepAmount(doc, c, clause);
    });
  },
};
