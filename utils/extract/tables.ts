/**
 * Tables written as text: one row per line, cells split by tabs (what a page's <table> becomes
 * as visible text). A progress table names the mode of each column in its header row
 * (序号 | 项目名称 | 年度目标任务 | 1—9月完成情况 | 牵头单位): the cells under 年度目标任务 are
 * commitments and those under 完成情况 are results, whatever the title says. The header is found
 * once per call; an item asks for its column with two binary searches.
 */
import type { TextIndex } from './clauses';
import type { Mode } from './sections';
import { modeOf } from './sections';

/** A table: its header's column modes and the span of its rows. */
export interface Table {
  /** Start of the header row. */
  start: number;
  /** End of the last row that still has a tab. */
  end: number;
  /** Mode of each column (index = number of tabs before the cell), where its header names one. */
  modes: Array<Mode | undefined>;
}

/** Longest header row and header cell read (a header is a row of short labels). */
const MAX_HEADER = 200;
const MAX_CELL = 20;
const NUMBER_CELL = /^\s*\d{1,3}\s*$/;

/** Column modes of a header row, or null when the row is no header. */
function headerModes(line: string): Array<Mode | undefined> | null {
  if (line.length > MAX_HEADER) return null;
  const cells = line.split('\t').map((c) => c.trim());
  // A data row starts with its row number (1 | 学前教育扩容 | …); a header row with labels.
  if (cells.length < 3 || NUMBER_CELL.test(cells[0] ?? '')) return null;
  if (cells.some((c) => c.length > MAX_CELL)) return null;
  const modes = cells.map((c) => modeOf(c, true));
  return modes.some((m) => m !== undefined) ? modes : null;
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
      const modes =
        lineEnd - lineStart <= MAX_HEADER ? headerModes(norm.slice(lineStart, lineEnd)) : null;
      if (modes) {
        current = { start: lineStart, end: lineEnd, modes };
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
  const column = lowerBound(ix.tabs, pos) - lowerBound(ix.tabs, lineStart);
  return found.modes[column];
}
