/**
 * Tables written as text: one row per line, cells split by tabs (what a page's <table> becomes
 * as visible text). A progress table names the mode of each column in its header row
 * (序号 | 项目名称 | 年度目标任务 | 1—9月完成情况 | 牵头单位): the cells under 年度目标任务 are
 * commitments and those under 完成情况 are results, whatever the title says. The header is found
 * once per call; an item asks for its column with two binary searches.
 */
import type { Span, TextIndex } from './clauses';
import type { Mode } from './sections';
import { modeOf } from './sections';
import { STOCK_HEADER } from './lexicon';

/** A table: its header's column modes and the span of its rows. */
export interface Table {
  /** Start of the header row. */
  start: number;
  /** End of the last row that still has a tab. */
  end: number;
  /** Mode of each column (index = number of tabs before the cell), where its header names one. */
  modes: Array<Mode | undefined>;
  /** Columns whose header names a baseline (法定时限, 原时限, 现状) or a stock (行政村数): their
   * cells are no items. */
  bases: boolean[];
}

/** A header naming the value a commitment starts from (法定办结时限 beside 承诺办结时限) or the
 * standard a review measures against (国家(省)标准 beside 某县实际). */
const BASE_HEADER =
  /^(?:(?:19|20)\d\d年(?:末|底)?)?(?:法定|原有?|现行|基期|基准|基数|现状|改革前|压减前|存栏|存量|现有)|^(?:19|20)\d\d年(?:末|底)(?!.*(?:目标|计划|任务|完成))|^(?:国家|省|国家\(省\)|国家\/省|省定|部颁|评估|达标)标准值?$/;

/** A column of problems found (问题描述, 存在问题) or of bands a row falls in (收入档次, 等次):
 * what its cells say is neither a goal nor a result. */
export const NO_ITEM_HEADER =
  /^(?:存在|主要|发现|反馈|巡察|督察|审计|检查)?(?:的)?问题(?:描述|表现|清单)?$|(?:档次|等次|等级|级别)$/;

/** Longest header row and header cell read (a header is a row of short labels). */
const MAX_HEADER = 200;
const MAX_CELL = 20;
const NUMBER_CELL = /^\s*\d{1,3}\s*$/;

/** Column modes and baselines of a header row, or null when the row is no header. */
function header(line: string): Pick<Table, 'modes' | 'bases'> | null {
  if (line.length > MAX_HEADER) return null;
  const cells = line.split('\t').map((c) => c.trim());
  // A data row starts with its row number (1 | 学前教育扩容 | …); a header row with labels.
  if (cells.length < 3 || NUMBER_CELL.test(cells[0] ?? '')) return null;
  if (cells.some((c) => c.length > MAX_CELL)) return null;
  const modes = cells.map((c) => modeOf(c, true));
  const bases = cells.map(
    (c) => BASE_HEADER.test(c) || STOCK_HEADER.test(c) || NO_ITEM_HEADER.test(c),
  );
  return modes.some((m) => m !== undefined) || bases.some(Boolean) ? { modes, bases } : null;
}

/** Index of the first element `>= pos`. */
function lowerBound(sorted: readonly number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Finds the tables of `norm` that have a header naming column modes. Each line is looked at
 * once; only lines with tabs are split, and only short ones.
 */
export function findTables(norm: string, ix: TextIndex): Table[] {
  const out: Table[] = [];
  if (ix.tabs.length === 0) return out;
  let current: Table | null = null;
  let lineStart = 0;
  let tab = 0;
  for (let n = 0; n <= ix.newlines.length; n++) {
    const lineEnd = ix.newlines[n] ?? norm.length;
    while (tab < ix.tabs.length && (ix.tabs[tab] ?? 0) < lineStart) tab++;
    const hasTab = tab < ix.tabs.length && (ix.tabs[tab] ?? Infinity) < lineEnd;
    if (hasTab) {
      const head =
        lineEnd - lineStart <= MAX_HEADER ? header(norm.slice(lineStart, lineEnd)) : null;
      if (head) {
        current = { start: lineStart, end: lineEnd, ...head };
        out.push(current);
      } else if (current) current.end = lineEnd;
    } else if (norm.slice(lineStart, lineEnd).trim() !== '') {
      current = null; // a line of prose ends the table
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** The mode of the table column that holds `pos`, if `pos` is in a row under a header. */
export function columnModeAt(
  tables: readonly Table[],
  ix: TextIndex,
  lineStart: number,
  pos: number,
): Mode | undefined {
  const at = columnAt(tables, ix, lineStart, pos);
  return at ? at.table.modes[at.column] : undefined;
}

/** True when `pos` is in a table cell (tabbed or one per line) under a baseline header. */
export function inBaseColumn(
  tables: readonly Table[],
  lineTables: readonly LineTable[],
  ix: TextIndex,
  lineStart: number,
  pos: number,
): boolean {
  const at = columnAt(tables, ix, lineStart, pos);
  return at ? at.table.bases[at.column] === true : lineCellAt(lineTables, pos)?.base === true;
}

function columnAt(
  tables: readonly Table[],
  ix: TextIndex,
  lineStart: number,
  pos: number,
): { table: Table; column: number } | undefined {
  if (tables.length === 0) return undefined;
  let lo = 0;
  let hi = tables.length - 1;
  let found: Table | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = tables[mid] as Table;
    if (t.start <= pos) {
      found = t;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (!found || pos >= found.end || lineStart <= found.start) return undefined;
  return { table: found, column: lowerBound(ix.tabs, pos) - lowerBound(ix.tabs, lineStart) };
}

/**
 * A table whose cells come one per line (a portal's <td>s as visible text): 序号 | 重点工作 |
 * 年度目标 | 进展情况 | 责任科室, then rows that each open with their number. Each cell takes the
 * mode its column's header names.
 */
export interface LineTable {
  start: number;
  end: number;
  /**
   * Start and end of each body cell, in text order, the mode of its column, and the span of its
   * row's 完成时限 cell when the table has such a column (the row's items are bounded by it).
   */
  cells: Array<{
    start: number;
    end: number;
    mode: Mode | undefined;
    time?: Span;
    base?: true;
    /** A cell of a task column (工作任务) in a table whose 目标要求 column states the aims. */
    task?: true;
    /** A cell of a measure column (防治措施, 工作内容) in a table without aims: what each row
     * does by its time cell. */
    measure?: true;
  }>;
}

const GROUP_ROW =
  /^(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^\n]{0,40}$/;
/** A header that names when each row is due: 完成时限, 完成时间, 时间节点, 计划完工. */
export const TIME_HEADER =
  /^(?!.*(?:开工|开始|启动|起始))[\u4e00-\u9fff]{0,4}(?:时限|时间|期限)(?:要求|节点|安排)?$|^(?:计划)?(?:完工|竣工)(?:时间|日期)?$/;

/**
 * The time cells of tab-separated rows under a header that names a time column (村名 | 建设内容 |
 * 投资(万元) | 完成时限): such a cell bounds every item of its row. Returns a lookup by a row's
 * line start, answered once per row; rows remember their header's column, so each line is split
 * at most twice and a page of 100 000 rows stays linear.
 */
export function createTabRowTimes(norm: string): (lineStart: number) => Span | undefined {
  /** Line start → the time column of the header above it (−1: none). */
  const column = new Map<number, number>();
  const lineEnd = (from: number) => {
    const e = norm.indexOf('\n', from);
    return e < 0 ? norm.length : e;
  };
  const cellsOf = (from: number) =>
    norm
      .slice(from, Math.min(lineEnd(from), from + 600))
      .split('\t')
      .map((c) => c.trim());
  /** Line start → its time cell, once asked. */
  const answered = new Map<number, Span | undefined>();
  const timeCell = (lineStart: number): Span | undefined => {
    const width = cellsOf(lineStart).length;
    if (width < 2) return undefined;
    let col = column.get(lineStart);
    if (col === undefined) {
      const visited = [lineStart];
      col = -1;
      for (let start = lineStart; start > 0;) {
        const prev = norm.lastIndexOf('\n', start - 2) + 1;
        const cells = cellsOf(prev);
        if (cells.length !== width) break;
        const time = cells.findIndex((c) => TIME_HEADER.test(c));
        if (time >= 0 && cells.every((c) => c.length <= MAX_CELL && !/\d/.test(c))) {
          col = time;
          break;
        }
        const known = column.get(prev);
        if (known !== undefined) {
          col = known;
          break;
        }
        visited.push(prev);
        start = prev;
      }
      for (const v of visited) column.set(v, col);
    }
    if (col < 0) return undefined;
    let at = lineStart;
    for (let k = 0; k < col; k++) at = norm.indexOf('\t', at) + 1;
    const tab = norm.indexOf('\t', at);
    return { start: at, end: Math.min(tab < 0 ? norm.length : tab, lineEnd(at)) };
  };
  return (lineStart) => {
    if (!answered.has(lineStart)) answered.set(lineStart, timeCell(lineStart));
    return answered.get(lineStart);
  };
}

/** A run of text between line breaks (or tabs), trimmed, with its offsets. */
export interface Cell {
  start: number;
  end: number;
  text: string;
}

/** The text of `[from, to)` without surrounding spaces, or null when nothing is left. */
export function trimmedCell(norm: string, from: number, to: number): Cell | null {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(norm[s] ?? '')) s++;
  while (e > s && /\s/.test(norm[e - 1] ?? '')) e--;
  return e > s ? { start: s, end: e, text: norm.slice(s, e) } : null;
}

const AIM_HEADER =
  /^(?:目标要求|工作目标|目标任务|具体目标|预期目标|年度目标|完成标准|工作标准|具体要求)$/;
const TASK_HEADER = /^(?:工作任务|重点任务|主要任务|具体任务|任务内容|工作内容|工作措施|主要措施)$/;
// A header label, maybe with its year and its unit in brackets (威胁户数(户), 2023年实际(亿元)),
// or a part of the column before it (其中:农村(个)); not a caption (…责任分工表).
const LABEL_CELL =
  /^(?:其中:)?(?:(?:19|20)\d\d年)?(?:[^\s,。;:、,.;:!?()()\d]{2,16}(?:\([^()\d]{1,4}\))?|[\u4e00-\u9fff]\([^()\d]{1,4}\))$(?<!表)/;
const MEASURE_HEADER = /^[\u4e00-\u9fff]{0,4}(?:措施|任务|内容|事项)$/;
const MAX_HEADER_CELLS = 12;

/** The non-empty lines of `norm`, split at tabs (a row written as one line), trimmed. */
export function textCells(norm: string, ix: TextIndex): Cell[] {
  const out: Cell[] = [];
  let lineStart = 0;
  for (let n = 0; n <= ix.newlines.length; n++) {
    const lineEnd = ix.newlines[n] ?? norm.length;
    for (let from = lineStart; from <= lineEnd;) {
      let to = from;
      while (to < lineEnd && norm[to] !== '\t') to++;
      const cell = trimmedCell(norm, from, to);
      if (cell) out.push(cell);
      from = to + 1;
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/**
 * Finds the tables of one cell per line whose header names column modes and whose rows open
 * with 1, 2, 3…. A page without tabs or such headers costs one pass over its lines.
 */
export function findLineTables(cells: readonly Cell[]): LineTable[] {
  const out: LineTable[] = [];
  const isLabel = (c: Cell | undefined): boolean =>
    c !== undefined && c.text.length <= 24 && LABEL_CELL.test(c.text);
  // A header cell that names something of its column: a mode, a baseline or a time.
  const names = (c: Cell) =>
    modeOf(c.text, true) !== undefined || BASE_HEADER.test(c.text) || TIME_HEADER.test(c.text);
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i] as Cell;
    if (!isLabel(cell) || !names(cell)) continue;
    let first = i;
    while (first > 0 && i - first < MAX_HEADER_CELLS && isLabel(cells[first - 1])) first--;
    // A header opens on 序号 where it has one (附件 / 重点任务清单 above it are captions).
    for (let k = i; k > first; k--) {
      if (cells[k]?.text === '序号') {
        first = k;
        break;
      }
    }
    let last = i;
    while (last - first < MAX_HEADER_CELLS && isLabel(cells[last + 1])) last++;
    const width = last - first + 1;
    // A group heading row (一、确保粮食安全…) may stand between the header or a row and the next.
    const skipGroups = (at: number): number => {
      let n = at;
      while (n < cells.length && n - at < 2 && GROUP_ROW.test(cells[n]?.text ?? '')) n++;
      return n;
    };
    if (width < 3 || cells[skipGroups(last + 1)]?.text !== '1') continue;
    const header = cells.slice(first, last + 1);
    // An aims column (工作标准, 目标要求) states commitments.
    const modes = header.map((c): Mode | undefined =>
      TIME_HEADER.test(c.text)
        ? undefined
        : AIM_HEADER.test(c.text)
          ? 'plan'
          : modeOf(c.text, true),
    );
    const bases = header.map((c) => BASE_HEADER.test(c.text) || STOCK_HEADER.test(c.text));
    const timeColumn = header.findIndex((c) => TIME_HEADER.test(c.text));
    // With a column of aims (目标要求), the task column (工作任务) describes the work; the aims
    // are what is committed to.
    const aims = header.some((c) => AIM_HEADER.test(c.text));
    const tasks = header.map((c) => aims && TASK_HEADER.test(c.text));
    const measures = header.map((c) => !aims && timeColumn > 0 && MEASURE_HEADER.test(c.text));
    const table: LineTable = { start: (cells[first] as Cell).start, end: 0, cells: [] };
    let row = 1;
    let j = skipGroups(last + 1);
    while (cells[j]?.text === String(row)) {
      // The row's cells run to the next row number (a cell may hold several lines), or to a
      // group heading row before it.
      // A full row comes first: a value cell may read like the next row's number (… | 2 | …).
      const full = cells[skipGroups(j + width)]?.text === String(row + 1);
      let k = full ? j + width : j + 1;
      const limit = j + 3 * width;
      while (k < cells.length && k < limit && cells[skipGroups(k)]?.text !== String(row + 1)) k++;
      const isLast = cells[skipGroups(k)]?.text !== String(row + 1);
      const rowEnd = isLast ? Math.min(j + width, cells.length) : k;
      const timeCell = timeColumn > 0 && rowEnd - j === width ? cells[j + timeColumn] : undefined;
      const time = timeCell ? { start: timeCell.start, end: timeCell.end } : undefined;
      for (let c = j; c < rowEnd; c++) {
        const at = cells[c] as Cell;
        const column = Math.min(c - j, width - 1);
        const mode = modes[column];
        table.cells.push({
          start: at.start,
          end: at.end,
          mode,
          ...(time ? { time } : {}),
          ...(bases[column] ? { base: true as const } : {}),
          ...(tasks[column] ? { task: true as const } : {}),
          ...(measures[column] ? { measure: true as const } : {}),
        });
        table.end = at.end;
      }
      j = isLast ? rowEnd : skipGroups(rowEnd);
      row++;
      if (isLast) break;
    }
    if (table.cells.length > 0) out.push(table);
    i = j - 1;
  }
  return out;
}

// A ranking table: a header row opening on 排名 / 名次, rows opening on the rank.
const RANK_HEADER = /^[ \t]*(?:排名|排序|名次|位次)(?:[ \t]{2,}|\t)[^\n]*$/gm;
const RANK_ROW = /^[ \t]*\d{1,3}(?:[ \t]{2,}|\t)[^\n]*(?:\n|$)/my;

/**
 * The spans of ranking tables (排名 | 县(市、区) | 完成率 / 1 | 临禹县 | 48.7%): each row ranks
 * a place or unit against the others; its figures are neither goals nor results of the page.
 */
export function findRankingTables(norm: string): Span[] {
  const out: Span[] = [];
  RANK_HEADER.lastIndex = 0;
  for (let m = RANK_HEADER.exec(norm); m; m = RANK_HEADER.exec(norm)) {
    let end = m.index + m[0].length + 1;
    RANK_ROW.lastIndex = end;
    for (let row = RANK_ROW.exec(norm); row; row = RANK_ROW.exec(norm)) end = RANK_ROW.lastIndex;
    if (end > m.index + m[0].length + 1) out.push({ start: m.index, end });
    RANK_HEADER.lastIndex = Math.max(RANK_HEADER.lastIndex, end);
  }
  return out;
}

/** The mode of the line-table cell that holds `pos`, if any. */
export function lineCellModeAt(tables: readonly LineTable[], pos: number): Mode | undefined {
  return lineCellAt(tables, pos)?.mode;
}

/** The line-table cell that holds `pos`, if any. */
export function lineCellAt(
  tables: readonly LineTable[],
  pos: number,
): LineTable['cells'][number] | undefined {
  for (const t of tables) {
    if (pos < t.start || pos >= t.end) continue;
    let lo = 0;
    let hi = t.cells.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = t.cells[mid] as LineTable['cells'][number];
      if (pos < c.start) hi = mid - 1;
      else if (pos >= c.end) lo = mid + 1;
      else return c;
    }
    return undefined;
  }
  return undefined;
}
