/**
 * Sets `due` on targets and deadlines: the last day allowed by a time phrase in the item's
 * sentence (up to 。, across ；). The nearest phrase before the item wins (到2024年, …, 发展专利示范
 * 企业15家); failing that, one after it in the same segment. Partial phrases (6月底前, 全年, 今年)
 * take the year of the nearest heading, then the title, then the publication date. An item on
 * a list without a phrase of its own takes the phrase of the list's opener line. Headings
 * and titles alone never give a due. Achievements never carry one.
 */
import type { Candidate, Refiner } from '../candidate';
import { lineStartAt, segmentAt, sentenceAt, type Span } from '../clauses';
import { firstAtOrAfter, type TimePhrase } from '../dates';
import type { Doc } from '../doc';
import { dueOf } from '../doc';
import { openerAt } from '../openers';
import { createTabRowTimes, lineCellAt } from '../tables';

/** The time label of an annotation bracket: (责任单位:…;完成时限: / (时间要求: / (办结时限:. */
const TIME_NOTE = /\((?:[^()]{0,60}?[;,]\s*)?(?:完成|办结)?(?:时限|时间)(?:要求)?:/;

/** 实现2025年底前排查出的四、五类危桥动态清零: a time phrase inside its object's modifier (after a
 * verb, before the 的 that closes it) dates the object, not the item. */
export function attributive(doc: Doc, t: { start: number; end: number }): boolean {
  // (对2000年以前建成、未配建充电设施…的老旧小区: the modifier may run over a list.)
  // (对…前…购买新建商品住房的,按…给予补贴: a condition closed by 的, is no modifier.)
  if (!/^[^,;。:!?\n]{1,30}?的(?=[\u4e00-\u9fff\d])/.test(doc.norm.slice(t.end, t.end + 33))) {
    return false;
  }
  return /(?:实现|对|将|把|完成)\s{0,2}$/.test(doc.norm.slice(Math.max(0, t.start - 4), t.start));
}

/** The tab rows' time cells of a document (null without tabs), made once per document. */
const TAB_ROWS = new WeakMap<Doc, ((line: number) => Span | undefined) | null>();
export function tabRowTimes(doc: Doc): ((line: number) => Span | undefined) | null {
  let lookup = TAB_ROWS.get(doc);
  if (lookup === undefined) {
    lookup = doc.norm.includes('\t') ? createTabRowTimes(doc.norm) : null;
    TAB_ROWS.set(doc, lookup);
  }
  return lookup;
}

/**
 * The time phrase that bounds `c`: its own; the 完成时限 cell of its task-list row; one in its
 * own clause; else the nearest before it in the sentence, else one after it in the segment
 * (unless another item's quote holds it), else its list opener's.
 */
export function phraseFor(
  doc: Doc,
  c: Candidate,
  ownedByOther: (t: TimePhrase) => boolean = () => false,
): TimePhrase | undefined {
  if (c.time) return c.time;
  const theirs = (t: TimePhrase) => ownedByOther(t) || inAside(doc, c, t);
  // A task-list row with a 完成时限 cell: that cell bounds every item of the row (read one cell
  // per line, or split by tabs under a header that names the column).
  // (A cell of a progress column, 整改进展, tells what was done: the row's time bounds its task.)
  const cell = lineCellAt(doc.lineTables, c.anchorStart);
  const row =
    cell?.mode === 'report'
      ? undefined
      : (cell?.time ?? tabRowTimes(doc)?.(lineStartAt(doc.index, c.anchorStart)));
  if (row && (c.anchorStart < row.start || c.anchorStart >= row.end)) {
    const bound = lastPhraseIn(doc, row.start, row.end);
    if (bound) return bound;
  }
  // A phrase in the item's own clause bounds it before any other in the sentence; an explicit
  // one (9月底前) before one that names the year of a noun (年度目标任务的75%).
  // The one nearest before the item's end comes first (完成率2024年达到85%、2025年达到100%).
  const inClause =
    lastPhraseIn(doc, c.clause.start, c.anchorEnd, true) ??
    lastPhraseIn(doc, c.clause.start, c.clause.end, true) ??
    lastPhraseIn(doc, c.clause.start, c.clause.end);
  if (inClause && !theirs(inClause) && !attributive(doc, inClause)) return inClause;
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const times = doc.times;
  const from = firstAtOrAfter(times, sentence.start);
  let before: TimePhrase | undefined;
  let i = from;
  for (; i < times.length && (times[i]?.start ?? 0) < c.anchorStart; i++) {
    const t = times[i];
    if (t && t.end <= sentence.end && !attributive(doc, t)) before = t;
  }
  if (before) return before;
  const segment = segmentAt(doc.index, c.anchorStart);
  const after = times[i];
  // 新建基站3000个,其中6月底前建成1500个: a phrase inside another item's quote is that item's.
  if (after && after.start < segment.end && !theirs(after) && !attributive(doc, after)) {
    return after;
  }
  // (责任单位:…;完成时限:2024年12月底前) closing the sentence bounds every item before it.
  const limit = TIME_NOTE.exec(doc.norm.slice(c.anchorEnd, sentence.end));
  if (limit) {
    const from = c.anchorEnd + limit.index + limit[0].length;
    const close = doc.norm.slice(from, sentence.end).indexOf(')');
    const bound = lastPhraseIn(doc, from, close === -1 ? sentence.end : from + close);
    if (bound) return bound;
  }
  // An item on a list takes the time phrase of the line that opens it (到2025年,实现以下目标:).
  // (A plan heading between them, 三、下半年工作计划 after an opener of 2024年上半年,…报告如下:,
  // ends what the opener says about time.)
  const opener = openerAt(doc, c.anchorStart);
  if (!opener) return undefined;
  const mode = doc.sections.at(c.anchorStart).mode;
  if (mode === 'plan' && doc.sections.at(opener.start).mode !== 'plan') return undefined;
  return lastPhraseIn(doc, opener.start, opener.end);
}

/** 同比下降6.2%(全年目标≤29.5微克/立方米): a phrase of the item's clause or after it, inside a
 * bracket that does not hold the item, belongs to the aside (a note of when, (完成时限:…), still
 * bounds it). A bracket before the item, 防火期(1月1日至4月30日),…, still dates what follows. */
function inAside(doc: Doc, c: Candidate, t: TimePhrase): boolean {
  const from = Math.max(0, t.start - 40);
  const before = doc.norm.slice(from, t.start);
  const open = before.lastIndexOf('(');
  if (open < 0 || before.indexOf(')', open) >= 0) return false;
  const openAt = from + open;
  // (Both looks are bounded: a page without brackets must not be scanned from every phrase.)
  const shut = doc.norm.slice(t.end, t.end + 41).indexOf(')');
  if (shut < 0) return false;
  const close = t.end + shut;
  if (c.anchorStart > openAt && c.anchorStart < close) return false;
  return !TIME_NOTE.test(doc.norm.slice(openAt, t.start));
}

/** The last time phrase (explicit only, if asked) within `[from, to)` (binary search, then a
 * short walk). */
export function lastPhraseIn(
  doc: Doc,
  from: number,
  to: number,
  explicitOnly = false,
): TimePhrase | undefined {
  let found: TimePhrase | undefined;
  for (let i = firstAtOrAfter(doc.times, from); i < doc.times.length; i++) {
    const t = doc.times[i];
    if (!t || t.start >= to) break;
    if (t.end <= to && (t.explicit || !explicitOnly)) found = t;
  }
  return found;
}

/** Sets `due` where a time phrase bounds the item. */
export const dueRefiner: Refiner = {
  name: 'due',
  refine(doc, candidates) {
    // Quotes of parts (其中6月底前建成1500个): their phrase bounds only the part. Other later
    // phrases of the segment bound what precedes them too (…120公里,…8座,年底前实现…).
    const spans = candidates
      .filter((c) => c.time === undefined && /^其中/.test(doc.norm.slice(c.start, c.start + 2)))
      .map((c) => [c.start, c.end] as const)
      .sort((a, b) => a[0] - b[0]);
    return candidates.map((c) => {
      if (c.kind === 'achievement') return c;
      const owned = (t: TimePhrase): boolean => {
        // The last quote starting at or before the phrase, found by binary search.
        let lo = 0;
        let hi = spans.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if ((spans[mid]?.[0] ?? 0) <= t.start) lo = mid + 1;
          else hi = mid;
        }
        const span = spans[lo - 1];
        return span !== undefined && span[0] !== c.start && t.end <= span[1];
      };
      const phrase = phraseFor(doc, c, owned);
      const due = phrase ? dueOf(doc, phrase) : undefined;
      return due ? { ...c, due } : c;
    });
  },
};
