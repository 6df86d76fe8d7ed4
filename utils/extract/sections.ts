/**
 * Headings and the section path of every position. Official documents number their levels
 * 第X章 → 一、 → (一) → 1. → (1) → ① → 一是 → —— ; progress tables flatten to a row number
 * alone on a line followed by the row's task name. Each heading may also carry a year
 * (二、2022年工作计划) and a mode: 工作总结/完成情况 switch to reported results, 工作计划/目标
 * to commitments.
 */
import { PLAN_HEADING, REPORT_HEADING } from './lexicon';

/** Reported results (`report`) or commitments (`plan`). */
export type Mode = 'report' | 'plan';

/** One heading in the text. */
export interface Heading {
  /** Offset of the marker. */
  pos: number;
  /** End of the heading's own text (first sentence or line). */
  end: number;
  /** Lower is outer. */
  rank: number;
  label: string;
  year?: number;
  mode?: Mode;
  /** A task name in a progress table (the 项目名称 column): its quantities are targets. */
  task?: boolean;
}

/** What is known at a position: the heading path and the nearest year and mode. */
export interface SectionInfo {
  path: string[];
  year?: number;
  mode?: Mode;
  /** The heading whose own text holds the position, if any. */
  heading?: Heading;
  /** The innermost heading of the path (the nearest one before the position). */
  inner?: Heading;
}

const MAX_LABEL = 24;
/** The rank of an attachment's caption (附件1: / 附表:): outside every part of the document before
 * it; its mode is the title's (its caption's 主要指标 names a table, not a part of the plan). */
export const ATTACHMENT_RANK = -1;

const MARKERS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^[ \t]*附[件表]\s{0,2}\d{0,2}\s{0,2}(?=[:\n])/gm, ATTACHMENT_RANK],
  [/^[ \t]*第[一二三四五六七八九十百]+[章节篇部]/gm, 0],
  [/^[ \t]*[一二三四五六七八九十]{1,3}[、.]/gm, 1],
  [/^[ \t]*\([一二三四五六七八九十]{1,3}\)/gm, 2],
  [/^[ \t]*\d{1,2}(?:[.、](?![\d%])|\.(?=\d{1,2}月))/gm, 3],
  [/^[ \t]*(?:\(\d{1,2}\)|\d{1,2}\))/gm, 4],
  [/^[ \t]*[①-⑳]/gm, 5],
  [/^[ \t]*——/gm, 7],
];
// A progress-table row: its number alone on a line, the task name on the next non-empty line.
const ROW = /^[ \t]*([1-9]\d{0,2})[ \t]*\n(?:[ \t]*\n)*[ \t]*(?=\S)/gm;
const NOT_TASK = /^(?:预期性|约束性|指导性|[\d—\-[≥≤<>])/;
// 一是 / 二是 open a sub-point anywhere a sentence starts, also inside a paragraph.
const INLINE = /[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff“])/g;
const LABEL_END = /[。;:!?\n]|[一二三四五六七八九十]{1,2}是(?=[\u4e00-\u9fff“])/g;
// (A range names its first year: 四、2026—2027年供暖季工作计划 → 2026.)
const YEAR = /((?:19|20)\d\d)\s*(?:[-—–~至到]\s*(?:19|20)?\d\d\s*)?年/;

/**
 * Last cue wins: Chinese titles are head-final (年度重点工作四季度完成情况 is a report). With
 * `anchored`, the cue must end the text (二、主要目标), so that a task heading that merely names
 * a plan (编制“十四五”规划) does not switch the mode.
 */
export function modeOf(text: string, anchored = false): Mode | undefined {
  let best: Mode | undefined;
  let at = -1;
  let cueEnd = 0;
  for (const [re, mode] of [
    [REPORT_HEADING, 'report'],
    [PLAN_HEADING, 'plan'],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m.index >= at) {
        at = m.index;
        cueEnd = m.index + m[0].length;
        best = mode;
      }
    }
  }
  // Anchored, the cue ends the text, but for a closing aside (月度进展通报(2024年1—6月)).
  const rest = text.replace(/[\s。:;,.]+$/, '').replace(/\([^()]{1,20}\)$/, '');
  if (anchored && rest.length - cueEnd > 0) return undefined;
  return best;
}

/** A heading whose verb works on a plan (细化整改方案, 制定实施方案, 编制规划). */
const DRAFTS_PLAN = /^\s{0,2}(?:细化|制定|编制|修订|修编|印发|出台|起草|完善|优化|审议|报批)/;

/** A heading's own text ends at its first sentence end, or after at most 120 characters. */
function headingEnd(norm: string, from: number): number {
  const window = norm.slice(from, from + 120);
  LABEL_END.lastIndex = 1;
  const m = LABEL_END.exec(window);
  return from + (m ? m.index : window.length);
}

function makeHeading(
  norm: string,
  text: string,
  pos: number,
  bodyStart: number,
  rank: number,
): Heading {
  const end = headingEnd(norm, bodyStart);
  const raw = norm.slice(pos, end).trim();
  // The label stops at the first comma: (一)全面深入实施“四大战略”,不断加强… reads as its head.
  // It is cut from the original text, so that it reads as written (（三）, not (三)).
  const comma = raw.indexOf(',', bodyStart - pos);
  const head = text.slice(pos, pos + (comma > 0 ? comma : raw.length));
  const label = head.length > MAX_LABEL ? `${head.slice(0, MAX_LABEL)}…` : head;
  // Its year, like its label, is read from the head: in 1.3月份,听取和审议…关于2023年度…的报告 the
  // year names a report, not the item's year.
  // A list item written as a sentence takes a year that opens it (1.2024年,…; 2.到2025年…),
  // not one its object names (2.三季度完成2023年度监测成果复核).
  // (A year inside a document's name, 审议《…三年行动方案(2026—2028年)》, names the document.)
  const year = YEAR.exec(
    (comma > 0 ? raw.slice(0, comma) : raw).replace(/《[^》]*》/g, (m) => ' '.repeat(m.length)),
  );
  const opens = rank <= 2 || raw.length <= MAX_LABEL || (year?.index ?? 0) <= bodyStart - pos + 2;
  const heading: Heading = { pos, end, rank, label };
  if (year?.[1] && opens) heading.year = Number(year[1]);
  // Only structural headings (第X章, 一、, (一)) that are short and single-clause switch the mode;
  // a list item that ends with 规划 or 任务 (推进编制…规划。) is a task, not a part of the document.
  const mode =
    rank !== ATTACHMENT_RANK && rank <= 2 && raw.length <= 24 && !/[,;]/.test(raw)
      ? modeOf(raw, true)
      : undefined;
  // (二)细化整改方案 in a report names what was done to a plan, not a plan part.
  const drafted = mode === 'plan' && DRAFTS_PLAN.test(norm.slice(bodyStart, end));
  if (mode && !drafted) heading.mode = mode;
  return heading;
}

/** Finds every heading of `norm` (normalised text), in text order; labels come from `text`. */
export function findHeadings(norm: string, text: string = norm): Heading[] {
  const out: Heading[] = [];
  for (const [re, rank] of MARKERS) {
    re.lastIndex = 0;
    for (let m = re.exec(norm); m; m = re.exec(norm)) {
      const pos = m.index + (m[0].length - m[0].trimStart().length);
      out.push(makeHeading(norm, text, pos, m.index + m[0].length, rank));
    }
  }
  INLINE.lastIndex = 0;
  for (let m = INLINE.exec(norm); m; m = INLINE.exec(norm)) {
    let i = m.index - 1;
    while (i >= 0 && (norm[i] === ' ' || norm[i] === '\t')) i--;
    if (i < 0 || '\n。;'.includes(norm[i] ?? '')) {
      out.push(makeHeading(norm, text, m.index, m.index + m[0].length, 6));
    }
  }
  ROW.lastIndex = 0;
  for (let m = ROW.exec(norm); m; m = ROW.exec(norm)) {
    const bodyStart = m.index + m[0].length;
    // A number cell of an indicator table (95, then 预期性 or the next figure) is no row number.
    if (NOT_TASK.test(norm.slice(bodyStart, bodyStart + 4))) continue;
    const heading = makeHeading(norm, text, bodyStart, bodyStart, 1);
    heading.label = `${m[1]} ${heading.label}`;
    heading.task = true;
    delete heading.mode;
    out.push(heading);
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** Precomputed section paths, queried by position with a binary search. */
export class SectionIndex {
  private readonly headings: Heading[];
  private readonly infos: SectionInfo[];

  /** `norm` is searched; labels are cut from `text`, the original of the same length. */
  constructor(norm: string, text: string = norm) {
    this.headings = findHeadings(norm, text);
    this.infos = [];
    let stack: Heading[] = [];
    for (const h of this.headings) {
      stack = stack.filter((s) => s.rank < h.rank);
      stack.push(h);
      this.infos.push(infoOf(stack));
    }
  }

  /** Section information at offset `pos`. */
  at(pos: number): SectionInfo {
    let lo = 0;
    let hi = this.headings.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if ((this.headings[mid]?.pos ?? 0) <= pos) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (found < 0) return { path: [] };
    const info = this.infos[found] ?? { path: [] };
    const h = this.headings[found];
    return h && pos < h.end ? { ...info, heading: h } : info;
  }
}

function infoOf(stack: Heading[]): SectionInfo {
  const info: SectionInfo = { path: stack.map((h) => h.label) };
  const inner = stack.at(-1);
  if (inner) info.inner = inner;
  for (let i = stack.length - 1; i >= 0; i--) {
    const h = stack[i];
    if (info.year === undefined && h?.year !== undefined) info.year = h.year;
    if (info.mode === undefined && h?.mode !== undefined) info.mode = h.mode;
  }
  return info;
}
