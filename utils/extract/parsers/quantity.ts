/**
 * The quantity parser: a number with its unit and the comparator written around it
 * (达到100%, 不少于20项, 控制在0.25以内, 6-10人, 30余万批次, 万分之三, 10/百万人口, 翻一番 is an
 * end state). Numbers that are names, dates, ordinals, baselines or background are dropped here,
 * each by a rule of the register (see `lexicon.ts`).
 */
import type { Candidate, Parser } from '../candidate';
import {
  annotationStart,
  clauseAt,
  insideQuote,
  isClauseEnd,
  lineStartAt,
  sentenceAt,
  skipLead,
  type Span,
} from '../clauses';
import type { Doc } from '../doc';
import { headingYearOver } from '../doc';
import {
  BACKGROUND_OPENER,
  BASELINE_BEFORE,
  CN_BAD_UNIT,
  CN_COUNT_VERB_BEFORE,
  NOT_AMOUNT_AFTER,
  NOT_AMOUNT_BEFORE,
  PAGE_LABEL_BEFORE,
  PREFIX_COMPARATORS,
  QUALIFIER_AFTER,
  QUANTITY_VERB,
  STATUS_AFTER,
  STOCK_BEFORE,
  SUFFIX_COMPARATOR,
  UNIT,
  UNIT_ALIAS,
  VAGUE_BEFORE,
  WEAK_UNIT,
} from '../lexicon';
import type { NumberToken } from '../numerals';
import { readNumberAt, roundFloat, roundFraction } from '../numerals';
import type { Comparator } from '../types';
import { firstAtOrAfter } from '../dates';

const START =
  /\d|[〇一二两三四五六七八九十]|[百千万]分之|[百千万](?=[余多])|(?<=近|逾|不少于|不低于|超过|突破)[千万](?=[人家户个项件名次])/g;
const RUN = /[\d.]+|[零〇一二两三四五六七八九十百千万亿]+|./y;
const PER = /([十百千万]*)分之/y;
const RATE = /\/\s{0,2}(\d+(?:\.\d+)?)?([十百千万亿]+)(?:人口|人|户|人次)?/y;
// A plain fraction (2/3以上); not a date (2022/3/5) nor a rate with a multiplier (8/10万).
const SLASH = /\/\s{0,2}(\d{1,3})(?![\d./年月日十百千万亿])/y;
const RANGE = /\s{0,2}[-~—–至]\s{0,2}/y;
const SPACES = / {0,2}/y; // never a tab: a table’s next cell (2\t人才公寓建设) is no unit
const TEN_LIST = /大(?=典型|案例|案件)/y;
const HALF = /一半/y;
const TENTHS_AFTER = /(?:$|[,;。、)\n]|以上|以下|左右|多)/y;
// What may follow a Chinese numeral that is an amount: a unit's first character, 分(之), a
// range mark, 大(典型) or a space.
const CN_FOLLOW =
  /[个家项件户人名次场期部类张所辆台套座条处宗起例批份篇本册种只头株棵支间栋幢床岗组队门趟轮元倍米亩吨克斤天日周年月岁度位平立公千兆微毫美课学小分标欧艘架列款成%‰至\-~—–大 ]/;
const DENOMINATOR: Record<string, number> = { 百: 100, 千: 1000, 万: 1e4, 十万: 1e5, 百万: 1e6 };
const YEAR_LIKE = /^(?:19|20)\d\d$/;
// (…由每人每月143元提高到每人每月163元: the end may repeat the rate's 每.)
const FROM_TO_AFTER =
  /^[^,;。]{0,16}?(?:到|至)\s{0,2}(?:每[\u4e00-\u9fff]{1,4})?[\d一二两三四五六七八九十]/;
const FROM_BEFORE = /[从由][^,;。]{0,12}$/;
const MORE_SHRINK = /压缩|减少|降低|缩短|下降|减/;
const OBJECT_AFTER = /^的(?:企业|单位|项目|机构|人员|家庭|个人|地区|学校|医院|车辆|乡镇|社区)/;
// 对年度任务完成率低于90%的区进行约谈: a threshold that picks whom a measure is taken against.
const THRESHOLD_OBJECT =
  /^\s{0,2}对[^,;。]{0,20}(?:率|比例|得分|分数)(?:低于|高于|不足|超过|未达到?)$/;
// 较2022年的36.16亿元: the figure compared against is a baseline.
const COMPARED_BASE =
  /(?:较|比)\s{0,2}(?:(?:19|20)\d\d\s{0,2}年(?:度|底|末)?|上一?年(?:度|底|末)?|去年|上年同期|同期)的\s{0,2}$/;
const SET_NAME = /^(?:制度|机制|规定|原则|要求|措施|行动|工程|任务)/;
const TARGET_NAMED_AFTER = /^\s{0,2}(?:左右)?的?(?:预期|年度|既定|下达)?目标/;
const BASE_AFTER = /^[^,;。\d]{0,6}?的?基础上/;
// …, unless the clause says they were all done (十件民生实事全面完成: a count of results).
const PROGRAMME_AFTER =
  /^[\u4e00-\u9fff]{0,2}实事(?![^,;。]{0,6}?(?:全部|全面|均|已|按期)[^,;。]{0,3}(?:完成|办结))/;
const COUNT_CLASSIFIER = /^(?:家|个|所|座|名|位|支|条|项)$/;
const FORECAST = /预计|预测|有望|可望|(?<!最高)可达到?\s{0,2}$/;
const FORECAST_SOURCE = /^\s{0,2}据[^,;。]{0,16}(?:预测|预报|预计|研判)\s{0,2},\s{0,2}$/;
const OBJECT_END =
  /(?:项目|问题|单位|企业|人员|线索|公租房|住房|资金|人才|学生|本科生|研究生|毕业生|老年人|家庭|机构|主体|农户)$/;
const EVERY = /每(?:年|季度?|月|半年|半月|周|两周|旬|学期)[^,;。]{0,12}$/;
// 对路面宽度不足4.5米、交通量较大的重要村道实施拓宽改造, 对运行超过20年的老旧管网进行更新: a
// figure inside the object of 对, before the 的 that closes its modifier and the act that follows,
// picks what is acted on. (…给予不低于70%的定额资助 and …每户不超过1.5万元的标准 state the act's
// size; 对全省30%以上的县级税务局开展督察 takes a share of them, an aim.)
const DUI_OBJECT =
  /^\s{0,2}对(?![^,;。]*(?:给予|予以|按照|按每|按|实施|实行|开展|进行))[^,;。]{0,30}$/;
const ACT =
  '(?:实施|实行|开展|进行|给予|予以|纳入|列入|落实|依法|及时|暂停|全部|一律|优先|因地制宜|督促|约谈|通报|探索|推进)';
// (对日处理能力50吨以上设施探索…: 以上 closes the modifier without its 的.)
const ACTED_ON = new RegExp(
  `^(?:[^,;。的]{0,12}的|(?:及)?以[上下](?!的))(?!标准|定额|比例|水平|目标|额度|补助|补贴|奖励|资助|资金|费用)[^,;。的]{1,20}?${ACT}`,
);
/** Units that count what 对 acts on (对400户以上重点家庭): a count of them, not a threshold. */
const DUI_COUNT = /^(?:家|个|所|座|名|位|支|条|项|户|人|处|村|间|套|辆|台)$/;
const OBJECT_TO_END = /^[^,;。的]{0,12}的[^,;。的]{1,20}$/;
const MEASURED_PICK = /(?:率|比例|比重|超过|超|低于|高于|不足|不高于|不低于|未满|满)[^,;。]{0,4}$/;

/** `counts`: a share or a count (对全县58处…供水工程, 对3家…的单位), which picks nothing unless a
 * measure names it (对…处置率低于90%的企业). */
function pickedByDui(before: string, bound: string, after: string, counts: boolean): boolean {
  // (对完成年度任务不足60%的县(市、区)、园区,由…约谈: the object may run to the clause's end.)
  const tail = bound + after;
  if (!DUI_OBJECT.test(before) || !(ACTED_ON.test(tail) || OBJECT_TO_END.test(tail))) return false;
  const bounded = /以[上下]$/.test(bound);
  return MEASURED_PICK.test(before) || (!counts && bounded);
}
// 65岁以上老年人, 3岁以下婴幼儿 (a group) — not 人均预期寿命达到80.5岁以上。 (an amount).
const AGE_GROUP =
  /\s{0,2}(?:(?:及以上|以上|及以下|以下)[\u4e00-\u9fff]|(?!及|以[上下])[\u4e00-\u9fff])/y;

/** A number with what is written right around it, before the context rules. */
interface Reading {
  start: number;
  end: number;
  value: number;
  valueMax?: number;
  unit?: string;
  chinese: boolean;
  more: boolean;
  suffix?: Comparator;
  /** A share (%, 万分之三, 10/百万人口): relative to a base, so never itself background. */
  share?: boolean;
}

function sticky(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

/** 万分之三 / 百分之五十 / 三分之一 / 10/百万人口: the value and unit of a written fraction. */
function readFraction(norm: string, pos: number, tok: NumberToken | null): Reading | null {
  if (tok === null) {
    const per = sticky(PER, norm, pos);
    const denom = DENOMINATOR[per?.[1] ?? ''];
    if (!per || denom === undefined) return null;
    const n = readNumberAt(norm, pos + per[0].length);
    if (!n) return null;
    const percent = denom === 100;
    return {
      start: pos,
      end: n.end,
      value: percent ? n.value : roundFraction(n.value / denom),
      unit: percent ? '%' : '',
      chinese: n.chinese,
      more: n.more,
      share: true,
    };
  }
  if (norm.startsWith('分之', tok.end)) {
    const n = readNumberAt(norm, tok.end + 2);
    if (!n || tok.value === 0) return null;
    return {
      ...base(tok),
      end: n.end,
      value: roundFraction(n.value / tok.value),
      unit: '',
      share: true,
    };
  }
  const rate = sticky(RATE, norm, tok.end);
  if (rate) {
    let denom = Number(rate[1] ?? 1);
    for (const ch of rate[2] ?? '') denom *= DENOMINATOR[ch] ?? 10;
    const value = roundFraction(tok.value / denom);
    return { ...base(tok), end: tok.end + rate[0].length, value, unit: '', share: true };
  }
  const slash = tok.chinese || norm[tok.start - 1] === '/' ? null : sticky(SLASH, norm, tok.end);
  const denom = Number(slash?.[1] ?? 0);
  if (slash && denom > tok.value) {
    const value = roundFraction(tok.value / denom);
    return { ...base(tok), end: tok.end + slash[0].length, value, unit: '', share: true };
  }
  return null;
}

function base(tok: NumberToken): Reading {
  return { start: tok.start, end: tok.end, value: tok.value, chinese: tok.chinese, more: tok.more };
}

/** Reads the unit (and a second number of a range) after a number. */
function readTail(norm: string, r: Reading): Reading {
  let pos = r.end;
  const range = sticky(RANGE, norm, pos);
  if (range) {
    const second = readNumberAt(norm, pos + range[0].length);
    if (second && second.value > r.value && second.chinese === r.chinese) {
      r = { ...r, valueMax: second.value, end: second.end };
      pos = second.end;
    }
  }
  if (sticky(TEN_LIST, norm, pos)) return { ...r, unit: '', end: pos + 1 };
  // 增长近三成, 下降两成以上: tenths, read as a percentage (三成 → 30 %).
  if (norm[pos] === '成' && r.value <= 10 && sticky(TENTHS_AFTER, norm, pos + 1)) {
    const tenths = { value: r.value * 10, share: true, unit: '%', end: pos + 1 };
    return { ...r, ...tenths, ...(r.valueMax !== undefined ? { valueMax: r.valueMax * 10 } : {}) };
  }
  pos += sticky(SPACES, norm, pos)?.[0].length ?? 0;
  const unit = sticky(UNIT, norm, pos);
  if (unit) {
    pos += unit[0].length;
    // A range written with the unit on both ends: 10%-15%.
    const again = r.valueMax === undefined ? sticky(RANGE, norm, pos) : null;
    const second = again ? readNumberAt(norm, pos + again[0].length) : null;
    if (again && second && second.value > r.value && norm.startsWith(unit[0], second.end)) {
      r = { ...r, valueMax: second.value };
      pos = second.end + unit[0].length;
    }
    r = { ...r, unit: UNIT_ALIAS[unit[0]] ?? unit[0], end: pos };
    // ‰ stays a unit of its own, as written (0.9‰ → 0.9 ‰), the way most annotators read it.
    if (r.unit === '‰') r = { ...r, share: true };
  }
  return r;
}

/** Reads the number at `pos` with its unit, or null when nothing numeric starts there. */
function readQuantity(norm: string, pos: number): Reading | null {
  if (sticky(HALF, norm, pos)) {
    return { start: pos, end: pos + 2, value: 0.5, unit: '', chinese: true, more: false };
  }
  const tok = readNumberAt(norm, pos);
  // Chinese numerals are everywhere in prose (进一步, 统一, 一批); most are followed by no unit.
  // A one-character look at what follows skips them before any regular expression runs.
  if (tok?.chinese && !CN_FOLLOW.test(norm[tok.end] ?? '')) return null;
  const fraction = readFraction(norm, pos, tok);
  if (fraction) return fraction;
  if (!tok || !Number.isFinite(tok.value)) return null;
  return readTail(norm, base(tok));
}

// 减排量分别不少于1860吨、96吨和610吨: the comparator after 分别 holds for every figure listed.
const LISTED_AFTER =
  /分别\s{0,2}([^\d,;。、]{1,6}?)\s{0,2}(?:\d[\d.]*\s{0,2}[^\d,;。、和及与]{0,6}\s{0,2}[、和及与]\s{0,2})+$/;

/** The comparator of a list opened by 分别 that the figure at `pos` continues, if any. */
function listedComparator(norm: string, from: number, pos: number): Comparator | undefined {
  const m = LISTED_AFTER.exec(norm.slice(Math.max(from, pos - 80), pos));
  return m ? prefixComparator(m[1] ?? '')?.comparator : undefined;
}

function prefixComparator(window: string): { comparator: Comparator; length: number } | null {
  for (const [re, comparator] of PREFIX_COMPARATORS) {
    const m = re.exec(window);
    if (m) return { comparator, length: m[0].length };
  }
  return null;
}

const NAMED_LINE_END = /^[\u4e00-\u9fff]{2,12}[ \t]*(?:\n|$)/;

/** 围绕…召开新闻发布会4场: a purpose opener whose clause goes on to its own action (the amount
 * is that action's, not the premise's). */
const PURPOSE_THEN_ACTION =
  /^\s{0,2}(?:要|并|将|同时|[一二三四五六七八九十]是)?\s{0,2}(?:围绕|结合|针对)[^,;。]*?(?:召开|举办|开展|组织|完成|建成|新建|新增|实施|培训|发布|出台|推出|查处|办理)/;

/** The opening of a sentence that profiles a place: 某街道位于…, 我县地处… (not 指标位于全省前列). */
const FORECAST_OPENING = /^\s{0,2}据[^,;。]{0,20}预测\s{0,2},/;
const PLACE_PROFILE =
  /^\s{0,2}[^,;。\d]{0,16}(?:[省市县区镇乡村州旗盟岛]|街道|社区|园区)(?:地处|位于|坐落于|坐落在|辖(?!区))/;

const DOC_PARTS =
  /^\s{0,2}(?:《[^》\n]{1,30}》|本(?:规划|方案|纲要|计划|意见))(?:共|主要|还|分别)?(?:围绕|设置|设定|设立|包括|包含|涵盖|分为|列出|提出(?=[^。]{0,40}?\d+\s{0,2}[项个条类大]\s{0,2}(?:主要|重点|核心|具体|策略)?(?:目标|指标|任务|措施|举措|工程|项目)))/;
const FINE = /(?:处以?|并处|可处)[^,;。]{0,30}罚款/;
const INDICATOR_LEVEL_AFTER = /^\s{0,2}(?:个|项)?\s{0,2}(?:[一二三四]级|定量|定性)指标/;
const INDICATOR_LEVEL_BEFORE = /(?:[一二三四]级|定量|定性)指标(?:共|有)?\s{0,2}$/;
const SCOPE_COUNT = /纳入(?:本次)?(?:监测|评估|考核|统计)(?:范围)?的[^,;。]{0,12}共\s{0,2}$/;

const COMPARED_BEFORE = /(?:与|同|较|和)[^,;。()]{0,12}\([^()]*$/;
const COMPARED_AFTER = /^[^()]*\)\s{0,2}(?:相比|比较|对比)/;
const SHARE_OF_AFTER = /^\s{0,2}的\s{0,2}\d+(?:\.\d+)?\s{0,2}[%％]/;
const PROHIBITED_WHERE = /(?:禁止|严禁|不得|不准)[^,;。]{0,6}在\s{0,2}$/;

/** True when a time phrase (6月底前) ends right at `pos`. */
function boundEndsAt(doc: Doc, pos: number): boolean {
  const i = firstAtOrAfter(doc.times, pos - 12);
  for (let k = i; k < doc.times.length && (doc.times[k]?.start ?? pos) < pos; k++) {
    if (doc.times[k]?.end === pos) return true;
  }
  return false;
}

/** Context rules: false when the reading is a name, date, ordinal, baseline or background. */
function isAmount(
  doc: Doc,
  r: Reading,
  clauseStart: number,
  hasCue: boolean,
  hasPrefixCue = hasCue,
): boolean {
  const { norm } = doc;
  const before = norm.slice(Math.max(clauseStart, r.start - 4), r.start);
  // 前 that ends a time bound (6月底前14个…) is no 前N (前三位).
  if (NOT_AMOUNT_BEFORE.test(before) && !(before.endsWith('前') && boundEndsAt(doc, r.start))) {
    return false;
  }
  if (PAGE_LABEL_BEFORE.test(norm.slice(Math.max(0, r.start - 10), r.start))) return false;
  // 与2023年(14起、10人、401万元)相比: the figures compared against are baselines.
  if (
    COMPARED_BEFORE.test(norm.slice(Math.max(0, r.start - 40), r.start)) &&
    COMPARED_AFTER.test(norm.slice(r.end, r.end + 40))
  ) {
    return false;
  }
  // 为年度计划80亿元的108%: the amount a share is taken of is no amount of its own.
  if (SHARE_OF_AFTER.test(norm.slice(r.end, r.end + 12))) return false;
  // 禁止在25度以上陡坡地开垦: where something is prohibited is a condition, not an amount.
  if (PROHIBITED_WHERE.test(norm.slice(Math.max(clauseStart, r.start - 12), r.start))) return false;
  if (r.chinese && VAGUE_BEFORE.test(before)) return false; // 数十家, 上百人, 几千
  // (A time limit in quotes is a pledge, not a name: “复杂问题2个工作日内答复”, “2小时内响应”.)
  if (
    insideQuote(doc.index, r.start) &&
    !QUOTED_TIME_LIMIT.test(norm.slice(r.start + digitsLength(norm, r), r.end + 8))
  ) {
    return false;
  }
  if (sticky(NOT_AMOUNT_AFTER, norm, r.start + digitsLength(norm, r))) return false;
  const unit = r.unit;
  if (unit === '年' && (YEAR_LIKE.test(String(r.value)) || YEAR_LIKE.test(String(r.valueMax)))) {
    return false; // 2025年, 2021—2025年
  }
  if (unit !== undefined && WEAK_UNIT.test(unit)) {
    const near = norm.slice(Math.max(clauseStart, r.start - 4), r.start);
    if (/[近前]\s{0,2}$/.test(near)) return false; // 近3年, 前5天: a stretch of time, not an amount
    // 优良天数281天, 平均住院日7.6天, 审批时间5天: days the metric names are an amount without
    // a verb.
    // So are points a score names (平均得分84.4分).
    const named =
      (unit === '天' && /(?:天数|住院日|时间|时长|周期|用时|时限)\s{0,2}$/.test(near)) ||
      (unit === '分' && /(?:得分|分数|评分|总分|平均分)\s{0,2}$/.test(near));
    // 全月共出现轻度污染4天, 累计出现重污染天气1天: days counted in a report.
    // 组织开展节令食品专项抽检4轮: rounds of an activity counted.
    const counted =
      (unit === '天' &&
        /(?:共|累计)(?:出现|发生)[^,;。]{0,10}$/.test(
          norm.slice(Math.max(clauseStart, r.start - 16), r.start),
        )) ||
      (unit === '轮' &&
        /(?:开展|组织|举办|实施)[^,;。]{0,30}$/.test(
          norm.slice(Math.max(clauseStart, r.start - 40), r.start),
        ));
    if (!hasCue && !named && !counted && !QUANTITY_VERB.test(near)) return false;
    if (unit === '岁' && !isClauseEnd(norm[r.end]) && !sticky(SUFFIX_COMPARATOR, norm, r.end)) {
      return false;
    }
  }
  // 三类人员, 三类以上客车, 一天: a Chinese count of these names a class or a stretch, unless a
  // comparator before it governs it (压缩至十天) or it counts ten or more of a class (二十类证照).
  if (
    r.chinese &&
    unit !== undefined &&
    CN_BAD_UNIT.test(unit) &&
    !hasPrefixCue &&
    !(r.value >= 10 && !/^[年月日天周]$/.test(unit))
  ) {
    return false;
  }
  // (三)2024年十件民生实事 / …十件民生实事责任分解表: a count that ends a line of its own names
  // a programme (a heading or a caption), it is no amount.
  if (
    r.chinese &&
    (unit === '件' || unit === '项' || unit === '大') &&
    NAMED_LINE_END.test(norm.slice(r.end, r.end + 16))
  ) {
    return false;
  }
  // 三项社会保险基金收入126.8亿元: a count in words that opens a name measured by a figure after it
  // in the clause is part of the name.
  if (
    r.chinese &&
    !hasPrefixCue &&
    /^[\u4e00-\u9fff]{2,16}\d/.test(norm.slice(r.end, r.end + 18))
  ) {
    return false;
  }
  // 十件民生实事: a count in words before 实事 names the programme.
  if (
    r.chinese &&
    /^(?:件|项|大)$/.test(unit ?? '') &&
    PROGRAMME_AFTER.test(norm.slice(r.end, r.end + 16))
  ) {
    return false;
  }
  // 落实执法公示、全过程记录、法制审核三项制度: a count that names the set just listed.
  if (
    r.chinese &&
    SET_NAME.test(norm.slice(r.end, r.end + 2)) &&
    /、/.test(norm.slice(clauseStart, r.start))
  ) {
    return false;
  }
  // 24小时值守制度, 24小时服务: round the clock names a kind of duty, not an amount.
  if (
    r.value === 24 &&
    unit === '小时' &&
    /^[\u4e00-\u9fff](?<![内以之前后])/.test(norm.slice(r.end, r.end + 1))
  ) {
    return false;
  }
  // 110千伏云岭变电站, 35千伏及以上线路: a voltage grades the facility it names.
  if ((unit === '千伏' || unit === 'kV') && /^[\u4e00-\u9fff]/.test(norm[r.end] ?? ''))
    return false;
  // 使用年限超过8年或存在安全隐患的室外健身器材, 运行超过20年的老旧管网: the age of what is acted
  // on picks it.
  if (
    unit === '年' &&
    /(?:年限|使用|运行|服役|建成|投用|建设)[^,;。\d]{0,4}(?:超过|满|达到?)?\s{0,2}$/.test(
      norm.slice(Math.max(clauseStart, r.start - 12), r.start),
    ) &&
    /^\s{0,2}(?:及以上|以上)?[^,;。\d]{0,16}的/.test(norm.slice(r.end, r.end + 24))
  ) {
    return false;
  }
  // 60周岁以上独居老人, 35岁以上人群: an age bound that picks a group.
  if ((unit === '岁' || unit === '周岁') && sticky(AGE_GROUP, norm, r.end)) return false;
  // 引进时年龄一般不超过55周岁: an age limit says who qualifies.
  if (
    (unit === '岁' || unit === '周岁') &&
    /年龄/.test(norm.slice(Math.max(clauseStart, r.start - 16), r.start))
  ) {
    return false;
  }
  // 每引进1名给予50万元奖励: the one after 每 is what an amount is paid per.
  if (
    r.value === 1 &&
    /每[\u4e00-\u9fff]{1,4}$/.test(norm.slice(Math.max(clauseStart, r.start - 5), r.start)) &&
    /^[名人个家项件户]\s{0,2}(?:给予|奖励|补助|补贴|资助|奖补)/.test(
      norm.slice(r.start + 1, r.start + 6),
    )
  ) {
    return false;
  }
  // 一批, 一个中心, 两个维护, 二次开发: Chinese counts of 一/二 need a comparator; counts of 个
  // need one too unless the task governs them (建设两个…城市, 示范县两个).
  if (r.chinese && !hasCue) {
    // A schedule counts its one: 每季度开展一次集中排查.
    const scheduled =
      r.value === 1 && unit === '次' && EVERY.test(norm.slice(clauseStart, r.start));
    if ((r.value === 1 && !scheduled) || isBareTwo(norm, r)) return false;
    if (unit === '个' && !isCountOfTask(norm, r, clauseStart)) return false;
  }
  const clauseBefore = norm.slice(Math.max(clauseStart, r.start - 60), r.start);
  // 缴存比例下限为5%: a policy's bound, never a goal or a result.
  if (/[上下]限(?:为|是)\s{0,2}$/.test(clauseBefore)) return false;
  const share = r.share === true || unit === '%' || unit === '‰';
  // (A statistical bulletin's counts, 全市共有幼儿园512所, are what it reports.)
  const bulletin = /公报/.test(doc.context.title ?? '');
  if (!share && BASELINE_BEFORE.test(clauseBefore)) {
    if (!(bulletin && /共有[^,;。]{0,30}$/.test(clauseBefore))) return false;
  }
  const lead = norm.slice(clauseStart, r.start).slice(-200);
  if (BACKGROUND_OPENER.test(lead) && !PURPOSE_THEN_ACTION.test(lead)) return false;
  // 琼南市地处海南岛南部,全市土地总面积…,耕地面积64.2万亩,年平均气温25.4℃: a sentence that
  // says where a place lies describes it; none of its figures is a goal or a result.
  const sentence = sentenceAt(doc.index, r.start);
  if (PLACE_PROFILE.test(norm.slice(sentence.start, Math.min(r.start, sentence.start + 40)))) {
    return false;
  }
  // 据公安户籍和学籍数据预测,2026年…适龄儿童约17400人,比上年增加约600人;…毕业生约15020人: a
  // sentence that opens on a forecast sizes what the plan serves; its figures are estimates.
  if (FORECAST_OPENING.test(norm.slice(sentence.start, Math.min(r.start, sentence.start + 30)))) {
    return false;
  }
  // 《规划》共设置主要指标16项, 围绕8个领域提出76项主要目标: a sentence that tells what the
  // document itself holds counts its parts; 纳入监测的指标共62项 counts what a review covers.
  const sentenceHead = norm.slice(sentence.start, Math.min(r.start, sentence.start + 120));
  // 并处3万元以上10万元以下罚款, 可以处五百元以上二千元以下的罚款: the range of a penalty.
  if (FINE.test(norm.slice(clauseStart, Math.min(norm.length, r.end + 24)))) return false;
  // 设置…4个一级指标、14个二级指标, 其中定量指标46个: the make-up of an indicator system.
  if (
    INDICATOR_LEVEL_AFTER.test(norm.slice(r.end, r.end + 8)) ||
    INDICATOR_LEVEL_BEFORE.test(clauseBefore)
  ) {
    return false;
  }
  if (DOC_PARTS.test(sentenceHead) || SCOPE_COUNT.test(clauseBefore)) {
    return false;
  }
  // 未完成年初确定的6.5%的预期目标, 超额完成市下达的15%目标任务: the figure names the target
  // measured against; the clause says whether it was met. (全年力争实现…增长6.5%的预期目标 still
  // commits to it.)
  if (
    /(?:完成|实现|达到|达成)[^,;。]{0,16}$/.test(clauseBefore) &&
    !/力争|确保|争取/.test(clauseBefore) &&
    TARGET_NAMED_AFTER.test(norm.slice(r.end, r.end + 8))
  ) {
    return false;
  }
  if (COMPARED_BASE.test(clauseBefore)) return false;
  if (/^\s{0,2}的/.test(norm.slice(r.end, r.end + 3)) && THRESHOLD_OBJECT.test(clauseBefore)) {
    return false;
  }
  // 在50年一遇降雨条件下不发生大面积内涝: the figure sets the condition, not the aim.
  if (
    /在[^,;。]{0,10}$/.test(clauseBefore) &&
    /^[^,;。]{0,8}(?:条件|情况)下/.test(norm.slice(r.end, r.end + 14))
  ) {
    return false;
  }
  // 在上学年93.6%的基础上进一步提高: the figure a change starts from is a baseline.
  if (/在[^,;。]{0,20}$/.test(clauseBefore) && BASE_AFTER.test(norm.slice(r.end, r.end + 12))) {
    return false;
  }
  // 共有生产经营单位4.1万家,其中危险化学品企业64家 (占…): a part of a stock, or its share, is
  // background too (a bulletin's parts of the counts it reports, 共有幼儿园8426所,其中普惠性幼儿园
  // 7518所, 在校生4.86万人,其中本科生2.93万人, are reported too; not those of a population or a
  // resource).
  if (/^\s{0,2}(?:其中|占)/.test(norm.slice(clauseStart, r.start))) {
    const stock = STOCK_BEFORE.exec(
      norm.slice(Math.max(sentence.start, clauseStart - 80), clauseStart),
    );
    if (stock && !(bulletin && /^(?:共有|在校|在园)/.test(stock[0]))) return false;
  }
  if (FROM_BEFORE.test(clauseBefore) && FROM_TO_AFTER.test(norm.slice(r.end, r.end + 20))) {
    return false;
  }
  return true;
}

/** The opening of a bracket that names an earlier period (2024年…, 上年为…, 一季度…). */
const EARLIER_PERIOD =
  /^(?:(?:19|20)\d\d年(?!底前|前)|上年|去年|上年同期|同期|[一二三四]季度|上半年|前三季度|\d{1,2}\s{0,2}[—-]\s{0,2}\d{1,2}月)/;

/** 建设两个国家级示范城市 / 示范县两个 / 重点项目四至五个: a count of 个 that the task governs. */
function isCountOfTask(norm: string, r: Reading, clauseStart: number): boolean {
  if (/[一二两三四五六七八九十]/.test(norm[r.end] ?? '')) return false; // 三个一批, 四个一
  if (CN_COUNT_VERB_BEFORE.test(norm.slice(Math.max(clauseStart, r.start - 4), r.start))) {
    return true;
  }
  // 示范区三个、省级示范区五个: a list of counted items ends each count at its 、.
  const closes =
    isClauseEnd(norm[r.end]) ||
    norm[r.end] === '、' ||
    sticky(SUFFIX_COMPARATOR, norm, r.end) !== null;
  return closes && r.start > clauseStart && /[\u4e00-\u9fff]/.test(norm[r.start - 1] ?? '');
}

/** 二 alone before a measure word is a compound (二次, 二级), never a count (that is 两). */
function isBareTwo(norm: string, r: Reading): boolean {
  return (
    norm[r.start] === '二' && !/[〇一二两三四五六七八九十百千万亿]/.test(norm[r.start + 1] ?? '')
  );
}

/** Length of the number itself, so that 年度/周年 right after it can be recognised. */
function digitsLength(norm: string, r: Reading): number {
  let i = r.start;
  while (i < r.end && /[\d.〇一二两三四五六七八九十百千万亿余多]/.test(norm[i] ?? '')) i++;
  return i - r.start;
}

/** A bare number (no unit) counts only with a comparator or at the end of a quantity clause. */
function bareAllowed(doc: Doc, r: Reading, clause: Span, hasCue: boolean): boolean {
  if (hasCue) return true;
  if (r.chinese && r.value !== 0.5) return false;
  // At the end of its clause, or right before a note on who answers for it (…0.58(责任单位:…).
  if (!isClauseEnd(doc.norm[r.end]) && annotationStart(doc.norm, r.end, clause.end) !== r.end) {
    return false;
  }
  if (YEAR_LIKE.test(String(r.value))) return false;
  const before = doc.norm.slice(Math.max(clause.start, r.start - 40), r.start);
  return r.value === 0.5 ? MORE_SHRINK.test(before) : QUANTITY_VERB.test(before);
}

const METRIC_UNIT = /(人次|人数|户数|家数|个数|件数|次数)[^,;。\d]{0,6}$/;
const METRIC_UNIT_WORD: Record<string, string> = {
  人次: '人次',
  人数: '人',
  户数: '户',
  家数: '家',
  个数: '个',
  件数: '件',
  次数: '次',
};

function metricUnit(norm: string, clauseStart: number, pos: number): string {
  const m = METRIC_UNIT.exec(norm.slice(Math.max(clauseStart, pos - 24), pos));
  return m ? (METRIC_UNIT_WORD[m[1] ?? ''] ?? '') : '';
}

/** Words of an assessment's scoring (分值, 计分, 加分, 扣2分). */
const SCORING =
  /分值|计分|加分|扣分|满分|[千百]分制|[加扣减]\s{0,2}[\d.一二两三四五六七八九十]+\s{0,2}分/;
/** A deduction or bonus (每缺1次扣2分, 少于2次的扣3分, 低于90%的不得分): every figure of its clause
 * belongs to the rule. */
const VERDICT =
  /(?:的|者)\s{0,2}(?:即)?(?:为|评为|认定为|判定为)\s{0,2}[“"]?(?:通过|合格|达标|不合格|未通过|基本合格|优秀|良好)/;
const DEDUCTION = /[加扣减]\s{0,2}[\d.一二两三四五六七八九十]+\s{0,2}分|不得分/;
const BASE_FRAME = /为(?:基数|基准|基期|基础)/;
/** The bound on a work's weight in an assessment, right before its figure (分值占比不低于). */
const ASSESSMENT_WEIGHT =
  /分值(?:权重|占比|比重)?\s{0,2}(?:不低于|不少于|不得低于|达到|提高到|提高至|≥)\s{0,2}$/;
const CAPTION = /^\s*(?:附)?表\s*[\d一二三四五六七八九十]{1,3}(?:[-—.]\d{1,2})?[\s:、.]/;

const GRADE_AFTER =
  /^\s{0,2}(?:及以上|以上|及以下|以下|\(含\))?\s{0,2}(?:的)?为\s{0,2}[“"]?(?:优秀|良好|合格|不合格|基本合格|较好|一般|较差|差|[A-D]级?)/;
const QUOTED_TIME_LIMIT = /^\s{0,2}(?:个工作日|个小时|小时|分钟|天|日)内\s{0,2}[\u4e00-\u9fff]/;

/** True when a time phrase that holds a period of days (3月1日至4月30日) covers `[start, end)`. */
function insideDayRange(doc: Doc, start: number, end: number): boolean {
  const i = firstAtOrAfter(doc.times, start - 16);
  for (let k = i; k < doc.times.length && (doc.times[k]?.start ?? end) <= start; k++) {
    const t = doc.times[k]!;
    if (t.days && t.end >= end) return true;
  }
  return false;
}

function toCandidate(doc: Doc, r: Reading): Candidate | null {
  const { norm } = doc;
  if (insideDayRange(doc, r.start, r.end)) return null;
  const clause = clauseAt(doc.index, r.start);
  let end = r.end;
  // 每低于目标值1个百分点扣该项分值的5%, 累计最高不超过30分: a scoring rule, not a goal. The
  // weight a plan gives its work in an assessment (考核分值不低于5分) is a goal.
  const ruleText = norm.slice(clause.start, clause.end);
  if (
    (((r.unit === '分' || r.unit === '%' || r.unit === '个百分点') && SCORING.test(ruleText)) ||
      DEDUCTION.test(ruleText)) &&
    !ASSESSMENT_WEIGHT.test(norm.slice(Math.max(clause.start, r.start - 20), r.start))
  ) {
    return null;
  }
  // 打造15分钟便民生活圈: the minutes name the circle.
  if (r.unit === '分钟' && /^[\u4e00-\u9fff]{0,6}圈/.test(norm.slice(r.end, r.end + 8)))
    return null;
  // 完成率达到95%以上、合格率不低于90%…三项同时满足的为“通过”: the criteria of a verdict.
  const verdictSentence = sentenceAt(doc.index, r.start);
  if (VERDICT.test(norm.slice(r.end, Math.min(verdictSentence.end, r.end + 80)))) return null;
  // 90分及以上为优秀, 75分至89分为良好: the grades of an assessment; 一式两份: copies of a paper.
  if (
    GRADE_AFTER.test(norm.slice(r.end, r.end + 12)) ||
    /一式\s{0,2}$/.test(norm.slice(r.start - 3, r.start))
  ) {
    return null;
  }
  // 以2023年接待游客682.4万人次、旅游总收入68.7亿元为基数: the figures a plan starts from.
  // So is one in brackets after a target (净增2.4万人(以2023年底参保人数118.6万人为基数)).
  // (Looked for in the 40 characters before the figure only: a scan back to the page's start
  // from every figure would make a page without brackets quadratic.)
  const window = Math.max(clause.start, r.start - 40);
  const open = norm.slice(window, r.start).lastIndexOf('(');
  const from = open >= 0 ? window + open + 1 : clause.start;
  if (
    /^\s{0,2}以/.test(norm.slice(from, r.start)) &&
    BASE_FRAME.test(norm.slice(r.end, clause.end))
  ) {
    return null;
  }
  // 同比增长7.8%(2024年受理7899件), 巩固率97.4%(上年为97.1%): a bracket right after a figure
  // that gives an earlier period's figure is what it is compared with.
  if (
    open >= 0 &&
    EARLIER_PERIOD.test(norm.slice(window + open + 1, r.start)) &&
    /[\d%‰\u4e00-\u9fff]$/.test(norm.slice(Math.max(0, window + open - 1), window + open)) &&
    /\d/.test(norm.slice(Math.max(0, window + open - 4), window + open))
  ) {
    return null;
  }
  // 表1 …项目清单(户数150户以上): a table's caption says what the table holds.
  const line = lineStartAt(doc.index, r.start);
  if (r.start - line <= 80 && CAPTION.test(norm.slice(line, r.start))) return null;
  // 3人以上的事故 restricts a class; 80%以上的乡镇卫生院 is a share of it, and a target.
  const share = r.share === true || r.unit === '%' || r.unit === '‰';
  // 支持30家以上企业: a classifier of the noun that follows counts it (an amount), unlike
  // 10亿元以上项目 or 3人以上的事故, which pick a class.
  const counts =
    COUNT_CLASSIFIER.test(r.unit ?? '') && /^(?:及)?以上(?!的)/.test(norm.slice(end, end + 3));
  if (r.unit !== undefined && !share && !counts && sticky(QUALIFIER_AFTER, norm, end)) return null;
  const suffix = sticky(SUFFIX_COMPARATOR, norm, end);
  let comparator: Comparator | undefined;
  if (suffix) {
    end += suffix[0].length;
    comparator = suffix[1] ? '>=' : suffix[2] ? '<=' : '~';
  }
  const prefix = prefixComparator(norm.slice(Math.max(clause.start, r.start - 24), r.start));
  comparator ??=
    prefix?.comparator ?? listedComparator(norm, clause.start, r.start) ?? (r.more ? '>' : '=');
  const hasCue = Boolean(suffix || prefix);
  if (r.unit === undefined && !bareAllowed(doc, r, clause, hasCue)) return null;
  // A figure alone in brackets is a reference value: 超过全国(16.1%)的平均水平.
  // A count closing a task in brackets is the task's size: 水毁工程修复(56处).
  if (norm[r.start - 1] === '(' && norm[end] === ')') {
    const sized = COUNT_CLASSIFIER.test(r.unit ?? '') || r.unit === '处' || r.unit === '公里';
    if (!sized || !/^\)\s*(?:$|[\t\n,;。])/.test(norm.slice(end, end + 3))) return null;
    // …承诺事项清单(412项): a list's caption counts its entries.
    if (/(?:清单|目录|名单|表|一览|汇总)$/.test(norm.slice(r.start - 5, r.start - 1))) return null;
  }
  if (!isAmount(doc, r, clause.start, hasCue, Boolean(prefix))) return null;
  if (STATUS_AFTER.test(norm.slice(end, Math.min(clause.end + 1, end + 30)))) return null;
  // 正在整改11个: what is still under way is neither a result nor a goal.
  if (
    /^(?:正在|仍在|尚在)[\u4e00-\u9fff]{1,6}$/.test(
      norm.slice(skipLead(norm, clause.start, r.start), r.start),
    )
  ) {
    return null;
  }
  // 对…处置率低于90%的企业: the amount picks the object of 对, it is no aim.
  if (
    OBJECT_AFTER.test(norm.slice(end, end + 4)) &&
    /^\s{0,2}对/.test(norm.slice(clause.start, r.start))
  ) {
    return null;
  }
  // 对5个预算执行率低于50%的项目,…: a count inside the object of 对 names what is acted on.
  const clauseText = norm.slice(clause.start, clause.end).trim();
  if (/^对/.test(clauseText) && OBJECT_END.test(clauseText)) return null;
  const counted = DUI_COUNT.test(r.unit ?? '');
  const bound = suffix?.[0] ?? '';
  const rest = norm.slice(end, clause.end);
  if (pickedByDui(norm.slice(clause.start, r.start), bound, rest, share || counted)) {
    return null;
  }
  // 预计全年可达到53.6%左右: a forecast is neither a commitment nor a result. (Under a heading
  // whose year was over at publication, 预计全年…完成286.5亿元 estimates that year's result.)
  const forecast = FORECAST.exec(norm.slice(clause.start, r.start));
  if (forecast && !(forecast[0] === '预计' && headingYearOver(doc, r.start))) return null;
  // 据县气象局预测,今年汛期降水量较常年偏多1-2成: a sentence that opens on its forecast source.
  const sentenceStart = sentenceAt(doc.index, r.start).start;
  if (FORECAST_SOURCE.test(norm.slice(sentenceStart, clause.start))) return null;
  // 募集资金70%以上投向本市的,按…给予奖励: a clause that ends in 的 before its comma states a
  // condition, not an amount; so does 当…时 (当景区游客量达到最大承载量的70%时,…).
  if (norm[clause.end] === ',' && /的\s{0,2}$/.test(norm.slice(end, clause.end))) return null;
  if (
    /^\s{0,2}当/.test(norm.slice(clause.start, r.start)) &&
    /时\s{0,2}$/.test(norm.slice(end, clause.end))
  ) {
    return null;
  }
  // 在全省11个设区市中排名第5位: the field a ranking is taken in (a ranking is no item).
  if (
    /^[^,;。]{0,8}中\s{0,2}(?:排名|排位|排在|排第|位列|位居|居(?:第|前|后|首|末))/.test(
      norm.slice(end, end + 16),
    )
  )
    return null;
  // 列入考核的19项重点工作中,已完成…: the count names the whole a part is taken from.
  if (/^[^,;。]{0,12}中有?$/.test(norm.slice(end, clause.end))) return null;
  // 今年继续办好十件民生实事: — a count that announces the list after it is no amount (a sum of
  // money before its parts is one: 给予总额最高600万元奖励:辅导备案后奖励100万元,…).
  // (A colon inside an open bracket, …1个(责任人:…), labels the bracket's note.)
  if (
    norm[clause.end] === ':' &&
    !/\([^)]*$/.test(norm.slice(end, clause.end)) &&
    !r.unit?.endsWith('元') &&
    !isClauseEnd(norm[end]) &&
    norm.slice(end, annotationStart(norm, end, clause.end)).trim()
  ) {
    return null;
  }
  // 年服务人次达到800万以上: the unit is named before the verb, in the metric.
  const named =
    !r.share && (r.unit === undefined || r.unit === '')
      ? metricUnit(norm, clause.start, r.start)
      : '';
  return {
    source: 'quantity',
    anchorStart: r.start,
    anchorEnd: end,
    cueStart: r.start - (prefix?.length ?? 0),
    clause,
    start: clause.start,
    end: clause.end,
    value: roundFloat(r.value),
    ...(r.valueMax !== undefined ? { valueMax: roundFloat(r.valueMax) } : {}),
    unit: named || (r.unit ?? ''),
    comparator,
  };
}

/** Finds every quantity of the text that is an amount. */
const LINE_NUMBERED = /(?:^|\n)[ \t]*$/;
const LIST_MARKER = /^(\d{1,2})\.(\d)?/;
/** How far back the previous item of a numbered list may stand. */
const LIST_REACH = 3000;

/** The last line that opened on a list marker (1.县第二污水处理厂…): its number and offset. */
interface ListMark {
  n: number;
  pos: number;
}

/**
 * 2.3个政府投资项目未办理竣工财务决算问题 after a line that opened on 1.: the list's next marker
 * (2.) before the item's own figure, not a decimal. Returns the marker's length (else 0) and
 * records a line's own marker in `last`.
 */
function listMarkerAt(norm: string, pos: number, last: { mark?: ListMark }): number {
  const m = LIST_MARKER.exec(norm.slice(pos, pos + 4));
  if (!m || !LINE_NUMBERED.test(norm.slice(Math.max(0, pos - 8), pos))) return 0;
  const n = Number(m[1]);
  const previous = last.mark;
  const continues =
    previous !== undefined && previous.n === n - 1 && pos - previous.pos <= LIST_REACH;
  if (m[2] === undefined || continues) last.mark = { n, pos };
  return m[2] !== undefined && continues ? m[1]!.length + 1 : 0;
}

export const quantityParser: Parser = {
  name: 'quantity',
  parse(doc) {
    const out: Candidate[] = [];
    const { norm } = doc;
    START.lastIndex = 0;
    const list: { mark?: ListMark } = {};
    for (let m = START.exec(norm); m; m = START.exec(norm)) {
      const marker = listMarkerAt(norm, m.index, list);
      if (marker > 0) {
        START.lastIndex = m.index + marker;
        continue;
      }
      const reading = readQuantity(norm, m.index);
      if (!reading) {
        // Skip the whole run of digits or numerals, so that a long run is read once, not once
        // per character (a 1 MB run of digits would otherwise take quadratic time).
        RUN.lastIndex = m.index;
        START.lastIndex = Math.max(START.lastIndex, m.index + (RUN.exec(norm)?.[0].length ?? 1));
        continue;
      }
      START.lastIndex = Math.max(START.lastIndex, reading.end);
      const candidate = toCandidate(doc, reading);
      if (candidate) out.push(candidate);
    }
    return out;
  },
};
