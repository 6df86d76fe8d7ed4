/**
 * Positions of the cue words of the whole text, found once per call. Refiners ask "the last
 * 力争 before this item in its segment" with a binary search instead of re-scanning a slice per
 * item, which keeps dense pages (and hostile inputs with 200 000 items) linear.
 */
import { COMPLETION_VERB, FUTURE_CUE, MUST, PAST_CUE, PAST_WEAK_CUE, STRIVE } from './lexicon';

/** Sorted start offsets of each cue family. */
export interface CueIndex {
  past: number[];
  /** 同比, 共: past only where the genre is not a plan. */
  pastWeak: number[];
  future: number[];
  /** Forward cues that open a bracket, (全年目标≤29.5…): they speak for the bracket only. */
  asideFuture: number[];
  must: number[];
  strive: number[];
  /** 争取 alone: it is also a plain verb ("obtain") and governs only its own clause. */
  obtain: number[];
}

// Global copies, compiled once (the lexicon's patterns are shared with `test()` callers).
const PAST = new RegExp(PAST_CUE.source, 'g');
const PAST_WEAK = new RegExp(PAST_WEAK_CUE.source, 'g');
const FUTURE = new RegExp(FUTURE_CUE.source, 'g');

function positions(
  g: RegExp,
  norm: string,
  keep?: (word: string, at: number) => boolean,
): number[] {
  g.lastIndex = 0;
  const out: number[] = [];
  for (let m = g.exec(norm); m; m = g.exec(norm)) {
    if (!keep || keep(m[0], m.index)) out.push(m.index);
  }
  return out;
}

// 对已整改问题开展抽查, 把已建成项目纳入…: an 已 right after 对 / 把 / 向 qualifies the object.
const OBJECT_MARK = /[对把向]/;
// 完成2025年度已完工程款结算审核: so does one after its clause's verb (but 分解的18项任务已全部完成
// reports, and so does 完成…已经…).
// (抽查已验收项目不少于100个: an inspection's object too.)
const VERB_BEFORE = new RegExp(
  `(?:${COMPLETION_VERB.source}|抽查|检查|核查|复查|排查|督查|巡查|回访)[^,;。:\\n的]*$`,
);
const REPORTS_AFTER = /^已(?:经|全部|基本|如期|按期|顺利|完成|实现|达到)/;

/** True when the 已 at `at` qualifies a noun instead of reporting (对已整改问题). */
function qualifiesObject(norm: string, at: number): boolean {
  if (OBJECT_MARK.test(norm[at - 1] ?? '')) return true;
  if (REPORTS_AFTER.test(norm.slice(at, at + 3))) return false;
  const before = norm.slice(Math.max(0, at - 16), at);
  const clause = before.slice(
    Math.max(...[',', ';', '。', ':', '\n'].map((d) => before.lastIndexOf(d))) + 1,
  );
  return VERB_BEFORE.test(clause);
}

const opensAside = (norm: string, at: number) =>
  /\(\s{0,2}$/.test(norm.slice(Math.max(0, at - 3), at));

// 到2020年 looks forward only to a year not yet over when the page was published.
const TO_YEAR = /^到((?:19|20)\d\d)年/;

/** Indexes the cue words of `norm`; `publishedYear` tells which 到YYYY年 still lie ahead. */
export function indexCues(norm: string, publishedYear?: number): CueIndex {
  const ahead = (word: string): boolean => {
    const year = TO_YEAR.exec(word)?.[1];
    return year === undefined || publishedYear === undefined || Number(year) >= publishedYear;
  };
  // (全年目标≤29.5微克/立方米) after a result: the aside gives the year's target, it does not
  // turn the clause it follows forward. (One scan, split: the pattern is the costliest here.)
  const forward = positions(FUTURE, norm, ahead);
  const aside = (at: number) => opensAside(norm, at);
  return {
    past: positions(PAST, norm, (w, at) => w[0] !== '已' || !qualifiesObject(norm, at)),
    pastWeak: positions(PAST_WEAK, norm),
    future: forward.filter((at) => !aside(at)),
    asideFuture: forward.filter(aside),
    must: positions(MUST, norm),
    strive: positions(STRIVE, norm, (w) => w !== '争取'),
    obtain: positions(STRIVE, norm, (w) => w === '争取'),
  };
}

/** Index of the first element `>= pos`. */
function lowerBound(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last position in `[from, to)`, or -1. */
export function lastIn(sorted: number[], from: number, to: number): number {
  const i = lowerBound(sorted, to) - 1;
  const at = sorted[i];
  return at !== undefined && at >= from ? at : -1;
}

/** The first position in `[from, to)`, or -1. */
export function firstIn(sorted: number[], from: number, to: number): number {
  const at = sorted[lowerBound(sorted, from)];
  return at !== undefined && at < to ? at : -1;
}
