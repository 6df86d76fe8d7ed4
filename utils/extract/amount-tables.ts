/**
 * Tables whose columns name amounts and whose rows name places or projects: a task split by
 * township (乡镇 | 播种面积(万亩) | 产量(万吨)), a renovation list (小区名称 | 户数 | 改造内容 |
 * 计划完工). Each number under such a column is an item of its row: the column names the metric
 * and the unit (万 multiplied in), the row's name cell says whose it is, its time cell when it is
 * due. Read as visible text, cells come one per line or split by tabs.
 */
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import { dueOf, modeAt } from './doc';
import type { IndicatorTable } from './indicators';
import { multiplier, roundFloat } from './numerals';
import type { Cell } from './tables';
import { lineCellAt, NO_ITEM_HEADER, TIME_HEADER } from './tables';
import { COMPLETION_VERB, STOCK_HEADER } from './lexicon';
import { lastPhraseIn } from './refiners/due';

/** A header cell: a short name, maybe with its unit in brackets (总投资(万元), 2024年计划投资(万元)). */
const HEADER_CELL =
  /^(?:其中:)?[\u4e00-\u9fff\dA-Za-z、—-][\u4e00-\u9fff\dA-Za-z.、—-]{0,15}(?:\(([^()]{1,8})\))?$/;
/** Units an amount column may name in its brackets, with an optional 万 / 亿. Money columns
 * (资金(万元), 预算金额(万元)) are left out: most annotators read allocations as inputs. */
const BRACKET_UNIT =
  /^(万|亿)?(亩|吨|微克\/立方米|毫克\/立方米|毫克\/升|平方米|平方公里|公顷|公里|千米|米|个|户|人|人次|场次|场|次|所|座|家|项|件|台|套|辆|床|间|栋|千瓦|立方米|株|头|只|条|处|名|%)$/;
/** A count column without brackets: 户数, 人数, 个数. */
const COUNT_HEADER = /^[\u4e00-\u9fff]{0,6}(?:户|人|个|家|所|座|项)数$/;
const MONEY = /^(万|亿)?(元)$/;
// 单位:套(间)、户 / 单位:万亩: the unit of a table's figures, written above its header.
const UNIT_LINE = /(?:^|\()单位\s{0,2}[:：]\s{0,2}([^、,;()\s]{1,5})/;
const EXPOSURE = /^(?:受?威胁|涉及|受影响|影响)/;
const UNIT_WORD_HEADER = /^[\u4e00-\u9fff]{0,6}(批次|人次|场次|户次|架次)$/;
const NUMBER_CELL = /^-?\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
/** A value cell: a number, maybe after the bound it sets (≤32.0, ≥86.5). */
const VALUE_CELL = /^([≤≥<>])?\s{0,2}(-?\d{1,3}(?:,\d{3})+(?:\.\d+)?|-?\d+(?:\.\d+)?)$/;
const CELL_COMPARATOR = { '≤': '<=', '<': '<', '≥': '>=', '>': '>' } as const;
const PLACEHOLDER = /^(?:[—\-–/]+|无|空)$/;
const ROW_NUMBER = /^\d{1,3}$/;
const TOTAL_ROW = /^(?:合计|总计|小计|全[县市区省])$/;
const MIN_ROWS = 2;
/** A column header that names a piece of work (the finishing verbs, and the work of a task). */
const WORK_IN_HEADER = new RegExp(
  `${COMPLETION_VERB.source}|新建|改建|建设|治理|整治|引导|培训|发放|除治|清理|修复|种植|造林|复耕|新增|提升|安装`,
);
const FORECAST_CAPTION = /(?:预测|预计)(?:表|情况)?$/;
/** 林长体系设置情况表, 基本情况表: a table of what is in place, no goals and no results. */
const SETUP_CAPTION = /(?:设置|基本|现状|分布)情况(?:表|一览表)?$|现状(?:表|一览表)$/;
const TASK_CAPTION = /(?:任务|目标)(?:分解|安排|分配)表$/;
const MAX_WIDTH = 10;

interface AmountColumn {
  index: number;
  name: string;
  unit: string;
  mult: number;
  /** The year-end a column named by its year gives its cells (2024年(个) → 2024-12-31). */
  due?: string;
  /** What the column's name says its cells are (全年计划投资 / 1—6月完成投资), if it says. */
  kind?: 'target' | 'achievement';
}

/**
 * 目标值 → targets; 1—6月完成投资, 完成全年计划(%) → results; the year's plan (全年计划投资,
 * 2024年计划) → targets. A project's own 计划投资 sizes the project: no kind.
 */
function kindOfColumn(name: string): AmountColumn['kind'] {
  // 占年度计划(%): the share of the plan reached.
  if (/^占/.test(name)) return 'achievement';
  if (/目标/.test(name)) return 'target';
  if (/完成|实际|累计/.test(name)) return 'achievement';
  return /(?:全年|年度|(?:19|20)\d\d年)(?:计划|任务)|任务数/.test(name) ? 'target' : undefined;
}

const SCORE_HEADER = /得分(?:\(分\))?$/;
/** A flow of money (基金收入, 成交额): what a year brought in or paid out. */
const FLOW = /收入|支出|结余|成交额|销售额|营业额|产值|增加值/;
/** A header cell without its bracketed unit (总投资(万元) → 总投资). */
const stripUnit = (text: string) => text.replace(/\([^()]*\)$/, '');

function amountColumn(cell: Cell, index: number, tasked = false): AmountColumn | null {
  const text = cell.text; // full-width brackets are folded by normalize()
  const m = HEADER_CELL.exec(text);
  if (!m) return null;
  const name = stripUnit(text).replace(/^其中:?/, '');
  // 威胁户数, 涉及人口: who is exposed to a hazard or touched by a task is no amount to reach;
  // 耕地面积, 常住人口: what a place has is no amount either.
  // 2025年PM2.5基准值: the value the targets start from.
  if (EXPOSURE.test(name) || STOCK_HEADER.test(name) || /基准|基期|基数|现状/.test(name)) {
    return null;
  }
  const year = /^((?:19|20)\d\d)年/.exec(name)?.[1];
  const due = year ? { due: `${year}-12-31` } : {};
  // 考核得分(分), 评价得分: the scores an assessment gave (not 分值, the weights of its rules).
  // The unit is the bracket's; a bare header's cells write none.
  if (SCORE_HEADER.test(text)) {
    return { index, name, unit: m[1] ?? '', mult: 1, kind: 'achievement' };
  }
  if (m[1]) {
    // A money column named as a target or a result (到位资金目标值(亿元), 1—6月完成投资(亿元))
    // states a goal or what was done; others (总投资(万元), 资金(万元)) size or fund the work.
    const kind = kindOfColumn(name);
    // (Under a caption that hands out tasks, …任务分解表, every money column is one.)
    // So does a flow of money (基金收入(亿元), 成交额(万元)): what a year brought in or paid out.
    const flow = FLOW.test(name);
    const unit = BRACKET_UNIT.exec(m[1]) ?? (kind || tasked || flow ? MONEY.exec(m[1]) : null);
    const task = !kind && tasked && MONEY.test(m[1]) ? { kind: 'target' as const } : {};
    if (!unit) return null;
    return {
      index,
      name,
      unit: unit[2]!,
      mult: multiplier(unit[1] ?? ''),
      ...due,
      ...(kind ? { kind } : {}),
      ...task,
    };
  }
  // A count column names its measure (户数) but the cell writes none: the guide's unit is what
  // follows the number, so none.
  if (COUNT_HEADER.test(text)) return { index, name, unit: '', mult: 1, ...due };
  // 计划批次, 抽检人次: a column named by its measure word writes that unit.
  const measure = UNIT_WORD_HEADER.exec(text)?.[1];
  return measure ? { index, name, unit: measure, mult: 1, ...due } : null;
}

interface SharedUnit {
  unit: string;
  mult: number;
  /** Money (单位:亿元): only columns named as targets or results take it. */
  money: boolean;
  /** The line names % too (单位:亿元、%): a rate column (完成率) takes that. */
  rates?: true;
}

/** The unit a line above a table gives all its columns (单位:套(间)、户 → 套), if any. */
function lineUnit(cell: Cell | undefined): SharedUnit | null {
  const m = cell ? UNIT_LINE.exec(cell.text) : null;
  if (!m) return null;
  const rates = /[、,]\s{0,2}%/.test(cell!.text) ? { rates: true as const } : {};
  const unit = BRACKET_UNIT.exec(m[1]!);
  if (unit) return { unit: unit[2]!, mult: multiplier(unit[1] ?? ''), money: false, ...rates };
  const money = MONEY.exec(m[1]!);
  return money
    ? { unit: money[2]!, mult: multiplier(money[1] ?? ''), money: true, ...rates }
    : null;
}

/**
 * The amount columns of a run of header cells, or null when it is no such header. Under a
 * unit line every column after the first is one (筹集保障性租赁住房 | 开工配售型保障性住房).
 */
function readHeader(
  cells: readonly Cell[],
  shared: SharedUnit | null,
  tasked: boolean,
  scored: boolean,
): AmountColumn[] | null {
  const columns: AmountColumn[] = [];
  // Under 序号 the next column names the rows (乡镇), not an amount.
  const labels = cells[0]?.text === '序号' ? 2 : 1;
  for (const [i, cell] of cells.entries()) {
    const column =
      i >= labels ? (amountColumn(cell, i, tasked) ?? sharedColumn(cell, i, shared)) : null;
    // 现有村卫生室(所) | 其中已达标(所): a part of a stock column is one too.
    const stockPart =
      /^其中/.test(cell.text) && STOCK_HEADER.test(stripUnit(cells[i - 1]?.text ?? ''));
    if (column && !stockPart && (scored || !SCORE_HEADER.test(cell.text))) columns.push(column);
  }
  // An indicator table (指标 | 2020年 | 2025年) is read by indicators.ts.
  if (cells.some((c) => /指标/.test(c.text))) return null;
  // 村 | 松林面积(亩) | 疫情小班(个) | 病死松树(株) | 除治任务(株): beside a column named as the
  // task, those that name no work describe the rows' situation (a part of the task, 其中:…, and
  // another piece of work, 引导其他老年人家庭改造(户), still count).
  const task = (c: AmountColumn) => /任务$/.test(c.name);
  const kept = columns.some(task)
    ? columns.filter(
        (c) =>
          task(c) ||
          c.kind !== undefined ||
          WORK_IN_HEADER.test(c.name) ||
          /^其中/.test(cells[c.index]?.text ?? ''),
      )
    : columns;
  return kept.length > 0 && kept.length < cells.length ? kept : null;
}

/** A column under a unit line; under a money unit, only one named as a target or a result. */
function sharedColumn(cell: Cell, index: number, shared: SharedUnit | null): AmountColumn | null {
  // (A time or note column, 完成时限 / 责任单位, takes no unit.)
  if (
    !shared ||
    /\(/.test(cell.text) ||
    STOCK_HEADER.test(cell.text) ||
    NO_ITEM_HEADER.test(cell.text) ||
    /时限|时间|期限|日期|单位$|部门$|备注/.test(cell.text)
  ) {
    return null;
  }
  const kind = kindOfColumn(cell.text);
  // 完成率 under 单位:亿元、%: a rate, in %.
  if (shared.rates && /(?:率|比例|占比|比重)$/.test(cell.text)) {
    return { index, name: cell.text, unit: '%', mult: 1, ...(kind ? { kind } : {}) };
  }
  // (2025年收入 under 单位:万元: a flow, as 基金收入(亿元) is.)
  if (shared.money && !kind && !FLOW.test(cell.text)) return null;
  return {
    index,
    name: cell.text,
    unit: shared.unit,
    mult: shared.mult,
    ...(kind ? { kind } : {}),
  };
}

/** The due date a row's time cell (计划完工 | 2024年10月) gives the cell at `pos`, if any: the
 * cell of a numbered table read one per line, else `time`, the row's cell under a time header
 * (乡镇 | 新改建里程(公里) | 完成时限, split by tabs). */
function rowDue(doc: Doc, pos: number, cell?: Cell): string | undefined {
  const line = lineCellAt(doc.lineTables, pos)?.time;
  // (The row's own time cell dates it wherever it stands: 批次 | 完成时间 | 检查村庄(个).)
  const time = line && pos < line.start ? line : cell;
  if (!time) return undefined;
  const phrase = lastPhraseIn(doc, time.start, time.end);
  return phrase ? dueOf(doc, phrase) : undefined;
}

/** Finds the amount tables of the text, each with its items. */
export function findAmountTables(doc: Doc): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  const { cells } = doc;
  // Each cell is tested once: a page of nothing but short cells must stay linear.
  // A number is never a header cell: the header ends where the first row's figures start.
  const header = cells.map((c) => HEADER_CELL.test(c.text) && !NUMBER_CELL.test(c.text));
  const amount = cells.map((c, k) => header[k] === true && amountColumn(c, 1) !== null);
  for (let i = 0; i < cells.length; i++) {
    // A header: 3 to MAX_WIDTH name cells, the first names the rows (序号 or 乡镇 / 项目名称),
    // one of the others an amount.
    let width = 0;
    while (width < MAX_WIDTH && header[i + width]) width++;
    const shared = i > 0 && width >= 3 ? lineUnit(cells[i - 1]) : null;
    // 泓川市2026年跨境电商主要指标任务分解表: a caption that hands out each row's tasks.
    const tasked = [cells[i - 1], cells[i - 2]].some((c) => c && TASK_CAPTION.test(c.text));
    if (width < 3 || (!shared && !amount.slice(i + 1, i + width).includes(true))) continue;
    // 表1 2026年春运全县道路客运量预测, …设置情况表: a forecast's figures and what is in place are
    // neither goals nor results.
    const caption = [cells[i - 1], cells[i - 2]];
    if (caption.some((c) => c && (FORECAST_CAPTION.test(c.text) || SETUP_CAPTION.test(c.text))))
      continue;
    // 基础得分 | 加分 | 总得分: a score worked out of parts is no single result (one annotator
    // leaves such a table out); a header with one score column gives each row's result.
    const scored = cells.slice(i, i + width).filter((c) => SCORE_HEADER.test(c.text)).length === 1;
    for (; width >= 3; width--) {
      const run = cells.slice(i, i + width);
      const columns = readHeader(run, shared, tasked, scored);
      if (!columns) continue;
      const numbered = run[0]!.text === '序号';
      const timeColumn = run.findIndex((c) => TIME_HEADER.test(c.text));
      const items: Candidate[] = [];
      let rows = 0;
      let j = i + width;
      for (;;) {
        // A total row leaves its 序号 empty (\t合计\t128.6…): its cells come one short.
        const short =
          numbered &&
          TOTAL_ROW.test(cells[j]?.text ?? '') &&
          NUMBER_CELL.test(cells[j + 1]?.text ?? '');
        const row = short
          ? [cells[j]!, ...cells.slice(j, j + width - 1)]
          : cells.slice(j, j + width);
        if (row.length < width) break;
        if (numbered && row[0]!.text !== String(rows + 1) && !TOTAL_ROW.test(row[0]!.text)) break;
        const label = numbered && ROW_NUMBER.test(row[0]!.text) ? row[1]! : row[0]!;
        if (NUMBER_CELL.test(label.text)) break;
        if (
          !columns.every(
            (c) => VALUE_CELL.test(row[c.index]!.text) || PLACEHOLDER.test(row[c.index]!.text),
          )
        ) {
          break;
        }
        for (const c of columns) {
          const cell = row[c.index]!;
          const value = VALUE_CELL.exec(cell.text);
          if (!value) continue;
          const report = modeAt(doc, cell.start) === 'report';
          const kind = c.kind ?? (report ? 'achievement' : 'target');
          // 2026年新建(所) | 0: a row given nothing to do has no target.
          if (kind === 'target' && Number(value[2]) === 0 && c.unit !== '%') continue;
          // 2023年实际到位资金 or 2023年PM2.5浓度 in a 2024 plan: last year's figure is where the
          // targets start.
          if (c.kind !== 'target' && !report && c.due && c.due < (doc.published ?? '')) continue;
          // 2025年收入 | 2024年收入 in a report on 2025: the year before is the comparison.
          const year = Number(/^((?:19|20)\d\d)年/.exec(c.name)?.[1] ?? NaN);
          if (report && doc.titleYear !== undefined && year < doc.titleYear) continue;
          const due =
            report || kind !== 'target'
              ? undefined
              : (rowDue(doc, cell.start, timeColumn > 0 ? row[timeColumn] : undefined) ?? c.due);
          items.push({
            source: 'table',
            anchorStart: cell.start,
            anchorEnd: cell.end,
            cueStart: cell.start,
            clause: { start: cell.start, end: cell.end },
            start: cell.start,
            end: cell.end,
            value: roundFloat(Number(value[2]!.replace(/,/g, '')) * c.mult),
            unit: c.unit,
            comparator: value[1] ? CELL_COMPARATOR[value[1] as keyof typeof CELL_COMPARATOR] : '=',
            kind,
            metric: `${doc.text.slice(label.start, label.end)}${c.name}`,
            ...(kind === 'target' ? { strength: 'plan' as const } : {}),
            ...(due ? { due } : {}),
          });
        }
        rows++;
        j += short ? width - 1 : width;
      }
      if (rows >= MIN_ROWS && items.length > 0) {
        out.push({ start: cells[i]!.start, end: cells[j - 1]!.end, items });
        i = j - 1;
        break;
      }
    }
  }
  return out;
}
