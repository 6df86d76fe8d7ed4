/**
 * Time phrases and the last day they allow: 6月底前, 年底前, 上半年, 一季度, 2023年前, 到2025年,
 * 2021—2025年, “十四五”期间 (→ 2025-12-31), 今年/明年/当年. Partial phrases take their year from
 * a base year the caller resolves (nearest heading, then title, then publication date).
 */
import { parseChineseNumber } from './numerals';

/** One time phrase found in a text. */
export interface TimePhrase {
  start: number;
  end: number;
  /** Resolves the last allowed day, given the base year for partial phrases. */
  due: (baseYear: number | undefined) => string | undefined;
  /** Strong enough to make a clause without a quantity a `deadline` (not 全年, not “十四五”时期). */
  explicit: boolean;
  /** Written with its own year (2023年前) rather than relative to the base year (6月底前). */
  absolute: boolean;
  /** A period of days (3月1日至4月30日): its day numbers are no amounts. */
  days?: true;
  /** The day of an event (11月8日,举办…): a bound in a plan only; a report tells what happened. */
  event?: true;
  /** The month a partial phrase names (6月底前 → 6): across a season that spans the year's end
   * (2026年11月21日—2027年3月31日), a month before the season's first falls in its second year. */
  month?: number;
}

/** Index of the first phrase starting at or after `pos`. */
export function firstAtOrAfter(times: readonly TimePhrase[], pos: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid]?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** Last day of `month` (1–12) of `year`, as `YYYY-MM-DD`. */
export function monthEnd(year: number, month: number): string {
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30];
  const last = [...days, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 31;
  return `${year}-${pad(month)}-${pad(last)}`;
}

const yearEnd = (y: number | undefined): string | undefined =>
  y === undefined ? undefined : `${y}-12-31`;

function num(s: string | undefined): number {
  if (s === undefined) return NaN;
  return /^\d+$/.test(s) ? Number(s) : parseChineseNumber(s);
}

export function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const end = monthEnd(year, month);
  return day > Number(end.slice(8)) ? undefined : `${year}-${pad(month)}-${pad(day)}`;
}

/** A month bound: 6月底前 → 06-30; 6月前 → before June, 05-31; 6月30日前 → 06-30. */
function monthDue(year: number, month: number, day: number, before: boolean): string | undefined {
  if (!Number.isFinite(day) && (month < 1 || month > 12)) return undefined;
  if (Number.isFinite(day)) return validDay(year, month, day);
  if (before) return month === 1 ? `${year - 1}-12-31` : monthEnd(year, month - 1);
  return monthEnd(year, month);
}

// Year (and month, day) written out: 2025年, 2023年前, 2022年6月底前, 2021—2025年. The regex
// starts at the year's digits (a leading optional word would make every position a candidate);
// a prefix (到, 于, 截至) is read back from the text before the match.
// A month range (2024年5月—8月, 2024年5—8月, 2024年11月—2025年3月) ends with its last month.
const ABSOLUTE =
  /(?<!\d)((?:19|20)\d\d)\s{0,2}(?:[-—–~至到]\s{0,2}((?:19|20)\d\d)\s{0,2})?年(?:\s{0,2}(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月?\s{0,2}(?:[-—–~至到]\s{0,2}(?:((?:19|20)\d\d)\s{0,2}年\s{0,2})?(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2})?月(?:\s{0,2}(\d{1,2})\s{0,2}日)?|(上半年|下半年|第?[一二三四1-4]季度))?(?:年?(底|末))?(前(?![一二三四两1-4]{1,2}个?(?:季度|月))|之前|以前|内)?/g;
const PREFIX = /(到|至|于|截至|截止)\s{0,2}$/;
// A year compared against or started from is a baseline, not a bound: 比2020年下降3.5%,
// 较2020年翻两番, 由2023年底的72.6%提高到….
const BASELINE_PREFIX = /(?:比|较|相比|相较|对比|与|同|由|从|以)\s{0,2}$/;
const BASE_AFTER_PHRASE = /^[^,;。]{0,20}?基础上/;
// A bare year right before the verb of an aim bounds it (常住人口城镇化率2025年达到65%).
const FOLLOWED_BY_AIM =
  /^(?:达|实现|建成|完成|基本|全面|力争|确保|突破|超过|提高|提升|降|控制|保持|新增|增加|减少|下降|安排|投入|新建|建设|启动|不低|不少|不超|不高)/;
// Not a time bound: a baseline, a label or a characterisation (2019年基础上, 2020年度, 2021年以来,
// 2024年是实施“十四五”规划的关键之年).
const NOT_BOUND_AFTER = /^(?:度|基础|水平|的|相比|同期|以来|起|开始|来|数|是|为(?!\s{0,2}\d))/;
const DESCRIBES = /^[\u4e00-\u9fff]{1,4}的(?![\d一二两三四五六七八九十])/;
const YEAR_LIST = /^(?:\s{0,2}[、和及]\s{0,2}(?:19|20)\d\d\s{0,2}年)+/;
const TO_AMOUNT = /^的\s{0,2}[\d一二两三四五六七八九十百千万]/;
// Month without a year, found by its 月 and read backwards; a bound only with 底/末/前
// (12月25日 alone is a date, not a deadline).
// 主汛期(6月15日)前: a bracketed day that dates the event before 前 bounds like 6月15日前.
const MONTH =
  /月(?:\s{0,2}(\d{1,2})\s{0,2}日)?(底|末|份|上旬|中旬|下旬)?(?:\)\s{0,2}(?=前(?!期)))?(前|之前|以前)?/g;
const MONTH_NUMBER = /(?<![\d年])(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}$/;
// 上旬 ends on the 10th, 中旬 on the 20th (下旬, 底 and 末 at the month's end).
const TEN_DAYS: Record<string, number> = { 上旬: 10, 中旬: 20 };
// A month written after 今年/明年 (今年6月30日前, 明年3月底前) takes that year, not the base year
// (次年4月30日前 in a heating season's plan: the year after the base year, as 明年).
const WORD_MONTH_NUMBER =
  /(?:今年|本年|当年|明年|次年|翌年)\s{0,2}(\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}$/;
const MONTH_AFTER = /^\s{0,2}(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月/;
const RELATIVE =
  /(今年|明年|当年|本年|年度内|年内|年底|年末|全年|上半年|下半年|第?[一二三四1-4]季度|年度(?=目标|任务|计划))(底|末)?(前|之前|以前|内)?/g;
// 明年上半年, 今年三季度: a part of the year the word names.
const YEAR_WORD_PART = /^(今年|明年|本年|当年)$/;
const PART_AFTER = /^(上半年|下半年|第?[一二三四1-4]季度|年底|年末)(底|末)?(前|之前|以前|内)?/;
const PERIOD = /十([一二三四五六七八九])五[”"]?\s{0,2}(?:规划)?\s{0,2}(期间|时期|末|期末|内)/g;

/** Finds the time phrases of `norm` in text order. `clauseStartAt` tells whether a bare year opens its clause. */
/** True when the phrase closes a bound (6月底前, 年内, 三年内), not a period or a point in time. */
export function endsInBound(norm: string, t: { start: number; end: number }): boolean {
  const last = norm[t.end - 1];
  return last === '前' || last === '内';
}

export function findTimePhrases(
  norm: string,
  opensClause: (pos: number) => boolean,
  publishedYear?: number,
): TimePhrase[] {
  const out: TimePhrase[] = [];
  absolutePhrases(norm, opensClause, out);
  monthPhrases(norm, out);
  relativePhrases(norm, out, publishedYear);
  periodPhrases(norm, out);
  eventPhrases(norm, out);
  solarTermPhrases(norm, out);
  spanPhrases(norm, out, publishedYear);
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

function absolutePhrases(norm: string, opensClause: (pos: number) => boolean, out: TimePhrase[]) {
  ABSOLUTE.lastIndex = 0;
  for (let m = ABSOLUTE.exec(norm); m; m = ABSOLUTE.exec(norm)) {
    const [
      all,
      firstYear,
      written,
      firstMonth,
      rangeYear,
      rangeMonth,
      dayText,
      part,
      endMark,
      before,
    ] = m;
    const monthText = rangeMonth ?? firstMonth;
    const prefix = PREFIX.exec(norm.slice(Math.max(0, m.index - 4), m.index));
    const start = m.index - (prefix?.[0].length ?? 0);
    // 2024年、2025年每年…: a list of years runs to its last one.
    const listed =
      monthText || part || endMark || before
        ? null
        : YEAR_LIST.exec(norm.slice(m.index + all.length, m.index + all.length + 40));
    const lastYear = listed ? /((?:19|20)\d\d)年$/.exec(listed[0])?.[1] : written;
    const end = m.index + all.length + (listed?.[0].length ?? 0);
    if (listed) ABSOLUTE.lastIndex = end;
    if (prefix?.[1] === '截至' || prefix?.[1] === '截止') continue; // a reporting date
    if (!prefix && BASELINE_PREFIX.test(norm.slice(Math.max(0, m.index - 3), m.index))) continue;
    // 在2025年末38.7万人的基础上: the year dates the base a target starts from.
    if (
      /在\s{0,2}$/.test(norm.slice(Math.max(0, start - 3), start)) &&
      BASE_AFTER_PHRASE.test(norm.slice(end, end + 24))
    ) {
      continue;
    }
    if (norm[start - 1] === '(' && norm[end] === ')') continue; // a name's period: 方案(2023—2025年)
    if (!monthText && !part && EVENT_AFTER.test(norm.slice(end, end + 5))) continue; // eventPhrases
    const hasMonth = monthText !== undefined;
    const bounded =
      prefix ||
      endMark ||
      before ||
      hasMonth ||
      lastYear ||
      opensClause(start) ||
      FOLLOWED_BY_AIM.test(norm.slice(end, end + 2));
    // 从2020年的75%提高到2025年的90%: the year after 到 bounds the amount that follows its 的.
    const toAmount = /^[到至]$/.test(prefix?.[1] ?? '') && TO_AMOUNT.test(norm.slice(end, end + 3));
    // 到2025年全市耕地保有量…: after 到 a region word starts the bounded clause.
    const region = prefix !== null && /^全[国省市县区州]/.test(norm.slice(end, end + 2));
    const notBound =
      !before && !endMark && !toAmount && !region && NOT_BOUND_AFTER.test(norm.slice(end, end + 2));
    // 2000年底前建成的小区: the phrase dates what a noun names; it bounds nothing.
    const describes = DESCRIBES.test(norm.slice(end, end + 6));
    if (!bounded || notBound || describes) {
      continue;
    }
    const year = Number(rangeYear ?? lastYear ?? firstYear);
    const month = num(monthText);
    const day = num(dayText);
    const due = hasMonth
      ? monthDue(year, month, day, before !== undefined && !endMark)
      : part
        ? partDue(part, year)
        : yearEnd(year);
    if (!due) continue;
    // A full date without 前 (2021年10月9日,市政府召开…) dates an event; it bounds no task, unless
    // it ends a period that starts on another day (2026年11月1日至2027年1月31日,开展…).
    const rangeEnd = prefix?.[1] === '至' && norm[start - 1] === '日';
    const explicit = dayText === undefined || before !== undefined || rangeEnd;
    out.push({ start, end, due: () => due, explicit, absolute: true });
  }
}

function monthPhrases(norm: string, out: TimePhrase[]) {
  MONTH.lastIndex = 0;
  for (let m = MONTH.exec(norm); m; m = MONTH.exec(norm)) {
    const [all, dayText, endMark, before] = m;
    const plain = MONTH_NUMBER.exec(norm.slice(Math.max(0, m.index - 5), m.index));
    if (!endMark && !before) {
      if (plain && !dayText) scheduledMonth(norm, plain, m.index + 1, out);
      else if (plain && dayText) {
        dayRangeEnd(
          norm,
          plain,
          m.index - plain[0].length,
          m.index + all.length,
          num(dayText),
          out,
        );
      }
      continue;
    }
    const worded = plain
      ? null
      : WORD_MONTH_NUMBER.exec(norm.slice(Math.max(0, m.index - 9), m.index));
    const lead = plain ?? worded;
    if (!lead) continue;
    // 截至9月底: a reporting date, not a bound.
    if (
      /(?:截至|截止)\s{0,2}$/.test(
        norm.slice(Math.max(0, m.index - lead[0].length - 4), m.index - lead[0].length),
      )
    ) {
      continue;
    }
    const month = num(lead[1]);
    const tenDays = endMark ? TEN_DAYS[endMark] : undefined;
    const day = tenDays ?? num(dayText);
    if (!(month >= 1 && month <= 12)) continue;
    const strictBefore = before !== undefined && !endMark && dayText === undefined;
    const start = m.index - lead[0].length;
    // 6月份全州开展… counts within June; 确保5月份排查出的隐患… only names which hazards.
    if (endMark === '份' && !before && /^[^,;。]{0,6}的/.test(norm.slice(m.index + all.length))) {
      continue;
    }
    const offset = /^(?:明年|次年|翌年)/.test(worded?.[0] ?? '') ? 1 : 0;
    out.push({
      start,
      end: m.index + all.length,
      due: (y) => (y === undefined ? undefined : monthDue(y + offset, month, day, strictBefore)),
      ...(offset === 0 && !worded ? { month } : {}),
      // 6月份 bounds what is counted in it, but a task with 6月份 alone is no deadline, unless a
      // commitment opens on it (争取9月份投入使用).
      // A schedule that opens its line or item on the month (3月份,听取和审议…) bounds it too.
      explicit:
        endMark !== '份' ||
        before !== undefined ||
        /(?:争取|力争|确保|计划|预计|务必)\s{0,2}$/.test(
          norm.slice(Math.max(0, start - 4), start),
        ) ||
        (SCHEDULE_LEAD.test(norm.slice(Math.max(0, start - 6), start)) &&
          /^\s{0,2},/.test(norm.slice(m.index + all.length))) ||
        scheduled(norm, start, m.index + all.length),
      absolute: false,
    });
  }
}

/** What may stand before a month that opens its clause: a clause end and a list marker (unlike
 * SCHEDULE_LEAD below, which asks for a line start). */
const CLAUSE_LEAD =
  /(?:^|[,;。:\n])\s{0,2}(?:[一二三四五六七八九十\d]{1,2}[.、．]|\((?:\d{1,2}|[一二三四五六七八九十]{1,3})\))?\s{0,2}$/;
/** The first month of a range before the last (4—6月: 4—). */
const RANGE_START = /(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s{0,2}月?\s{0,2}[-—–~至]\s{0,2}$/;
/** An action a month opens its clause on (11月举办…, 3月集中开展…, 12月委托第三方开展…), after a
 * colon where the month heads a stage of a schedule ((二)4—6月:集中开展…培训). */
const SCHEDULED_ACTION =
  /^\s{0,2}[:,]?\s{0,2}(?:集中|统一|全面|组织|启动|开展|举办|举行|召开|委托|部署|完成|实施|开始|检查|排查|巡查|督查|抽查|走访|培训)/;

/** A month phrase at `[start, end)` opens its clause on an action. */
function scheduled(norm: string, start: number, end: number): boolean {
  if (
    CLAUSE_LEAD.test(norm.slice(Math.max(0, start - 8), start)) &&
    SCHEDULED_ACTION.test(norm.slice(end, end + 4))
  ) {
    return true;
  }
  // 新院区二期工程(住院综合楼)3月开工建设: a month right after its project, then the project's
  // milestone (not 于3月开工, which tells when rather than sets it).
  return (
    /[\u4e00-\u9fff)]$/.test(norm.slice(Math.max(0, start - 1), start)) &&
    !/(?:于|在|将|至|到|和|或|、)$/.test(norm.slice(Math.max(0, start - 1), start)) &&
    MILESTONE.test(norm.slice(end, end + 4))
  );
}
const MILESTONE = /^\s{0,2}(?:开工|完工|竣工|建成|投用|投入使用|开业|通车|启用|上线)/;

/**
 * A bare month (or range of months) that opens a clause on an action (11月举办全民健身运动会,
 * (二)4—6月:集中开展…培训): the action is scheduled within it, by the end of its last month.
 * Inside a sentence (于11月举办, 3月、5月先后开展) it is no bound.
 */
function scheduledMonth(norm: string, lead: RegExpExecArray, end: number, out: TimePhrase[]): void {
  const month = num(lead[1]);
  const last = end - 1 - lead[0].length;
  const range = RANGE_START.exec(norm.slice(Math.max(0, last - 8), last));
  const start = last - (range?.[0].length ?? 0);
  if (!(month >= 1 && month <= 12)) return;
  if (!scheduled(norm, start, end)) return;
  out.push({
    start,
    end,
    due: (y) => (y === undefined ? undefined : monthEnd(y, month)),
    explicit: true,
    absolute: false,
    month,
  });
}

// 3月1日至4月30日, 1月24日—3月4日: a period of days that ends on the last one.
// (An hour may follow the first day: 5月1日12时至9月16日12时.)
const DAY_RANGE_START =
  /(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日\s{0,2}(?:\d{1,2}\s{0,2}[时点](?:\s{0,2}\d{1,2}\s{0,2}分)?\s{0,2})?(?:至|到|—|–|-|~)\s{0,2}$/;

/** The period of days whose last day is `[first, end)` (its month read as `lead`), as one phrase. */
function dayRangeEnd(
  norm: string,
  lead: RegExpExecArray,
  first: number,
  end: number,
  day: number,
  out: TimePhrase[],
): void {
  const range = DAY_RANGE_START.exec(norm.slice(Math.max(0, first - 24), first));
  const month = num(lead[1]);
  if (!(month >= 1 && month <= 12)) return;
  if (!range) {
    // 11月8日,举办2026鹭岭马拉松: a day that opens its clause on an action schedules it.
    if (scheduled(norm, first, end)) {
      out.push({
        start: first,
        end,
        due: (y) => (y === undefined ? undefined : validDay(y, month, day)),
        explicit: true,
        absolute: false,
        event: true,
        month,
      });
    }
    return;
  }
  const start = first - range[0].length;
  // 国庆假期(10月1日—10月7日)参照…组织实施: in brackets after a name, the days say what the
  // name means; they bound nothing.
  const named =
    norm[start - 1] === '(' && norm[end] === ')' && !/^\)\s{0,2}前/.test(norm.slice(end, end + 4));
  out.push({
    start,
    end,
    due: (y) => (y === undefined ? undefined : validDay(y, month, day)),
    explicit: !named,
    absolute: false,
    days: true,
    month,
  });
}

/** What may stand before a month that opens a schedule item: a line start and a list marker. */
const SCHEDULE_LEAD = /(?:^|\n)\s{0,2}(?:\d{1,2}[.、．]|\(\d{1,2}\)|[①-⑳])?\s{0,2}$/;

const RELATIVE_DUE: Record<string, (y: number) => string> = {
  今年: (y) => `${y}-12-31`,
  当年: (y) => `${y}-12-31`,
  本年: (y) => `${y}-12-31`,
  年度内: (y) => `${y}-12-31`,
  年内: (y) => `${y}-12-31`,
  年底: (y) => `${y}-12-31`,
  年末: (y) => `${y}-12-31`,
  全年: (y) => `${y}-12-31`,
  明年: (y) => `${y + 1}-12-31`,
  年度: (y) => `${y}-12-31`,
  上半年: (y) => `${y}-06-30`,
  下半年: (y) => `${y}-12-31`,
};

/** 上半年 / 下半年 / 三季度 of year `y`: the last day of that part. */
function partDue(word: string, y: number): string | undefined {
  const half = RELATIVE_DUE[word];
  return half ? half(y) : quarterDue(word, y);
}

function quarterDue(word: string, y: number): string | undefined {
  const q = num(word.replace(/^第/, '').replace(/季度$/, ''));
  return q >= 1 && q <= 4 ? monthEnd(y, q * 3) : undefined;
}

// 三年内新增A级景区6家, 三年累计发放…: a span of years counted from the year the page was published
// (a 2024—2026 plan's 三年内 ends with 2026), else from the base year.
// (毕业5年内, 注册3年内: how long ago someone graduated qualifies them; it bounds nothing.)
const YEARS_SPAN =
  /(?<![\d年一二三四五六七八九十]|(?:毕业|离校|注册|成立|设立|入职|从业|工作|引进|认定)\s{0,2})([一二三四五两]|[1-5])年(?:内|累计)/g;

function spanPhrases(norm: string, out: TimePhrase[], publishedYear: number | undefined) {
  YEARS_SPAN.lastIndex = 0;
  for (let m = YEARS_SPAN.exec(norm); m; m = YEARS_SPAN.exec(norm)) {
    const n = num(m[1]!.replace('两', '二'));
    if (!(n >= 1 && n <= 5)) continue;
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      due: (y) => {
        const from = publishedYear ?? y;
        return from === undefined ? undefined : `${from + n - 1}-12-31`;
      },
      explicit: true,
      absolute: false,
    });
  }
}

function relativePhrases(norm: string, out: TimePhrase[], publishedYear?: number) {
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(norm); m; m = RELATIVE.exec(norm)) {
    const [all, word = ''] = m;
    const end = m.index + all.length;
    // 今年以来, 全年共, 前三季度: the period is looked back on, not a bound.
    // 下半年是…关键时期: a characterisation of the period, not a bound.
    // 确保前三季度完成80%以上: the first quarters as the span an amount is due in.
    const span = norm[m.index - 1] === '前' && /季度$/.test(word);
    const bound = span && /^\s{0,2}(?:完成|达到|实现)/.test(norm.slice(end, end + 4));
    // 占当年税收收入, 2030年,当年新增…: "that year's", a qualifier of an amount or of a year
    // already named in the sentence, not a bound of its own (当年完成 is one).
    // 完成全年抽检任务的55%: the year's task is what the share is of; it bounds nothing.
    if (
      word === '全年' &&
      /^[\u4e00-\u9fff]{0,6}(?:任务|目标|计划)(?:数)?的/.test(norm.slice(end, end + 12))
    ) {
      continue;
    }
    if (word === '当年' && !m[2] && !m[3]) {
      const before = norm.slice(Math.max(0, m.index - 40), m.index);
      const sentence = before.slice(
        Math.max(before.lastIndexOf('。'), before.lastIndexOf('\n')) + 1,
      );
      if (/[占与比的]\s{0,2}$/.test(before) || /(?:19|20)\d\d\s{0,2}年/.test(sentence)) continue;
    }
    // 三季度末累计完成…: with its end mark the period bounds the running total; so does 年内
    // (年内累计上线…不少于25个), which names a bound by itself.
    const looksBack =
      m[2] || m[3] || /半年$|季度$|^年内$/.test(word) ? /^(?:以来|是)/ : /^(?:以来|共|累计|是)/;
    if (looksBack.test(norm.slice(end, end + 2)) || (norm[m.index - 1] === '前' && !bound))
      continue;
    // 今年6月30日前: the month phrase carries the year word (monthPhrases).
    if (word.length === 2 && word.endsWith('年') && MONTH_AFTER.test(norm.slice(end, end + 8)))
      continue;
    if (/[\d一二三四五六七八九十]$/.test(norm.slice(m.index - 1, m.index)) && word.length === 2) {
      continue; // 2020年底 is read by the absolute pattern
    }
    // 2024年三季度, 2024年上半年: read by the absolute pattern too.
    if (/(?:19|20)\d\d\s{0,2}年\s{0,2}$/.test(norm.slice(Math.max(0, m.index - 8), m.index)))
      continue;
    const part =
      YEAR_WORD_PART.test(word) && !m[2] && !m[3] ? PART_AFTER.exec(norm.slice(end)) : null;
    if (part) {
      const offset = word === '明年' ? 1 : 0;
      const whole = part[1] ?? '';
      out.push({
        start: m.index,
        end: end + part[0].length,
        due: (y) => (y === undefined ? undefined : partDue(whole, y + offset)),
        explicit: true,
        absolute: false,
      });
      RELATIVE.lastIndex = end + part[0].length;
      continue;
    }
    const resolve = RELATIVE_DUE[word];
    // 今年 and 本年 name the year of writing, whatever year a heading names (六、审议《…方案
    // (2026—2028年)》).
    const own = (word === '今年' || word === '本年') && publishedYear !== undefined;
    out.push({
      start: m.index,
      end,
      due: (base) => {
        const y = own ? publishedYear : base;
        return y === undefined ? undefined : resolve ? resolve(y) : quarterDue(word, y);
      },
      explicit: word !== '全年' && word !== '年度',
      absolute: false,
    });
  }
}

function periodPhrases(norm: string, out: TimePhrase[]) {
  PERIOD.lastIndex = 0;
  for (let m = PERIOD.exec(norm); m; m = PERIOD.exec(norm)) {
    const n = num(m[1]);
    const lastYear = 2005 + 5 * n;
    const start = /[“"]/.test(norm[m.index - 1] ?? '') ? m.index - 1 : m.index;
    out.push({
      start,
      end: m.index + m[0].length,
      due: () => `${lastYear}-12-31`,
      explicit: m[2] !== '时期',
      absolute: true,
    });
  }
}

// The Spring Festival (lunar new year) by year, 2015–2035: 春节前 ends the day before it.
const SPRING_FESTIVAL: Record<number, string> = {
  2015: '02-19',
  2016: '02-08',
  2017: '01-28',
  2018: '02-16',
  2019: '02-05',
  2020: '01-25',
  2021: '02-12',
  2022: '02-01',
  2023: '01-22',
  2024: '02-10',
  2025: '01-29',
  2026: '02-17',
  2027: '02-06',
  2028: '01-26',
  2029: '02-13',
  2030: '02-03',
  2031: '01-23',
  2032: '02-11',
  2033: '01-31',
  2034: '02-19',
  2035: '02-08',
};

function dayBefore(year: number, monthDay: string): string {
  const d = new Date(Date.UTC(year, Number(monthDay.slice(0, 2)) - 1, Number(monthDay.slice(3))));
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

// Tasks bounded by a fixed point of the year rather than a date: 春节前, 汛期前 (the flood season
// opens on 1 June in most of the country, unless the page says otherwise), 国庆前, 年中.
const EVENT = /(春节|元旦|国庆节?|五一|主汛期|汛期|汛)(?:前|之前|以前)|年中(?![央小])/g;
const EVENT_DUE: Record<string, (y: number) => string | undefined> = {
  春节: (y) => {
    const day = SPRING_FESTIVAL[y];
    return day ? dayBefore(y, day) : undefined;
  },
  元旦: (y) => `${y}-12-31`,
  国庆: (y) => `${y}-09-30`,
  国庆节: (y) => `${y}-09-30`,
  五一: (y) => `${y}-04-30`,
};

const EVENT_YEAR = /(?:(到|至|于)\s{0,2})?((?:19|20)\d\d)\s{0,2}年\s{0,2}$/;
const EVENT_AFTER = /^\s{0,2}(?:春节|元旦|国庆|五一|主汛期|汛期?前|年中)/;

// A page that states when its flood season opens (我市每年4月15日入汛) bounds 汛期前 by that day.
const FLOOD_START =
  /(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日(?:起)?(?:全面|正式)?(?:入汛|进入汛期)/;

function eventPhrases(norm: string, out: TimePhrase[]) {
  const flood = FLOOD_START.exec(norm);
  const floodDay = flood
    ? `${flood[1]?.padStart(2, '0')}-${flood[2]?.padStart(2, '0')}`
    : undefined;
  const floodDue = (y: number): string =>
    floodDay && /^(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/.test(floodDay)
      ? dayBefore(y, floodDay)
      : `${y}-05-31`;
  EVENT.lastIndex = 0;
  for (let m = EVENT.exec(norm); m; m = EVENT.exec(norm)) {
    const event = m[1];
    const resolve = !event
      ? (y: number) => `${y}-06-30`
      : /汛/.test(event)
        ? floodDue
        : EVENT_DUE[event];
    if (!resolve) continue;
    // 2025年春节前: the year written before the event is its year (absolutePhrases leaves it).
    const year = EVENT_YEAR.exec(norm.slice(Math.max(0, m.index - 8), m.index));
    const fixed = year ? Number(year[2]) : undefined;
    const due = fixed === undefined ? undefined : resolve(fixed);
    out.push({
      start: m.index - (year?.[0].length ?? 0),
      end: m.index + m[0].length,
      due: (y) => (fixed !== undefined ? due : y === undefined ? undefined : resolve(y)),
      explicit: true,
      absolute: fixed !== undefined,
    });
  }
}

// The solar terms (节气) that farm work is scheduled by, with the constant C of the usual formula
// for their day in the 21st century: day = ⌊(Y mod 100)·0.2422 + C⌋ − ⌊L/4⌋, where L is Y mod 100
// (less one for the January and February terms). 小雪 and 大雪 are left out: they are weather too.
const SOLAR_TERMS: Record<string, [month: number, c: number]> = {
  小寒: [1, 5.4055],
  大寒: [1, 20.12],
  立春: [2, 3.87],
  雨水: [2, 18.73],
  惊蛰: [3, 5.63],
  春分: [3, 20.646],
  清明: [4, 4.81],
  谷雨: [4, 20.1],
  立夏: [5, 5.52],
  小满: [5, 21.04],
  芒种: [6, 5.678],
  夏至: [6, 21.37],
  小暑: [7, 7.108],
  大暑: [7, 22.83],
  立秋: [8, 7.5],
  处暑: [8, 23.13],
  白露: [9, 7.646],
  秋分: [9, 23.042],
  寒露: [10, 8.318],
  霜降: [10, 23.438],
  立冬: [11, 7.438],
  冬至: [12, 21.94],
};

/** The day of a solar term in year `y` (2000–2099), as YYYY-MM-DD. */
export function solarTermDay(term: string, y: number): string | undefined {
  const entry = SOLAR_TERMS[term];
  if (!entry || y < 2000 || y > 2099) return undefined;
  const [month, c] = entry;
  const yy = y % 100;
  const leaps = Math.floor((month <= 2 ? yy - 1 : yy) / 4);
  return `${y}-${pad(month)}-${pad(Math.floor(yy * 0.2422 + c) - leaps)}`;
}

// 清明前完成早稻播种, 谷雨(4月20日)前完成栽插, 芒种之前: the term's day, or the date the page
// gives for it in brackets. (清明节前 is the same day.)
export const SOLAR_TERM_BOUND = String.raw`(${Object.keys(SOLAR_TERMS).join('|')})节?(?:[(（](\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日[)）])?(?:前|之前|以前)`;
const SOLAR_TERM = new RegExp(SOLAR_TERM_BOUND, 'g');

function solarTermPhrases(norm: string, out: TimePhrase[]) {
  SOLAR_TERM.lastIndex = 0;
  for (let m = SOLAR_TERM.exec(norm); m; m = SOLAR_TERM.exec(norm)) {
    const [all, term = '', month, day] = m;
    const year = EVENT_YEAR.exec(norm.slice(Math.max(0, m.index - 8), m.index));
    const fixed = year ? Number(year[2]) : undefined;
    const resolve = (y: number): string | undefined =>
      month && day ? validDay(y, Number(month), Number(day)) : solarTermDay(term, y);
    out.push({
      start: m.index - (year?.[0].length ?? 0),
      end: m.index + all.length,
      due: (y) => {
        const base = fixed ?? y;
        return base === undefined ? undefined : resolve(base);
      },
      explicit: true,
      absolute: fixed !== undefined,
    });
  }
}
