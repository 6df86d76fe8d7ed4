/**
 * Indicator tables, the core of five-year plans: a header row 指标 | (单位) | 2020年 | 2025年 |
 * 属性, then one row per indicator (学前教育毛入园率(%) | 92.5 | 95 | 预期性). As visible text a
 * table is a stream of cells, one per line (a portal's <td>s) or split by tabs. Each row gives one
 * item: the metric cell, the unit from its brackets or a unit column, and the value under the
 * target column (the latest year, or the one named 目标) — or, in a review table, under the
 * column named 完成/实际, as a reported result. Baseline columns (2020年, 基期) give nothing.
 *
 * Rows are read by shape, not by counting cells from the header, because merged cells (a
 * category spanning rows, a row number) appear only once: a row is a metric cell followed by as
 * many value cells as the header has value columns; anything else is skipped.
 */
import type { Candidate } from './candidate';
import type { Doc } from './doc';
import { modeAt } from './doc';
import { UNIT } from './lexicon';
import { multiplier, roundFloat } from './numerals';
import type { Cell } from './tables';
import { trimmedCell } from './tables';
import type { Comparator, GoalKind } from './types';

/** The items of one indicator table and the span they replace. */
export interface IndicatorTable {
  start: number;
  end: number;
  items: Candidate[];
}

type Column =
  | { type: 'unit' }
  | { type: 'attr' }
  | { type: 'note' }
  | {
      type: 'value';
      role: 'base' | 'target' | 'done' | 'change' | 'growth' | 'period' | 'other';
      year?: number;
    };

// The header cell that names the indicator column: 指标, 主要指标, 指标名称, 具体指标.
const LABEL =
  /(?:^|[\t\n])[ ]*((?:主要|具体|核心|发展|规划)?指标(?:名称|内容|项目)?)[ ]*(?=[\t\n])/g;
const MAX_HEADER_CELL = 24;
const MAX_METRIC_CELL = 48;
/** Cells read after a header at most: a table of 300 indicators is already enormous. */
const MAX_CELLS = 2000;
const MAX_MISSES = 4;

const YEAR = /((?:19|20)\d\d)/;
const UNIT_HEADER = /^(?:计量)?单位$/;
const ATTR_HEADER = /^(?:指标)?(?:属性|性质|类型)$/;
const NOTE_HEADER =
  /^(?:备注|说明|(?:牵头|责任|配合|协同|协助|参与|主管)(?:单位|部门|科室)|是否完成|完成与否|是否达标|达标情况|评估结论|结论|评价|进度评价|进展情况|进展|完成进度)$/;
/** A part of the year (1—3月, 一季度, 上半年): in a report, what was reached in it. */
const PERIOD_HEADER =
  /^(?:(?:19|20)\d\d年)?(?:\d{1,2}\s{0,2}[—\-–~至]\s{0,2}\d{1,2}月份?|[一二三四]季度|上半年|前三季度)(?:累计)?$/;
const VALUE_HEADER =
  /(?:19|20)\d\d|基期|基准|基数|基线|现状|目标|规划|计划|预期|下达|控制指标|控制数|完成|执行|实际|实现|^同比|(?:^|五[”"]?)(?:年均|增[长速]|累计)/;
const ATTR_CELL = /^(?:预期性|约束性|指导性|引导性|—+|-+)$/;
const PLACEHOLDER = /^(?:[—\-–/、\\]+|无|暂无|待定|\/)$/;
// A zero end state in a value cell: 不发生, 未发生, 零.
const ZERO_CELL = /^(?:不发生|未发生|零|0起|无发生)$/;
// A value cell: a number with its decorations (≥95, 99以上, [50], 6左右, 1.2万, 5.5%, 增长6%左右, 累计≥7), and a
// unit or a rate's base written in the cell itself (≥80岁, 2.86人, ≤12/10万).
const VALUE_CELL =
  /^(?:累计|年均(?:增长)?|增长|提高|下降|降低)?(≥|≤|>|<|>=|<=|约|不低于|不少于|不高于|不超过|高于|低于|达到|超过)?\s*[[〔【]?\s*\+?(-?\d+(?:\.\d+)?)(?:\s*[-—–~至]\s*(\d+(?:\.\d+)?))?\s*(万|亿)?\s*(%|‰)?\s*(\/\s*(?:10万|十万|百万|万|千|1000|100)|个百分点|平方公里|平方米|立方米|公里|千米|公顷|千瓦|兆瓦|标准箱|小时|万元|亿元|[人户件剂批架]次|[岁人个张家所床名次天项条座辆台套处户吨元件部篇亩米株棵批场期类间栋幢艘])?\s*[\]〕】]?\s*(以上|以下|以内|左右)?$/;
/** The base of a rate written after a slash: /10万 → 100,000. */
const RATE_BASE: Record<string, number> = {
  '10万': 1e5,
  十万: 1e5,
  百万: 1e6,
  万: 1e4,
  千: 1e3,
  '1000': 1e3,
  '100': 100,
};
// A value written in words (持续提升, 完成省下达任务): a cell of the row, but no item.
const WORD_VALUE =
  /提高|提升|下降|降低|稳定|保持|控制|完成|下达|持续|逐步|进一步|增长|达到|优于|不低于|同步/;
const UNIT_IN_METRIC = /\s*[((]([^()()]{1,12})[))]\s*$/;
const METRIC_QUALIFIER = /^(?:累计|年均|新增|当年|五年|含|其中|预期性|约束性|正向|逆向)/;
const UNIT_MULT = /^(?:十万|百万|千万|万|亿)/;

/**
 * Cells from a position on, read lazily: non-empty runs between line breaks or tabs, trimmed.
 * Only as much text is scanned as the rows read need, and never more than `MAX_CELLS` cells.
 */
class Cells {
  private readonly cells: Cell[] = [];
  private pos: number;

  constructor(
    private readonly norm: string,
    from: number,
  ) {
    this.pos = from;
  }

  at(i: number): Cell | undefined {
    while (this.cells.length <= i && this.cells.length < MAX_CELLS && this.pos < this.norm.length) {
      this.readOne();
    }
    return this.cells[i];
  }

  private readOne(): void {
    const { norm } = this;
    let i = this.pos;
    while (i < norm.length && norm[i] !== '\n' && norm[i] !== '\t') i++;
    const cell = trimmedCell(norm, this.pos, i);
    if (cell) this.cells.push(cell);
    this.pos = i + 1;
  }
}

function headerColumn(text: string): Column | null {
  if (text.length > MAX_HEADER_CELL) return null;
  if (UNIT_HEADER.test(text)) return { type: 'unit' };
  if (ATTR_HEADER.test(text)) return { type: 'attr' };
  if (NOTE_HEADER.test(text)) return { type: 'note' };
  if (PERIOD_HEADER.test(text)) return { type: 'value', role: 'period' };
  if (!VALUE_HEADER.test(text)) return null;
  const year = YEAR.exec(text)?.[1];
  // 同比增长(%) beside a 一季度完成 column: the change over a year ago, reported; 完成率 beside it:
  // the share of the year's target reached, reported too (so is 占年度目标, the same share).
  const role = /^同比|^完成(?:率|比例)(?:\(%\))?$|^占(?:年度|全年)?(?:目标|计划|任务)/.test(text)
    ? 'change'
    : /^(?:[“”"“]?十[一二三四五六七八九]五[”"]?)?(?:年均|增[长速]|累计|五年累计)/.test(text)
      ? 'growth'
      : /完成|执行|实际|实现|监测值|实测值/.test(text)
        ? 'done'
        : /基期|基准|基数|基线|现状/.test(text)
          ? 'base'
          : /目标|规划|计划|预期|下达|控制指标|控制数/.test(text)
            ? 'target'
            : 'other';
  return { type: 'value', role, ...(year ? { year: Number(year) } : {}) };
}

interface Chosen {
  index: number;
  kind: GoalKind;
  year?: number;
  /** Whose value the column holds (指标 | 县人民医院 | 县中医院): it opens the metric. */
  entity?: string;
  /** A rate's unit its header names (同比增长(%)): it wins over the row's unit. */
  unit?: string;
}

/**
 * Which value columns give items: the target columns (every one named 目标/计划/预期, else the
 * latest year still ahead of the page) and, in a review table, the column named 完成/实际
 * (results). A review table's own plan column (2023年计划 | 2023年完成 | 2024年目标) is a
 * target as its year's plan restated.
 */
function chooseColumns(
  columns: readonly Column[],
  publishedYear: number | undefined,
  reportYear?: number,
  report = false,
): Chosen[] {
  const named: Chosen[] = [];
  let target: (Chosen & { rank: number }) | undefined;
  let done: Chosen | undefined;
  const changes: Chosen[] = [];
  const plainYears: number[] = []; // indexes of plain year columns (2020年, 2022年)
  let based = false; // a column names the base (2020年基期): no plain year is the base then
  for (const [index, c] of columns.entries()) {
    if (c.type === 'value' && c.role === 'base') based = true;
    if (c.type === 'value' && c.role === 'change') {
      changes.push({ index, kind: 'achievement', unit: '%' });
    }
    if (c.type !== 'value' || c.role === 'growth' || c.role === 'base' || c.role === 'change') {
      continue;
    }
    if (c.role === 'done' || (c.role === 'period' && report)) {
      done ??= { index, kind: 'achievement' };
      continue;
    }
    if (c.role === 'period') continue;
    const year = c.year;
    // 指标 | 2025年 | 2024年 | 同比变化 in a report on 2025: its year's column holds the results.
    if (c.role === 'other' && year !== undefined && year === reportYear) {
      done ??= { index, kind: 'achievement' };
      continue;
    }
    if (c.role === 'target')
      named.push({ index, kind: 'target', ...(year !== undefined ? { year } : {}) });
    if (c.role === 'other' && year !== undefined) plainYears.push(index);
    if (c.role === 'other' && (year === undefined || (publishedYear ?? 0) > year)) continue;
    const rank = (c.role === 'target' ? 1e4 : 0) + (year ?? 0);
    if (!target || rank > target.rank) {
      target = { index, kind: 'target', rank, ...(year !== undefined ? { year } : {}) };
    }
  }
  // A midterm table (2020年 | 2022年 | 2025年目标): the latest plain year after the first, not
  // after the page, holds the value reached so far.
  if (!done && target) {
    const reached = plainYears.filter((index) => {
      const c = columns[index];
      return c?.type === 'value' && (c.year ?? 0) <= (publishedYear ?? 0);
    });
    const latest = reached.at(-1);
    if (latest !== undefined && (based || latest !== plainYears[0]))
      done = { index: latest, kind: 'achievement' };
  }
  const out: Chosen[] = [];
  if (named.length > 1) out.push(...named);
  else if (target) {
    const { index, kind, year } = target;
    out.push({ index, kind, ...(year !== undefined ? { year } : {}) });
  }
  if (done) out.push(done, ...changes);
  return out;
}

function isValueCell(text: string): boolean {
  return (
    VALUE_CELL.test(text) ||
    PLACEHOLDER.test(text) ||
    ZERO_CELL.test(text) ||
    (text.length <= 16 && WORD_VALUE.test(text))
  );
}

function isMetricCell(text: string): boolean {
  return (
    text.length <= MAX_METRIC_CELL &&
    /[\u4e00-\u9fffA-Za-z]/.test(text) &&
    !/[。;]/.test(text) &&
    !VALUE_CELL.test(text) &&
    !ATTR_CELL.test(text)
  );
}

/** Letters in a metric's brackets that name it rather than its unit: 布雷图指数(BI), not (TB). */
function isAcronym(text: string): boolean {
  if (!/^[A-Za-z]{2,8}$/.test(text)) return false;
  UNIT.lastIndex = 0;
  return UNIT.exec(text)?.[0] !== text;
}

function comparatorOf(before: string | undefined, after: string | undefined): Comparator {
  const cue = `${before ?? ''}${after ?? ''}`;
  if (/≥|>=|以上|不低于|不少于|达到以上/.test(cue)) return '>=';
  if (/≤|<=|以下|以内|不高于|不超过/.test(cue)) return '<=';
  if (/>|超过|高于/.test(cue)) return '>';
  if (/<|低于/.test(cue)) return '<';
  if (/约|左右/.test(cue)) return '~';
  return '=';
}

/** Unit and multiplier written in a unit cell or the metric's brackets: (万人) → 人 × 10⁴. */
function unitOf(written: string): { unit: string; mult: number } {
  const m = UNIT_MULT.exec(written)?.[0] ?? '';
  return { unit: written.slice(m.length).trim(), mult: multiplier(m) };
}

/** Reads the table whose indicator column header is `label`; null when it is no such table. */
function readTable(doc: Doc, label: Cell): IndicatorTable | null {
  const cells = new Cells(doc.norm, label.end);
  const columns: Column[] = [];
  let i = 0;
  for (; cells.at(i); i++) {
    const column = headerColumn(cells.at(i)?.text ?? '');
    // An attribute column after the values closes the header (a note may still follow it).
    const closed = columns.at(-1)?.type === 'attr' && columns.some((c) => c.type === 'value');
    if (!column || (closed && column.type !== 'note')) break;
    columns.push(column);
  }
  const reportYear =
    doc.titleMode === 'report' &&
    doc.titleYear !== undefined &&
    doc.titleYear < (doc.publishedYear ?? 0)
      ? doc.titleYear
      : undefined;
  let chosen = chooseColumns(
    columns,
    doc.publishedYear,
    reportYear,
    modeAt(doc, label.start) === 'report',
  );
  if (chosen.length === 0 && columns.length === 0) {
    // 指标 | 县人民医院 | 县中医院: a column per unit of the work, each holding its own values.
    const names = entityHeader(doc.norm, label.end);
    if (names) {
      const kind: GoalKind = modeAt(doc, label.start) === 'report' ? 'achievement' : 'target';
      columns.push(...names.map((): Column => ({ type: 'value', role: 'other' })));
      chosen = names.map((entity, index) => ({ index, kind, entity }));
      i = names.length;
    }
  }
  if (chosen.length === 0) return null;
  const valueColumns: Column[] = columns.filter((c) => c.type !== 'unit' && c.type !== 'attr');
  const positions = chosen.map((c) => valueColumns.indexOf(columns[c.index] as Column));
  const items: Candidate[] = [];
  let misses = 0;
  let end = label.end;
  let parentUnit: string | undefined;
  for (let metric = cells.at(i); metric && misses <= MAX_MISSES; metric = cells.at(i)) {
    if (/[。;]/.test(metric.text) && metric.text.length > MAX_METRIC_CELL) break; // prose again
    const row = isMetricCell(metric.text) ? readRow(cells, i + 1, columns) : null;
    if (!row) {
      misses++;
      i++;
      continue;
    }
    misses = 0;
    const unitCell = row.unit;
    // #第一产业增加值 (or an indented row) under 地区生产总值(亿元): a part of the row above, in its
    // unit.
    const part = /^[#＃]/.test(metric.text) || /^[ \u3000]$/.test(doc.norm[metric.start - 1] ?? '');
    const own = UNIT_IN_METRIC.exec(metric.text)?.[1];
    if (!part) parentUnit = own;
    const inherited = part && !own ? parentUnit : undefined;
    chosen.forEach((column, k) => {
      const valueCell = row.cells[positions[k] ?? -1];
      // A row that gives both a target and a result quotes each cell alone (so neither quote
      // covers the other's cell); a row with one item runs from its metric cell.
      const from = chosen.length > 1 ? valueCell : metric;
      const item =
        valueCell &&
        from &&
        toItem(doc, metric, unitCell, valueCell, column, from.start, inherited);
      if (item) items.push(item);
    });
    end = cells.at(row.next - 1)?.end ?? end;
    i = row.next;
  }
  return items.length > 0 ? { start: label.start, end, items } : null;
}

/**
 * The cells of one row after its metric, in the header's column order: unit, attribute, values
 * and notes. Returns the value and note cells (in the order of `valueColumns`) and the unit cell.
 */
const ENTITY_CELL = /^[\u4e00-\u9fff][\u4e00-\u9fff()、]{1,15}$/;

/** The names that fill the rest of a header line after its 指标 cell (two or more), if any. */
function entityHeader(norm: string, from: number): string[] | null {
  const lineEnd = norm.indexOf('\n', from);
  const rest = norm.slice(from, lineEnd < 0 ? Math.min(norm.length, from + 200) : lineEnd);
  if (rest.length > 200 || !rest.startsWith('\t')) return null;
  const names = rest
    .split('\t')
    .slice(1)
    .map((c) => c.trim());
  const named = names.every((n) => ENTITY_CELL.test(n) && headerColumn(n) === null);
  return names.length >= 2 && named ? names : null;
}

function readRow(
  cells: Cells,
  from: number,
  columns: readonly Column[],
): { cells: Cell[]; unit?: Cell; next: number } | null {
  let j = from;
  const out: Cell[] = [];
  let unit: Cell | undefined;
  for (const column of columns) {
    const cell = cells.at(j);
    if (!cell) return null;
    if (column.type === 'unit') {
      // A unit is short (%, 万元, 个百分点): a longer cell is the metric after a category cell.
      if (cell.text.length > 6 || VALUE_CELL.test(cell.text)) return null;
      unit = cell;
    } else if (column.type === 'attr') {
      if (!ATTR_CELL.test(cell.text)) continue; // a merged attribute cell appears once
    } else if (column.type === 'note') {
      // A note is free text (是 / 否 / a unit's name); a number here is the next row's number.
      if (VALUE_CELL.test(cell.text)) break;
      out.push(cell);
    } else {
      if (!isValueCell(cell.text)) return null;
      out.push(cell);
    }
    j++;
  }
  return { cells: out, ...(unit ? { unit } : {}), next: j };
}

function toItem(
  doc: Doc,
  metric: Cell,
  unitCell: Cell | undefined,
  valueCell: Cell,
  chosen: Chosen,
  start: number,
  inherited?: string,
): Candidate | null {
  const zero = ZERO_CELL.test(valueCell.text);
  const m = zero ? null : VALUE_CELL.exec(valueCell.text);
  if (!m && !zero) return null;
  const [, before, digits = '0', upper, bigMult, percent, inCell = '', after] = m ?? [];
  const bracket = UNIT_IN_METRIC.exec(metric.text);
  const unitText = unitCell && !PLACEHOLDER.test(unitCell.text) ? unitCell.text : undefined;
  const rate = inCell.startsWith('/') ? RATE_BASE[inCell.slice(1).trim()] : undefined;
  // A unit the value cell writes (40项) wins over the metric's brackets, which may qualify the
  // metric instead of naming its unit (文物保护修缮工程(累计)).
  const unitBracket = bracket && isAcronym(bracket[1] ?? '') ? null : bracket;
  // (上年同期=100) gives an index its base, not a unit.
  const bracketUnit =
    unitBracket && !METRIC_QUALIFIER.test(unitBracket[1] ?? '') && !/=/.test(unitBracket[1] ?? '')
      ? unitBracket[1]
      : (inherited ?? undefined);
  // 提高1个百分点以上 under a % column: the cell's own 个百分点 says what the change is counted in.
  const points = inCell.trim() === '个百分点';
  const written = rate
    ? { unit: '', mult: 1 / rate }
    : points
      ? { unit: '个百分点', mult: 1 }
      : chosen.unit && !inCell.trim()
        ? { unit: chosen.unit, mult: 1 }
        : unitOf(unitText ?? (inCell.trim() ? inCell : (bracketUnit ?? '')));
  // (‰ stays a unit, as in prose: 4‰ → 4 ‰.)
  const unit = zero ? '' : (percent ?? written.unit);
  const mult = multiplier(bigMult ?? '') * (percent ? 1 : written.mult);
  const metricText = doc.text
    .slice(metric.start, metric.start + (unitBracket ? unitBracket.index : metric.text.length))
    .trim();
  const target = chosen.kind === 'target';
  return {
    source: 'table',
    anchorStart: valueCell.start,
    anchorEnd: valueCell.end,
    cueStart: valueCell.start,
    clause: { start, end: valueCell.end },
    start,
    end: valueCell.end,
    value: roundFloat(Number(digits) * mult),
    ...(upper !== undefined ? { valueMax: roundFloat(Number(upper) * mult) } : {}),
    unit,
    comparator: comparatorOf(before, after),
    kind: chosen.kind,
    metric: `${chosen.entity ?? ''}${metricText}`,
    ...(target ? { strength: 'plan' as const } : {}),
    ...(target && chosen.year !== undefined ? { due: `${chosen.year}-12-31` } : {}),
  };
}

/** Finds the indicator tables of the text, in text order, each with its items. */
export function findIndicatorTables(doc: Doc): IndicatorTable[] {
  const out: IndicatorTable[] = [];
  LABEL.lastIndex = 0;
  for (let m = LABEL.exec(doc.norm); m; m = LABEL.exec(doc.norm)) {
    const text = m[1] ?? '';
    const start = m.index + m[0].indexOf(text);
    if (out.length > 0 && start < (out.at(-1)?.end ?? 0)) continue;
    const table = readTable(doc, { start, end: start + text.length, text });
    if (table) {
      out.push(table);
      LABEL.lastIndex = Math.max(LABEL.lastIndex, table.end);
    }
  }
  return out;
}
