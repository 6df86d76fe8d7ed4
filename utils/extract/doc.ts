/**
 * The parsing context built once per call (like chrono's ParsingContext): the original and the
 * normalised text, what the caller knows about the page, the heading index and the years and
 * modes that the title and the publication date give.
 */
import type { TextIndex } from './clauses';
import { clauseAt, indexText, lastStartingBy, lineStartAt, sentenceAt, skipLead } from './clauses';
import type { CueIndex } from './cues';
import { indexCues } from './cues';
import type { TimePhrase } from './dates';
import { findTimePhrases, firstAtOrAfter } from './dates';
import { normalize } from './normalize';
import type { Mode } from './sections';
import { SectionIndex, modeOf } from './sections';
import type { LineTable, Table } from './tables';
import type { Cell } from './tables';
import { columnModeAt, findLineTables, findTables, lineCellModeAt, textCells } from './tables';
import type { ExtractContext, ExtractOptions } from './types';

/** Everything parsers and refiners read; never mutated after `createDoc`. */
export interface Doc {
  readonly text: string;
  readonly norm: string;
  readonly context: ExtractContext;
  readonly options: ExtractOptions;
  readonly sections: SectionIndex;
  /** Clause, segment, sentence and quote boundaries. */
  readonly index: TextIndex;
  /** Time phrases in text order. */
  readonly times: TimePhrase[];
  /** Positions of tense and strength cue words. */
  readonly cues: CueIndex;
  /** Tab-separated tables whose header names the mode of its columns (年度目标 / 完成情况). */
  readonly tables: Table[];
  /** The text's cells: non-empty lines split at tabs, trimmed (read once, for every table reader). */
  readonly cells: Cell[];
  /** Tables of one cell per line whose header names the mode of its columns. */
  readonly lineTables: LineTable[];
  /** Year named in the title (2021年工作目标 → 2021). */
  readonly titleYear?: number;
  /** The title's last year where it names more than one (…2023年工作总结和2024年工作计划). */
  readonly titlePlanYear?: number;
  /** Year of the publication date. */
  readonly publishedYear?: number;
  /** The publication date as `YYYY-MM-DD`, whatever separators the caller used. */
  readonly published?: string;
  /** Mode the title gives (完成情况 → report). */
  readonly titleMode?: Mode;
  /** A release about prices (…价格监测周报, …居民消费价格变动情况): its prices are observations. */
  readonly priceRelease?: true;
}

const PRICE_RELEASE = /价格(?:监测|变动|行情|运行|动态|指数)|消费价格|物价(?:监测|动态)/;

/** In a price release, what a clause observes of prices (均价, 环比上涨, CPI) rather than does. */
const PRICE_OBSERVED =
  /均价|价格|价位|比价|零售价|批发价|CPI|指数|上涨|下降|持平|涨幅|降幅|涨跌|环比|同比/;
const PRICE_WORK =
  /开展|检查|巡查|查处|完成|报送|受理|办结|核定|投放|收储|拨付|让利|督促|提醒|储备|保供|供应|建成|采集|监测点|网点|确保|力争|控制在|保持在|目标/;

/** True when `text` (an item's clause, or a table item's metric) observes prices in a price
 * release: no goal and no result of the work (both annotators of such releases agree). */
export function observesPrice(doc: Doc, text: string): boolean {
  return doc.priceRelease === true && PRICE_OBSERVED.test(text) && !PRICE_WORK.test(text);
}

// What may stand before a year that opens its clause (力争2025年…, ——2023年建成…).
const CLAUSE_HEAD = /^(?:力争|确保|争取|预计|计划)?$/;
// The first year of a range (方案(2024—2027年) → 2024): partial dates in it fall in its first year.
const TITLE_YEAR = /((?:19|20)\d\d)\s*(?:[-—–~至到]\s*(?:19|20)\d\d\s*)?年/;
const TITLE_YEARS = new RegExp(TITLE_YEAR.source, 'g');
// 2021-10-09, 2021/10/9, 2021.10.09, 2021年10月9日 (with or without a time after it).
const DATE = /^\s*((?:19|20)\d\d)\s*[-/.年]\s*(\d\d?)\s*[-/.月]\s*(\d\d?)/;

// A part of a year a title names: 上半年, 一季度, 前三季度, 1—9月, 10月份 (its last month).
const TITLE_PERIOD =
  /((?:19|20)\d\d)\s*年\s*(?:(上)半年|第?([一二三1-3])季度|前([二三2-3])季度|1\s*[-—–~至到]\s*(\d\d?)\s*月|(\d\d?)\s*月份)/;
const DIGIT: Record<string, number> = { 一: 1, 二: 2, 三: 3 };
const MEETING_AHEAD = /(?:推进|部署|动员|调度|誓师)(?:大)?会/;
// 沣塘县召开…推进会: news of a meeting reports what it heard (and what it asked for, in cues).
const MEETING_NEWS = /(?:召开|举行)[^,;。]{0,40}会(?:议)?$/;

/** True when the title names the work (or how it went) of a part of a year that ended before
 * publication, and no plan (2026年上半年…工作新闻发布会 published in July): the page reports that
 * part. */
function periodOver(title: string, published: string | undefined): boolean {
  const m = TITLE_PERIOD.exec(title);
  if (!m || !published) return false;
  // It must name that part's work or how it went (…上半年生态环境保护工作…, 1—8月外贸进出口情况
  // 分析), not a meeting that sets the next tasks (2026年一季度重点项目推进会).
  const after = title.slice(m.index + m[0].length);
  if (!/工作|情况/.test(after) || MEETING_AHEAD.test(after)) return false;
  const quarter = m[3] ?? m[4];
  const q = quarter ? (DIGIT[quarter] ?? Number(quarter)) : 0;
  const month = m[2] ? 6 : q ? q * 3 : Number(m[5] ?? m[6]);
  if (!(month >= 1 && month <= 12)) return false;
  // (The 31st of the part's last month, compared as text, is past every day of that month.)
  return `${m[1]}-${String(month).padStart(2, '0')}-31` < published;
}

// 岷州市2025年城市体检报告 published in 2026: a report on a year already over.
const YEAR_REPORT = /((?:19|20)\d\d)\s*年(?:度)?[^,;。]{0,30}报告$/;

/** True when the title is a report (…报告) on a year before the year of publication. */
function yearReport(title: string, publishedYear: string | undefined): boolean {
  const m = YEAR_REPORT.exec(title);
  return m !== null && publishedYear !== undefined && Number(m[1]) < Number(publishedYear);
}

/** Builds the parsing context for `text`. */
export function createDoc(text: string, context: ExtractContext, options: ExtractOptions): Doc {
  const norm = normalize(text);
  // Titles are short; a page that puts a novel in <title> must not slow the regexes below.
  const title = normalize(String(context.title ?? '').slice(0, 300));
  const titleYear = TITLE_YEAR.exec(title)?.[1];
  // 2023年工作总结和2024年工作计划: the plan's year is the title's last.
  const titleLastYear = [...title.matchAll(TITLE_YEARS)].at(-1)?.[1];
  const date = DATE.exec(normalize(String(context.published ?? '').slice(0, 40)));
  const published = date
    ? `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`
    : undefined;
  const titleMode =
    modeOf(title.replace(/\([^)]*\)\s*$/, '')) ??
    (periodOver(title, published) || MEETING_NEWS.test(title) || yearReport(title, date?.[1])
      ? 'report'
      : undefined);
  const index = indexText(norm);
  const cells = textCells(norm, index);
  const opensClause = (pos: number): boolean => {
    const clause = clauseAt(index, pos);
    const head = norm.slice(skipLead(norm, clause.start, pos), pos);
    return CLAUSE_HEAD.test(head);
  };
  const times = findTimePhrases(norm, opensClause, date ? Number(date[1]) : undefined);
  const cues = indexCues(norm, date ? Number(date[1]) : undefined);
  // 年内累计助餐不少于15万人次: a running total right after its bound is no look back.
  const boundEnds = new Set(times.filter((t) => t.explicit).map((t) => t.end));
  return {
    text,
    norm,
    context,
    options,
    sections: new SectionIndex(norm, text),
    index,
    times,
    cues: { ...cues, pastWeak: cues.pastWeak.filter((p) => !boundEnds.has(p)) },
    tables: findTables(norm, index),
    cells,
    lineTables: findLineTables(cells),
    ...(titleYear ? { titleYear: Number(titleYear) } : {}),
    ...(titleLastYear && titleLastYear !== titleYear
      ? { titlePlanYear: Number(titleLastYear) }
      : {}),
    ...(date && published ? { publishedYear: Number(date[1]), published } : {}),
    ...(titleMode ? { titleMode } : {}),
    ...(PRICE_RELEASE.test(title) ? { priceRelease: true as const } : {}),
  };
}

/** True when the year the heading at `pos` names ended before the page was published
 * (一、2023年工作回顾 in a report of January 2024). */
export function headingYearOver(doc: Doc, pos: number): boolean {
  const year = doc.sections.at(pos).year;
  return year !== undefined && doc.published !== undefined && `${year}-12-31` < doc.published;
}

// 2026年3月底前, 2026年第一季度, 2026年上半年: a dated phrase that fixes the year of those after it.
const DATED =
  /^(?:到|至|于)?\s{0,2}((?:19|20)\d\d)\s{0,2}年\s{0,2}(?:\d{1,2}\s{0,2}月|第?[一二三四1-4]季度|[上下]半年)/;

/**
 * The year that completes a partial date at `pos`: a dated phrase before it in its sentence
 * (预计2026年3月底前完成主体工程,6月底前完成…), else the nearest heading, then title, then published.
 */
export function baseYearAt(doc: Doc, pos: number): number | undefined {
  const sentence = sentenceAt(doc.index, pos);
  for (let i = firstAtOrAfter(doc.times, pos) - 1; i >= 0; i--) {
    const t = doc.times[i] as TimePhrase;
    if (t.start < sentence.start) break;
    if (!t.absolute || t.end > pos) continue;
    const dated = DATED.exec(doc.norm.slice(t.start, t.end));
    if (dated) return Number(dated[1]);
  }
  const heading = doc.sections.at(pos).year;
  if (heading !== undefined) return heading;
  // A title with a review year and a plan year (2023年工作总结和2024年工作计划): the plan's
  // sections take the later one.
  if (doc.titlePlanYear !== undefined && modeAt(doc, pos) === 'plan') return doc.titlePlanYear;
  return doc.titleYear ?? doc.publishedYear;
}

/** A season that runs over the year's end: from a month of one year to one of the next. */
interface Season {
  start: number;
  year: number;
  month: number;
  endMonth: number;
}
// 2026年11月21日—2027年3月31日, 2026年11月至2027年4月 (in a heading, a sentence or the title).
const SEASON =
  /((?:19|20)\d\d)\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月[^—至~\-–。\n]{0,6}?[—至~\-–]\s{0,2}((?:19|20)\d\d)\s{0,2}年\s{0,2}(\d{1,2})\s{0,2}月/g;
/** How far after its statement a season still dates bare months. */
const SEASON_REACH = 3000;
/** The title's season (it dates the whole page) and the text's, in text order. */
interface Seasons {
  title?: Season;
  text: Season[];
}
const SEASONS = new WeakMap<Doc, Seasons>();

function readSeasons(text: string): Season[] {
  const found: Season[] = [];
  for (const m of text.matchAll(SEASON)) {
    const year = Number(m[1]);
    if (Number(m[3]) !== year + 1) continue;
    found.push({ start: m.index, year, month: Number(m[2]), endMonth: Number(m[4]) });
  }
  return found;
}

function seasonsOf(doc: Doc): Seasons {
  let found = SEASONS.get(doc);
  if (!found) {
    const title = readSeasons(normalize(String(doc.context.title ?? '').slice(0, 300)))[0];
    found = { ...(title ? { title } : {}), text: readSeasons(doc.norm) };
    SEASONS.set(doc, found);
  }
  return found;
}

/** The season that dates `pos`: the last one stated within SEASON_REACH before it, else the
 * title's (a binary search: a page may state many). */
function seasonAt(doc: Doc, pos: number): Season | undefined {
  const { title, text } = seasonsOf(doc);
  const last = lastStartingBy(text, pos);
  return last && pos - last.start <= SEASON_REACH ? last : title;
}

/**
 * The last day a time phrase allows, its partial date completed by `baseYearAt`; in a season
 * that runs over the year's end (2026年11月21日—2027年3月31日), a bare month before the season's
 * first (1月底前) falls in the season's second year.
 */
export function dueOf(doc: Doc, t: TimePhrase): string | undefined {
  const year = baseYearAt(doc, t.start);
  if (t.month === undefined || year === undefined) return t.due(year);
  const season = seasonAt(doc, t.start);
  const next =
    season !== undefined &&
    season.year === year &&
    t.month < season.month &&
    t.month <= season.endMonth;
  return t.due(next ? year + 1 : year);
}

// A field label that opens a sentence or a line: 年度目标:…, 完成情况:…, 进展情况:….
const LABEL =
  /(?:\d{1,2}[.、)]|\([一二三四五六七八九十\d]{1,3}\))?\s{0,2}([\u4e00-\u9fff]{2,8})\s{0,2}:/y;

const LEAD_IN = /[^。;:!?\n]{0,30}?(?:以下|如下|几个方面|几项)[^。;:!?\n]{0,8}:/y;
const AHEAD = /将|下一步|下步|下半年|明年|今后|接下来|拟/;

/** The mode a field label gives the text after it (年度目标: → plan, 完成情况: → report). */
function labelModeAt(doc: Doc, pos: number): Mode | undefined {
  for (const from of [sentenceAt(doc.index, pos).start, lineStartAt(doc.index, pos)]) {
    LABEL.lastIndex = skipLead(doc.norm, from, pos);
    const m = LABEL.exec(doc.norm);
    if (m?.[1] && LABEL.lastIndex <= pos) {
      const mode = modeOf(m[1], true);
      if (mode) return mode;
    }
  }
  // 下半年,我们将重点抓好以下工作:一是…: a line that opens by announcing the work ahead.
  const line = lineStartAt(doc.index, pos);
  LEAD_IN.lastIndex = skipLead(doc.norm, line, pos);
  const lead = LEAD_IN.exec(doc.norm);
  if (lead && LEAD_IN.lastIndex <= pos && AHEAD.test(lead[0])) return 'plan';
  return undefined;
}

/**
 * The mode at `pos`: its table column's, else its field label's (完成情况:…), else the nearest
 * heading's with a mode, else the title's.
 */
export function modeAt(doc: Doc, pos: number): Mode | undefined {
  const column =
    columnModeAt(doc.tables, doc.index, lineStartAt(doc.index, pos), pos) ??
    lineCellModeAt(doc.lineTables, pos);
  const section = doc.sections.at(pos);
  return (
    column ??
    labelModeAt(doc, pos) ??
    section.mode ??
    reviewedYear(doc, section.year) ??
    doc.titleMode
  );
}

/** Under a heading of the review year of a title that names a review and a plan year (2025年
 * 经济运行情况和2026年工作打算 → 一、2025年经济运行基本情况): reported results. */
function reviewedYear(doc: Doc, year: number | undefined): Mode | undefined {
  return year !== undefined &&
    doc.titlePlanYear !== undefined &&
    year < doc.titlePlanYear &&
    `${year}-12-31` < (doc.published ?? '')
    ? 'report'
    : undefined;
}
