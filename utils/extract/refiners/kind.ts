/**
 * Decides `target` / `deadline` / `achievement`. Order of evidence, nearest first:
 * 1. a task name in a progress table (the 项目名称 column) states a target;
 * 2. tense cues (已, 截至 look back — 同比, 共 and 累计 too, except in a plan; 力争, 确保,
 *    计划完成, 到2025年 look forward): the nearest before the item in its sentence, else the
 *    first after it in its segment;
 *    A period with its own year that ended before publication (“十三五”期间 in a 2023 plan)
 *    looks back too;
 * 3. what a list opener says (以下是2023年工作回顾: / 展望2024年,…以下目标:), for items on its list;
 * 4. the mode of the nearest heading, then of the title (完成情况, 总结 → results;
 *    计划, 目标, 规划 → commitments); without any, a commitment.
 * A deadline in a reporting passage is not a commitment and is dropped.
 */
import type { Candidate, Refiner } from '../candidate';
import { lineStartAt, segmentAt, sentenceAt, skipLead, type Span } from '../clauses';
import type { Doc } from '../doc';
import { baseYearAt, dueOf, headingYearOver, modeAt, observesPrice } from '../doc';
import { openerAt } from '../openers';
import type { Mode } from '../sections';
import { modeOf } from '../sections';
import { inBaseColumn, lineCellModeAt } from '../tables';
import { firstIn, lastIn } from '../cues';
import type { TimePhrase } from '../dates';
import { endsInBound, firstAtOrAfter } from '../dates';
import { attributive, lastPhraseIn, phraseFor } from './due';
import type { GoalKind } from '../types';
import { COMPLETION_VERB, STOCK } from '../lexicon';

const BOUND_END = /^(?:底|末)?(?:前|之前|以前|内)/;

/**
 * Where the bound ends when the clause opens (after list markers) on a time phrase that is a
 * bound (…前, 年内, 三季度), else -1.
 */
function boundOpening(doc: Doc, clause: { start: number; end: number }, loose = false): number {
  const start = skipLead(doc.norm, clause.start, clause.end);
  const i = firstAtOrAfter(doc.times, start);
  const t = doc.times[i];
  if (!t || t.start !== start || !t.explicit || t.end > clause.end) return -1;
  if (endsInBound(doc.norm, t)) return t.end;
  const mark = BOUND_END.exec(doc.norm.slice(t.end, t.end + 3));
  // loose: a period that opens the clause (三季度完成…) bounds it too.
  return mark ? t.end + mark[0].length : loose ? t.end : -1;
}

/** True when the clause opens on a time phrase (三季度, 9月底前) whose end is after publication. */
function opensAhead(doc: Doc, clause: { start: number; end: number }): boolean {
  if (boundOpening(doc, clause, true) < 0 || !doc.published) return false;
  const t = doc.times[firstAtOrAfter(doc.times, skipLead(doc.norm, clause.start, clause.end))]!;
  // Only a part of the year (三季度, 年底前): 2024年 names a year, 五年 a span (五年累计新增…).
  if (t.absolute) return false;
  const year = baseYearAt(doc, t.start);
  const due = t.due(year);
  return due !== undefined && due.startsWith(`${year}-`) && due > doc.published;
}

/** 其余部分3月10日前全部调运到位, 各项补贴资金确保4月30日前足额兑付: a bound (…前, …内) after the
 * clause's short subject. */
function boundAfterSubject(doc: Doc, clause: { start: number; end: number }): boolean {
  const start = skipLead(doc.norm, clause.start, clause.end);
  const t = doc.times[firstAtOrAfter(doc.times, start)];
  if (!t || !t.explicit || t.end > clause.end || !endsInBound(doc.norm, t)) return false;
  return (
    /^[\u4e00-\u9fff]{2,10}$/.test(doc.norm.slice(start, t.start)) &&
    !/已/.test(doc.norm.slice(start, t.start))
  );
}

const STARTS =
  /^(?:从|自)?\s{0,2}((?:19|20)\d\d)\s{0,2}年(?:\s{0,2}\d{1,2}\s{0,2}月(?:\s{0,2}\d{1,2}\s{0,2}日)?)?\s{0,2}起/;

/** True when `clause` opens on a start (2026年起, 从2026年3月1日起) in a year not yet over. */
function startsAhead(doc: Doc, clause: { start: number; end: number }): boolean {
  const start = skipLead(doc.norm, clause.start, clause.end);
  const m = STARTS.exec(doc.norm.slice(start, start + 24));
  return m !== null && doc.publishedYear !== undefined && Number(m[1]) >= doc.publishedYear;
}

const STRICT_BOUND = /不少于|不低于|不超过|不高于|至少|以内|之内/;
const RECURRING = /每(?:[一两二三四五六七八九十]|\d{1,2})?(?:个)?(?:年|半年|季度?|月|旬|周|天|日)/;
const YEAR_OPENING = /^(?:全年|年内|今年)/;

/**
 * True when `sentence` opens on the year of publication (全年, 年内, 今年) before its end, and
 * every figure before `upTo` is a bound too (全年地区生产总值达到2.57万亿元,…,失业率控制在5.5%以内
 * reviews a year).
 */
function yearAhead(doc: Doc, sentence: { start: number; end: number }, upTo: number): boolean {
  const start = skipLead(doc.norm, sentence.start, sentence.end);
  if (!YEAR_OPENING.test(doc.norm.slice(start, start + 2)) || !doc.published) return false;
  const before = doc.norm.slice(start, upTo).split(/[,;]/);
  if (before.some((part) => /\d/.test(part) && !STRICT_BOUND.test(part))) return false;
  const t = doc.times[firstAtOrAfter(doc.times, start)];
  if (!t || t.start !== start) return false;
  const due = dueOf(doc, t);
  return due !== undefined && due > doc.published;
}

const AIM_CHANGE = /(?:提高|提升|增加|降低|下降|减少|压缩)(?:到|至)|控制在|保持在|稳定在/;

/** A verb right after an opening bound (6月15日前完成…, 三季度完成…). */
const VERB_AFTER_BOUND = new RegExp(`^\\s{0,2}(?:全面|全部|基本)?(?:${COMPLETION_VERB.source})`);

/**
 * The tense cue nearest before the item in its sentence; failing that, the first after it in
 * its segment. 同比 and 共 count only where the genre is not a plan.
 */
function tense(doc: Doc, c: Candidate, mode: Mode | undefined): 'past' | 'future' | undefined {
  const { past, pastWeak, future } = doc.cues;
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const weak = mode !== 'plan';
  // The item's own clause first: 已归还6.84亿元,剩余1.16亿元计划于6月30日前归还 — the second
  // clause looks forward whatever the first one reported.
  const clause = c.clause;
  // (全年目标≤29.5微克/立方米): the aside's own forward cue.
  if (lastIn(doc.cues.asideFuture, Math.max(clause.start - 1, 0), c.anchorStart) >= 0) {
    return 'future';
  }
  const ownPast = Math.max(
    lastIn(past, clause.start, clause.end),
    weak ? lastIn(pastWeak, clause.start, clause.end) : -1,
  );
  const ownFuture = lastIn(future, clause.start, clause.end);
  // 6月15日前完成全县已建监测设备的巡检: outside a report, a clause that opens on its own bound
  // and goes straight on to its verb looks forward; an 已 further on qualifies a noun.
  if (ownPast >= 0 && ownFuture < 0 && mode !== 'report') {
    const bound = boundOpening(doc, clause, true);
    if (bound >= 0 && ownPast > bound && VERB_AFTER_BOUND.test(doc.norm.slice(bound, bound + 8))) {
      return 'future';
    }
  }
  // 已竣工保障房项目平均入住率由72.6%提高到85%: in a plan, an 已 that opens the subject
  // qualifies it; the clause's own verb of change looks forward.
  if (
    ownPast >= 0 &&
    ownFuture < 0 &&
    mode === 'plan' &&
    doc.norm[ownPast] === '已' &&
    ownPast - skipLead(doc.norm, clause.start, clause.end) <= 2 &&
    AIM_CHANGE.test(doc.norm.slice(ownPast + 3, Math.min(c.anchorStart, ownPast + 120)))
  ) {
    return 'future';
  }
  // 力争已签约项目资金到位率不低于60%: an 已 right after the clause's opening aim qualifies its
  // subject.
  if (
    ownPast >= 0 &&
    doc.norm[ownPast] === '已' &&
    /^(?:力争|确保|争取)\s{0,2}$/.test(
      doc.norm.slice(skipLead(doc.norm, clause.start, clause.end), ownPast),
    )
  ) {
    return 'future';
  }
  // 三季度新增完工不少于50台 in a report of July: a clause that opens on a period still ahead
  // at publication looks forward, whatever weak cue (新增, 累计) it holds.
  if (ownFuture < 0 && lastIn(past, clause.start, clause.end) < 0 && opensAhead(doc, clause)) {
    return 'future';
  }
  // 2026年起每年组织开展专项检查2次 in a report of January 2026: a practice that starts in the
  // year of publication or later is still ahead.
  if (ownPast < 0 && startsAhead(doc, clause)) return 'future';
  // 全年新签约亿元以上项目不少于60个,其中10亿元以上项目不少于6个 in April; 每季度外出招商不少于2次:
  // a floor or a ceiling set for a year not yet over, or for every period, is still to be met.
  if (ownFuture < 0 && ownPast < 0 && STRICT_BOUND.test(doc.norm.slice(clause.start, clause.end))) {
    if (
      RECURRING.test(doc.norm.slice(clause.start, c.anchorStart)) ||
      yearAhead(doc, sentence, clause.start)
    ) {
      return 'future';
    }
  }
  if (ownPast >= 0 !== ownFuture >= 0) return ownPast >= 0 ? 'past' : 'future';
  // 力争三季度累计新开工…达到95个: a weak cue (累计, 同比) does not outweigh a forward one.
  if (ownFuture >= 0 && lastIn(past, clause.start, clause.end) < 0) return 'future';
  // 目前已开工58公里;年内完成改造40公里: outside a report, a clause that opens on its own
  // bound (年内, 年底前, 9月底前) looks forward whatever the clause before it reported.
  if (
    ownPast < 0 &&
    mode !== 'report' &&
    (boundOpening(doc, clause) >= 0 || boundAfterSubject(doc, clause))
  ) {
    return 'future';
  }
  const segment = segmentAt(doc.index, c.anchorStart);
  const lastPastFrom = (from: number) =>
    Math.max(lastIn(past, from, c.anchorEnd), weak ? lastIn(pastWeak, from, c.anchorEnd) : -1);
  let lastPast = lastPastFrom(sentence.start);
  let lastFuture = lastIn(future, sentence.start, c.anchorEnd);
  // 进展:…已通过省级现场评审,计划10月底前提交认证申请;7家卫生院通过县级初评: the last cue of an
  // earlier segment that turned from one tense to the other speaks for its own clause only.
  const latest = Math.max(lastPast, lastFuture);
  if (latest >= 0 && latest < segment.start) {
    const from = segmentAt(doc.index, latest).start;
    const turned =
      latest === lastFuture
        ? lastIn(past, from, latest) >= 0 || (weak && lastIn(pastWeak, from, latest) >= 0)
        : lastIn(future, from, latest) >= 0;
    if (turned) {
      lastPast = lastPastFrom(segment.start);
      lastFuture = lastIn(future, segment.start, c.anchorEnd);
    }
  }
  if (lastPast >= 0 || lastFuture >= 0) return lastPast > lastFuture ? 'past' : 'future';
  const firsts = [firstIn(past, c.anchorEnd, segment.end)];
  if (weak) firsts.push(firstIn(pastWeak, c.anchorEnd, segment.end));
  const nextPast = Math.min(...firsts.map((x) => (x < 0 ? Infinity : x)));
  const nextFuture = firstIn(future, c.anchorEnd, segment.end);
  if (nextPast === Infinity && nextFuture < 0) return undefined;
  if (nextFuture < 0) return 'past';
  return nextPast < nextFuture ? 'past' : 'future';
}

/** How far back in a paragraph a year still frames what follows (2021年,…。…。…). */
const PARAGRAPH_REACH = 1500;

/**
 * The time frame of an item: the phrase that bounds it in its sentence, else the last phrase
 * earlier in the paragraph (a paragraph that opens with 2021年, reviews 2021 in every sentence
 * until another year or 今年 takes over).
 */
function frameOf(doc: Doc, c: Candidate): TimePhrase | undefined {
  const own = phraseFor(doc, c);
  // 全年 takes its year from the paragraph (2023年,…;全年追回…): only a phrase that names its
  // time (2023年, 今年, 6月底前) frames the item by itself.
  if (own && (own.absolute || own.explicit)) return own;
  const from = Math.max(c.anchorStart - PARAGRAPH_REACH, lineStartAt(doc.index, c.anchorStart));
  let frame: TimePhrase | undefined;
  for (let i = firstAtOrAfter(doc.times, from); i < doc.times.length; i++) {
    const t = doc.times[i];
    if (!t || t.start >= c.anchorStart) break;
    if ((t.absolute || t.explicit) && !attributive(doc, t)) frame = t;
  }
  return frame;
}

/** The year of the last phrase with its own year earlier in the paragraph of `pos`. */
function paragraphYear(doc: Doc, pos: number): number | undefined {
  const from = Math.max(pos - PARAGRAPH_REACH, lineStartAt(doc.index, pos));
  let year: number | undefined;
  for (let i = firstAtOrAfter(doc.times, from); i < doc.times.length; i++) {
    const t = doc.times[i];
    if (!t || t.start >= pos) break;
    // (对2000年以前建成…的老旧小区: a year inside the object's modifier frames nothing.)
    const due = t.absolute && !attributive(doc, t) ? t.due(undefined) : undefined;
    if (due) year = Number(due.slice(0, 4));
  }
  return year;
}

/** A frame with its own year that ended before publication (“十三五”期间 in a 2023 plan, or a
 * paragraph opened by 2021年, in a report published in 2022) looks back. */
function endedBeforePublication(doc: Doc, c: Candidate): boolean {
  const published = doc.published;
  if (!published) return false;
  const frame = frameOf(doc, c);
  if (frame?.absolute) {
    const due = frame.due(undefined);
    return due !== undefined && due < published;
  }
  // 2023年,…。年末全省常住人口…;全年新增…: a word for the year itself, after a year that opened
  // the paragraph, means that year (a month, 6月20日前, may still be ahead).
  const yearWord =
    frame && /^(?:全年|年末|年底|年内|当年|本年)$/.test(doc.norm.slice(frame.start, frame.end));
  const year = frame && yearWord ? paragraphYear(doc, frame.start) : undefined;
  if (frame && year !== undefined) {
    const due = frame.due(year);
    if (due !== undefined) return due < published;
  }
  // 一、2023年工作回顾 … 预计全年地区生产总值完成286.5亿元: the year a heading names frames its
  // 全年; a year over before publication makes even an estimate (预计) a result.
  const own = phraseFor(doc, c);
  // 上半年完工52台, 1—6月完成48公里 in a report of July: a period of the report's year already over
  // (so is a month counted in, 10月份…指数为51.6% in a release of November).
  if (
    own &&
    !own.absolute &&
    (own.explicit || /月份$/.test(doc.norm.slice(own.start, own.end))) &&
    doc.titleMode === 'report'
  ) {
    const due = endsInBound(doc.norm, own) ? undefined : dueOf(doc, own);
    if (due !== undefined && due < published) return true;
  }
  return (
    own !== undefined &&
    !own.absolute &&
    /^(?:全年|年内)$/.test(doc.norm.slice(own.start, own.end)) &&
    headingYearOver(doc, c.anchorStart)
  );
}

/** False for a bound inside an earlier clause of the item's sentence that neither opens its
 * segment nor frames what follows (…已通过省级现场评审,计划10月底前提交认证申请;7家卫生院通过
 * 县级初评): it times that clause's own act, not the later statements. */
function reaches(doc: Doc, t: TimePhrase, c: Candidate): boolean {
  const segment = segmentAt(doc.index, c.anchorStart);
  if (t.end > segment.start) return true;
  const own = segmentAt(doc.index, t.start);
  return (
    skipLead(doc.norm, own.start, t.start) === t.start ||
    /^\s{0,2},/.test(doc.norm.slice(t.end, t.end + 3))
  );
}

/** A bound (12月底前, 年内) of the item's sentence that had not passed at publication: in a
 * report published on 6 December, 12月底前,…完成二次走访沟通 is still to be done. So is a period
 * of a year after the report's (2026年第一季度…开展抽查 in a report of December 2025). */
function boundAhead(doc: Doc, c: Candidate): boolean {
  const own = phraseFor(doc, c);
  if (!own?.explicit || !doc.published) return false;
  if (!reaches(doc, own, c)) return false;
  const due = dueOf(doc, own);
  if (due === undefined) return false;
  if (!endsInBound(doc.norm, own)) {
    return (
      own.absolute && doc.publishedYear !== undefined && Number(due.slice(0, 4)) > doc.publishedYear
    );
  }
  return due > doc.published;
}

/** 2026年,确保粮食播种面积稳定在…。全年新建高标准农田110万亩 in a report on 2025: a year after the
 * years the title reports on, not yet over at publication, frames what is still to be done. */
function frameAfterTitle(doc: Doc, c: Candidate): boolean {
  const latest = doc.titlePlanYear ?? doc.titleYear;
  const frame = frameOf(doc, c);
  if (latest === undefined || doc.publishedYear === undefined || !frame?.absolute) return false;
  // Only a year that opens its sentence (2026年,…) frames the sentences after it.
  const sentence = sentenceAt(doc.index, frame.start);
  if (skipLead(doc.norm, sentence.start, sentence.end) !== frame.start) return false;
  if (!/^(?:19|20)\d\d年$/.test(doc.norm.slice(frame.start, frame.end))) return false;
  const year = Number(frame.due(undefined)?.slice(0, 4));
  return year > latest && year >= doc.publishedYear;
}

/**
 * Under a task's heading in a progress report, the first sentence of its paragraph, without a
 * tense of its own, before the paragraph reports (更新改造农村供水管网120公里,…。一季度完成管网
 * 铺设41公里…): the year's task restated.
 */
function taskStatement(doc: Doc, c: Candidate): boolean {
  if (beforeProgressLabel(doc, c)) return true;
  // Only under a task's own heading, one that names who leads it (…工程(牵头单位:县水利局)).
  const heading = doc.sections.at(c.anchorStart).inner;
  if (!heading || !/(?:牵头|责任)(?:单位|部门)/.test(doc.norm.slice(heading.pos, heading.end))) {
    return false;
  }
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const line = lineStartAt(doc.index, c.anchorStart);
  if (skipLead(doc.norm, line, sentence.end) !== skipLead(doc.norm, sentence.start, sentence.end)) {
    return false;
  }
  const end = paragraphEnd(doc, sentence.end);
  if (firstIn(doc.cues.past, sentence.end, end) >= 0) return true;
  // …一季度完成管网铺设41公里: a period over at publication reports too.
  for (let i = firstAtOrAfter(doc.times, sentence.end); i < doc.times.length; i++) {
    const t = doc.times[i];
    if (!t || t.start >= end) break;
    const due = dueOf(doc, t);
    if (due !== undefined && doc.published !== undefined && due < doc.published) return true;
  }
  return false;
}

// 进展:, 完成情况:, 推进情况: opening a sentence: what follows in the paragraph reports.
const PROGRESS_LABEL =
  /(?<=^|[。\n])\s{0,2}(?:目前|当前|截至目前)?\s{0,2}(?:工作)?(?:进展|进度|进展情况|完成情况|推进情况|实施情况)\s{0,2}:/g;
const PROGRESS_LABELS = new WeakMap<Doc, number[]>();

/** Where the page's progress labels start (right after the 。 or line break before them), found
 * once per page. */
function progressLabels(doc: Doc): number[] {
  let found = PROGRESS_LABELS.get(doc);
  if (!found) {
    found = [...doc.norm.matchAll(PROGRESS_LABEL)].map((m) => m.index);
    PROGRESS_LABELS.set(doc, found);
  }
  return found;
}

/** (七)城乡供水提质工程。实施…,新建改造供水管网120公里,…。进展:完成管网…: what a paragraph of a
 * progress report states before its progress label is the year's task. */
function beforeProgressLabel(doc: Doc, c: Candidate): boolean {
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const line = lineStartAt(doc.index, c.anchorStart);
  const labels = progressLabels(doc);
  if (firstIn(labels, line, sentence.start) >= 0) return false;
  return firstIn(labels, sentence.end, paragraphEnd(doc, sentence.end)) >= 0;
}

/** How far a paragraph is read around an item's sentence (a page may have no line breaks). */
const PARAGRAPH_LOOK = 600;

/** The end of the paragraph after `from`, read at most PARAGRAPH_LOOK characters ahead. */
function paragraphEnd(doc: Doc, from: number): number {
  const ahead = doc.norm.slice(from, from + PARAGRAPH_LOOK).indexOf('\n');
  return ahead < 0 ? Math.min(doc.norm.length, from + PARAGRAPH_LOOK) : from + ahead;
}

/** What a list opener says about time (以下是2023年工作回顾: / 展望2024年,…以下目标:). */
function openerTense(
  doc: Doc,
  c: Candidate,
  mode: Mode | undefined,
): 'past' | 'future' | undefined {
  const line = openerAt(doc, c.anchorStart);
  if (!line) return undefined;
  // A heading that switches the genre between the opener and the item (…报告如下: / 一、2023年
  // 工作总结 / (一)…) ends what the opener says about it.
  if (doc.sections.at(line.start).mode !== doc.sections.at(c.anchorStart).mode) return undefined;
  // Only the opener's last sentence speaks for the list (…任务较往年明显加重。…重点做好以下工作:).
  const opener = {
    start: Math.max(line.start, sentenceAt(doc.index, line.end - 1).start),
    end: line.end,
  };
  const published = doc.published;
  const frame = lastPhraseIn(doc, opener.start, opener.end);
  const due = frame?.absolute ? frame.due(undefined) : undefined;
  if (published && due !== undefined) return due < published ? 'past' : 'future';
  const lastPast = Math.max(
    lastIn(doc.cues.past, opener.start, opener.end),
    mode !== 'plan' ? lastIn(doc.cues.pastWeak, opener.start, opener.end) : -1,
  );
  const lastFuture = lastIn(doc.cues.future, opener.start, opener.end);
  if (lastPast >= 0 || lastFuture >= 0) return lastPast > lastFuture ? 'past' : 'future';
  const words = modeOf(doc.norm.slice(opener.start, opener.end));
  return words === 'report' ? 'past' : words === 'plan' ? 'future' : undefined;
}

// An end state written as a duty (坚决防范…事故发生, 严防…, 杜绝…) is always a commitment.
const DUTY_STATE = /^(?:杜绝|严防|坚决|防止)/;

function kindOf(doc: Doc, c: Candidate): GoalKind {
  if (c.source === 'state' && DUTY_STATE.test(doc.norm.slice(c.anchorStart, c.anchorStart + 2))) {
    return 'target';
  }
  const info = doc.sections.at(c.anchorStart);
  if (info.heading?.task) return c.source === 'deadline' ? 'deadline' : 'target';
  // A cell of a table's task column (序号 | 改革任务 | 牵头单位 | 完成情况 | 完成时间) states the
  // task, whatever its row's time cell says about when it was done.
  if (lineCellModeAt(doc.lineTables, c.anchorStart) === 'plan') {
    return c.source === 'deadline' ? 'deadline' : 'target';
  }
  const mode = modeAt(doc, c.anchorStart);
  const t =
    (endedBeforePublication(doc, c) ? 'past' : tense(doc, c, mode)) ?? openerTense(doc, c, mode);
  const looksBack =
    t === 'past' ||
    (t === undefined &&
      mode === 'report' &&
      !boundAhead(doc, c) &&
      !taskStatement(doc, c) &&
      !frameAfterTitle(doc, c));
  if (looksBack) return 'achievement';
  return c.source === 'deadline' ? 'deadline' : 'target';
}

// 整治范围, 考核对象: the scope a plan applies to is setting too (燃气企业9家, 15个考核单位).
const SETTING_HEADING =
  /(?<!(?:工作|履职|完成|进展|抽查|检查|检测|监测|督查|执法|整改|运行|实施|执行|考核|评估|评审|评价|评定|调查|排查|核查|清查)的?)基本情况|概况|(?<!实施|执行|落实|推进|工作|基础)现状(?:$|及|与|和)|面临的?形势|形势(?:分析|研判)|(?:整治|实施|适用|考核|检查|排查|抽查|创建|监测)(?:范围|对象)(?:[和及与](?:认定)?标准)?\s*$|(?:监测|认定|识别|参考)标准\s*$|预测(?:分析)?\s*$|(?:申报|申请|报名|参评|参选)(?:条件|资格)(?:和要求)?\s*$|(?:有利|不利|影响[^,;。]{0,10}的?(?:主要)?)因素\s*$/;
const PROBLEM_HEADING =
  /(?:存在|面临|突出|需要关注|值得关注|需关注)的?(?:主要|突出)?(?:困难和)?问题|问题(?:和|与)不足|困难和问题|不足之处/;

const WORK_VERB = new RegExp(
  `${COMPLETION_VERB.source}|达到|投入|支出|新增|新建|新辟|更新|新改建|培训|查处|没收|移送|收缴|取缔|立案|办理|处理|处置|提供|组织|维修|整治|帮扶|未发生|共|累计|(?:提高|提升|增加|下降|降低|减少)(?:到|至)`,
);
const YEAR_SUBJECT = /^((?:19|20)\d\d)年(?![度底末内前以起初中])(?=[\u4e00-\u9fff])/;
// 2025年汛期, / 2024年底前, / 2023年上半年, / 2025—2026年度防火期,: a year (or the first of a
// season's two) with the part of it the sentence reports on.
/** The part of a year a sentence opening reports on, and a span of work in it (去年…工作中). */
// (2025年五一、国庆假期,: the holidays of a year a tourism plan reports on; 2025年秋季学期,: a
// school term.)
const YEAR_PART =
  '(?:以来|全年|底前?|末|汛期|防火期|[上下]半年|[一二三四]季度|[春秋]季学期|[\\u4e00-\\u9fff、]{0,8}?(?:假期|黄金周))';
const WORK_SPAN = '(?:[\\u4e00-\\u9fff]{0,12}?(?:中|期间|以来))';
const PAST_YEAR_OPENING = new RegExp(
  `^(?:((?:19|20)\\d\\d)(?:[—-](?:19|20)?\\d\\d)?年度?(?:${YEAR_PART}|${WORK_SPAN})?|(?:去年|上年)(?:${YEAR_PART}|${WORK_SPAN})?)\\s{0,2},|^“?十([一二三四五])五”?(?:以来|(期间|时期)\\s{0,2},)`,
);
// 2025年完成农村公路建设投资4.12亿元: a year that runs straight into the work done.
const YEAR_WORK = /^((?:19|20)\d\d)年(?=完成|实现|累计|新增|新建|建成|共)/;
/** The last year of a five-year plan period (十四五: 2025). */
const periodEnd = (numeral: string) => 2005 + 5 * ('一二三四五'.indexOf(numeral) + 1);
// 累计降雨1265毫米, 共出现暴雨过程9次: what the weather did is no work (累计 and 共 otherwise say
// a count of work).
const WEATHER =
  /(?:累计|共)(?:出现|经历|遭受|发生)?[^,;。\d]{0,6}?(?:降雨|降水|降雪|暴雨|台风|寒潮|冰雹|高温|干旱)/g;

/**
 * Under 基本情况, a sentence that opens on a year already over (2023年,全县完成…) reports the
 * work: its clauses with a verb of work are results, its levels (就诊率为84.6%) still setting.
 * (A count there is the year's work even where nothing else marks it past: 2021年以来,累计新辟
 * 公交线路46条.) So are the year's outputs where its sentence says 全年 (全年粮食播种面积41.87万亩,
 * 总产量18.62万吨); a level stated with 为 or the size of a sector without 全年 (高原夏菜种植面积
 * 12.6万亩) stays the setting. In a report, everything it states there of a year already over is
 * its result (全区亿元GDP生产安全事故死亡率为0.012).
 */
function reportedInSetting(doc: Doc, c: Candidate): boolean {
  if (c.source === 'deadline') return false;
  const near = doc.norm.slice(Math.max(c.clause.start, c.anchorStart - 60), c.anchorEnd);
  const sentence = sentenceAt(doc.index, c.anchorStart);
  // (补贴标准为每亩108.5元: a level, per unit or not.)
  const yearOutput =
    !/为\s{0,2}(?:每[\u4e00-\u9fff]{1,3})?$/.test(doc.norm.slice(c.clause.start, c.anchorStart)) &&
    (/全年|当年/.test(doc.norm.slice(sentence.start, c.anchorStart)) ||
      outputsSentence(doc, sentence));
  if (PROGRESS.test(near) && opensOnDay(doc, sentence)) return true;
  // In a report: a paragraph that opens on the day its figures stand at (截至10月31日,312件…已全部
  // 办结;…) reports all of them, and a sentence that opens on a span up to now (区…会议以来,区政府
  // 系统共承办…148件) reports its work.
  if (doc.titleMode === 'report') {
    if (opensOnDay(doc, { start: lineStartAt(doc.index, c.anchorStart), end: c.anchorStart })) {
      return true;
    }
    const start = skipLead(doc.norm, sentence.start, sentence.end);
    if (SINCE_OPENING.test(doc.norm.slice(start, start + 42)) && WORK_VERB.test(near)) return true;
    // 全年共召开改厕工作推进会4次,举办…培训班3期 in a report on the year: the year's work.
    if (/^全年(?:共|累计)/.test(doc.norm.slice(start, start + 4)) && WORK_VERB.test(near)) {
      return true;
    }
  }
  // 全区31座小(2)型水库已全部完成除险加固: the work's verb after the count, marked done.
  const after = doc.norm.slice(c.anchorEnd, c.clause.end);
  return (
    (WORK_VERB.test(near.replace(WEATHER, '')) ||
      (/已/.test(after) && WORK_VERB.test(after)) ||
      doc.titleMode === 'report' ||
      yearOutput) &&
    opensOnPastYear(doc, c)
  );
}

// 截至2月20日,全镇已落实早稻种植意向面积0.98万亩,占目标任务的93.3%: how far the work has got
// by a day of the plan's own year (截至2023年底,全区已有…41个 counts a stock).
const PROGRESS = /已(?!有|达)|占[^,;。]{0,8}(?:目标|任务|计划)/;
const SINCE_OPENING = /^[^,;。]{2,40}以来\s{0,2},/;
const AS_OF_DAY = /^截至\s{0,2}(?:目前|\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)\s{0,2},/;

/** True when the sentence opens on the day its figures stand at (截至2月20日,). */
function opensOnDay(doc: Doc, sentence: Span): boolean {
  const start = skipLead(doc.norm, sentence.start, sentence.end);
  return AS_OF_DAY.test(doc.norm.slice(start, start + 16));
}

const OUTPUTS_OPENING = new RegExp(
  `^(?:(?:(?:19|20)\\d\\d年|去年|上年)(?:${WORK_SPAN}|${YEAR_PART})?\\s{0,2},|(?:19|20)\\d\\d年(?=[^,;。\\d]))([^,;。]{0,16})`,
);

/** 2025年,全镇完成粮食播种面积5.26万亩,…;… (去年冬春火灾防控工作中,镇…共组织检查…) (or 2025年完成…投资4.12亿元,比上年增长8.4%;…): a
 * sentence that opens on its year and goes straight on to the work done lists that year's
 * outputs, whatever verb each later clause has. */
function outputsSentence(doc: Doc, sentence: Span): boolean {
  const start = skipLead(doc.norm, sentence.start, sentence.end);
  const m = OUTPUTS_OPENING.exec(doc.norm.slice(start, start + 60));
  const first = (m?.[1] ?? '').replace(WEATHER, '');
  return m !== null && WORK_VERB.test(first) && !/为/.test(first);
}

/**
 * True when the item's sentence, or the paragraph it stands in, opens on a year that ended
 * before publication (2023年,…; 2021年以来,…): the paragraph's later sentences report it too.
 */
function opensOnPastYear(doc: Doc, c: Candidate): boolean {
  const line = lineStartAt(doc.index, c.anchorStart);
  const published = doc.publishedYear;
  // The nearest sentence of the paragraph, up to the item's own, that opens on a year.
  let sentence = sentenceAt(doc.index, c.anchorStart);
  // In a report, the year it reports on counts too (2024年,市政府系统共承办建议提案627件 in a
  // report of December 2024).
  const over = doc.titleMode === 'report' ? 1 : 0;
  for (let n = 0; n < 6; n++) {
    const start = skipLead(doc.norm, sentence.start, sentence.end);
    const head = doc.norm.slice(start, start + 20);
    // In a report, a year that runs straight into its subject (2025年市级监督抽查共涉及…) too.
    const m =
      PAST_YEAR_OPENING.exec(head) ??
      YEAR_WORK.exec(head) ??
      (doc.titleMode === 'report' ? YEAR_SUBJECT.exec(head) : null);
    if (m?.[2] !== undefined) {
      // “十四五”以来 has begun; “十四五”期间 has ended only after its last year.
      return m[3] === undefined || (published !== undefined && periodEnd(m[2]) < published);
    }
    // 2026年以来, in a plan of 2026: the work of the year so far.
    if (m)
      return (
        m[1] === undefined ||
        (published !== undefined && Number(m[1]) < published + (/以来/.test(m[0]) ? 1 : over))
      );
    if (/^(?:(?:19|20)\d\d年|今年|明年)/.test(head) || sentence.start <= line) return false;
    sentence = sentenceAt(doc.index, sentence.start - 1);
  }
  return false;
}

// 数据共享率仅为58%, 尚有47个系统未完成迁移, 应用率不足60%: a shortfall the page goes on to
// address, not a result of its work; how far a task got (完成率仅为58.7%) is still one.
const SHORTFALL = /仅为|仅占|仅有|仅达|只有|尚有|仍有|仍发生|不足|缺口/;

function shortfall(doc: Doc, c: Candidate): boolean {
  const before = doc.norm.slice(Math.max(c.clause.start, c.anchorStart - 40), c.anchorStart);
  const sentence = sentenceAt(doc.index, c.anchorStart);
  // (1—6月完成48公里,仅占40.0%: the share of the task the clause before completed.)
  const done =
    /完成/.test(before) ||
    (/^\s{0,2}仅(?:占|为)/.test(before) &&
      /完成[^,;。]*[,;]?\s*$/.test(
        doc.norm.slice(Math.max(sentence.start, c.clause.start - 24), c.clause.start),
      ));
  if (SHORTFALL.test(before) && !done) return true;
  // 另有2项因上级政策调整等原因未能按期完成: what was not done is no result.
  if (/^[^,;。]{0,24}未(?:能|按期|如期)+完成/.test(doc.norm.slice(c.anchorEnd, c.clause.end))) {
    return true;
  }
  const head = doc.norm.slice(sentence.start, Math.min(c.anchorStart, sentence.start + 200));
  // 同时也要看到,…比率高于全国平均水平0.4个百分点: the problems a paragraph goes on to address
  // (in the sentence that says so, and in the rest of its paragraph).
  if (PROBLEMS_OPENER.test(head)) return true;
  const line = lineStartAt(doc.index, c.anchorStart);
  if (line < sentence.start && PROBLEMS_OPENER.test(doc.norm.slice(line, line + 24))) return true;
  // 全市仍有…小区187个,涉及楼栋1530幢、居民3.1万户: what the shortfall takes in is one too.
  return (
    /^\s{0,2}(?:涉及|其中|包括)/.test(doc.norm.slice(c.clause.start, c.anchorStart)) &&
    SHORTFALL.test(doc.norm.slice(Math.max(sentence.start, c.clause.start - 80), c.clause.start))
  );
}

const PROBLEMS_OPENER =
  /^\s{0,2}(?:同时|但是?|然而)?\s{0,2},?\s{0,2}(?:也|还)?(?:要|应|应当|必须)?(?:清醒)?(?:看到|认识到)/;

// 固体废物产生量1286万吨, 在校学生5.38万人, 机动车保有量已达62.4万辆: in a plan, a stock the
// work starts from is background, not a result of it (a bulletin's totals are its results).
function planStock(doc: Doc, c: Candidate): boolean {
  if (doc.titleMode !== 'plan') return false;
  // 其中柴油货车2.3万辆: a part of a stock is one too (its stock is the clause before).
  const part = /^\s{0,2}其中/.test(doc.norm.slice(c.clause.start, c.anchorStart));
  const from = part
    ? Math.max(sentenceAt(doc.index, c.anchorStart).start, c.clause.start - 50)
    : c.clause.start;
  const before = doc.norm.slice(Math.max(from, c.anchorStart - (part ? 80 : 30)), c.anchorStart);
  if (STOCK.test(before) && !WORK_VERB.test(before)) return true;
  // 目前,全市共有A级旅游景区46家,其中…,星级饭店21家、等级民宿326家;… (全县现有义务教育学校68所,
  // 在校学生3.79万人,专任教师3315人): a sentence that opens on what the place has lists stocks in
  // every clause that names no work.
  const opening = sentenceAt(doc.index, c.anchorStart);
  const lead = skipLead(doc.norm, opening.start, opening.end);
  if (
    HOLDING_OPENING.test(doc.norm.slice(lead, lead + 16)) &&
    !WORK_VERB.test(doc.norm.slice(c.clause.start, c.anchorStart))
  ) {
    return true;
  }
  // 截至2025年底,全省基本医保参保人数4361.2万人,其中职工医保1575.4万人: a headcount at a year-end
  // already past, and its parts (参保人数达到412.6万人 reports the work's reach).
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const start = skipLead(doc.norm, sentence.start, sentence.end);
  const asOf = YEAR_END_AS_OF.exec(doc.norm.slice(start, start + 16));
  return (
    asOf !== null &&
    doc.publishedYear !== undefined &&
    Number(asOf[1]) < doc.publishedYear &&
    HEADCOUNT.test(doc.norm.slice(start, c.anchorEnd))
  );
}

/**
 * 全县现有林地面积86.4万亩,森林覆盖率61.8%,共设立县级林长11名 in a plan: a sentence that opens on
 * what the place has states its present in every clause without an aim of its own (no forward
 * cue, time phrase or bound).
 */
function holdingTarget(doc: Doc, c: Candidate): boolean {
  if (doc.titleMode !== 'plan' || c.source === 'deadline') return false;
  const sentence = sentenceAt(doc.index, c.anchorStart);
  const lead = skipLead(doc.norm, sentence.start, sentence.end);
  if (!HOLDING_OPENING.test(doc.norm.slice(lead, lead + 16))) return false;
  const clause = doc.norm.slice(c.clause.start, c.clause.end);
  if (AIM_WORDS.test(clause) || lastIn(doc.cues.future, c.clause.start, c.clause.end) >= 0) {
    return false;
  }
  const t = doc.times[firstAtOrAfter(doc.times, c.clause.start)];
  return !(t && t.start < c.clause.end);
}

const AIM_WORDS = /不少于|不低于|不超过|以上|以内|达到|提高|提升|增加|新增|力争|确保|争取|实现/;

const HOLDING_OPENING = /^(?:(?:目前|当前|现阶段)\s{0,2},?\s{0,2})?[^,;。]{0,6}?(?:共有|现有)/;
const YEAR_END_AS_OF = /^截至\s{0,2}((?:19|20)\d\d)\s{0,2}年\s{0,2}(?:底|末|12月31日)\s{0,2},/;
const HEADCOUNT = /(?:人数|人口|户数)\s{0,2}[为约]?\s{0,2}\d/;

/** Headings that name results: under them a setting heading's figures are the work's. */
const RESULTS_HEADING = /成就|成效|成绩|(?:发展|工作)基础|回顾/;

function sceneAt(doc: Doc, pos: number): 'setting' | 'problem' | undefined {
  const path = doc.sections.at(pos).path;
  // The innermost heading that says which decides (发展基础和面临形势 says both: results).
  for (let i = path.length - 1; i >= 0; i--) {
    if (RESULTS_HEADING.test(path[i]!)) break;
    // 一、2025年经济运行基本情况 in a report of January 2026 (or in the review half of 2025年经济
    // 运行情况和2026年工作打算): the year's results.
    const year = /((?:19|20)\d\d)年/.exec(path[i]!)?.[1];
    const reviewed =
      doc.titleMode === 'report' ||
      (doc.titlePlanYear !== undefined && Number(year) < doc.titlePlanYear);
    if (year !== undefined && reviewed && `${year}-12-31` < (doc.published ?? '')) break;
    if (SETTING_HEADING.test(path[i]!)) return 'setting';
  }
  // (2023年工作成效和存在问题 names results too: its figures are read as any others.)
  return path.some((label) => PROBLEM_HEADING.test(label) && !RESULTS_HEADING.test(label))
    ? 'problem'
    : undefined;
}

// 完成老旧小区改造5个,惠及居民1860户,10月底前全部完工: a bare completion after the targets of
// its sentence dates them (see due.ts); it is no task of its own, nor is one that names only
// the work's last step (配备智慧黑板320套,12月底前完成采购安装). After results (已竣工7所,
// 预计11月底前全部竣工) it is the task still ahead.
const BARE_COMPLETION =
  /^\s{0,2}(?:全部|全面|基本|如期|均)?(?:完工|竣工|完成|建成|投用|投入使用|交付使用|建成投用)(?:(?:采购|安装|调试|验收|建设|施工|改造)+(?:任务|工作)?)?\s{0,2}$/;

function datesEarlierTargets(doc: Doc, c: Candidate, kept: readonly Candidate[]): boolean {
  if (c.kind !== 'deadline' || !c.time) return false;
  if (!BARE_COMPLETION.test(doc.norm.slice(c.time.end, c.clause.end))) return false;
  const sentence = sentenceAt(doc.index, c.anchorStart);
  // (9月底前累计完成里程达到90公里以上,力争10月底前全面完工: a target with a bound of its own
  // is dated already; the completion after it is a step of its own.)
  return kept.some(
    (a) =>
      a.kind === 'target' &&
      a.anchorStart >= sentence.start &&
      a.anchorEnd <= c.clause.start &&
      boundOpening(doc, a.clause) < 0,
  );
}

/** Sets `kind`; drops deadlines that look back (a reported date is no commitment). */
export const kindRefiner: Refiner = {
  name: 'kind',
  refine(doc, candidates) {
    const out: Candidate[] = [];
    for (const c of candidates) {
      // 四、2026年整改提升要求: a heading that names a part of the plan is no deadline itself.
      const heading = doc.sections.at(c.anchorStart).heading;
      if (c.source === 'deadline' && heading?.mode === 'plan' && c.end <= heading.end) continue;
      // 本周粳米零售均价为3.12元/斤,环比持平 in a price release: an observation of the market.
      if (
        doc.priceRelease &&
        c.source !== 'deadline' &&
        observesPrice(doc, doc.norm.slice(c.clause.start, c.clause.end))
      ) {
        continue;
      }
      let kind = kindOf(doc, c);
      if (c.source === 'deadline' && kind === 'achievement') continue;
      // Figures under 基本情况 describe the setting, those under 存在的问题 a shortfall: neither is
      // a result of the work (a 下一步 heading may still hold commitments after the problems).
      const scene = sceneAt(doc, c.anchorStart);
      const reported = scene === 'setting' && reportedInSetting(doc, c);
      // (全市仍有14个计划新开工项目未开工 there is a shortfall, whatever 计划 reads as.)
      if (
        (scene === 'setting' && !reported) ||
        (scene === 'problem' && (kind === 'achievement' || shortfall(doc, c)))
      ) {
        continue;
      }
      if (reported) kind = 'achievement';
      if (kind === 'achievement' && (shortfall(doc, c) || planStock(doc, c))) continue;
      if (kind === 'target' && holdingTarget(doc, c)) continue;
      // A cell under 法定时限 / 原时限 / 现状 is where a commitment starts from.
      const line = lineStartAt(doc.index, c.anchorStart);
      if (inBaseColumn(doc.tables, doc.lineTables, doc.index, line, c.anchorStart)) continue;
      out.push({ ...c, kind });
    }
    return out.filter((c) => !datesEarlierTargets(doc, c, out));
  },
};
