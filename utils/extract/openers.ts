/**
 * List openers: a line ending with a colon that introduces a list (到2025年,力争实现以下目标:
 * / 以下是2023年工作回顾:). Items on the list lines that follow inherit what the opener says
 * when their own sentence says nothing: its time phrase (due, and the time frame for kind), its
 * strength cue (a 力争 that opens a list governs every item in it) and its genre words.
 */
import type { Span } from './clauses';
import { lineStartAt } from './clauses';
import type { Doc } from './doc';

// A list line starts with a marker: 1. 1、 (1) 1) (一) 一、 ① 1️⃣ • — 一是.
const LIST_MARKER =
  /[ \t]*(?:\d{1,2}[.、)]|\(\d{1,2}\)|\(?[一二三四五六七八九十]{1,3}[、)]|[①-⑳]|\d\uFE0F?\u20E3|[•·*-]|——|[一二三四五六七八九十]{1,2}是)/y;
/** How many lines below its opener a list item may sit. */
const MAX_LINES = 40;

function isListLine(norm: string, lineStart: number): boolean {
  LIST_MARKER.lastIndex = lineStart;
  return LIST_MARKER.test(norm);
}

interface LineInfo {
  opener: Span | null;
  /** Lines between this line and its opener. */
  depth: number;
}

// Per-call memo of line starts → opener, so that a list of 10 000 lines is walked once.
const memos = new WeakMap<Doc, Map<number, LineInfo>>();

/** What the line before `lineStart` says: an opener, the end of the list, or more list. */
function step(doc: Doc, lineStart: number): LineInfo | number {
  const { norm } = doc;
  if (lineStart === 0) return { opener: null, depth: 0 };
  const end = lineStart - 1; // the '\n' that ends the previous line
  const start = lineStartAt(doc.index, end);
  const line = norm.slice(start, end).trim();
  if (line.endsWith(':')) return { opener: { start, end }, depth: 0 };
  if (line.length > 0 && !isListLine(norm, start)) return { opener: null, depth: 0 };
  return start;
}

/** The opener line whose list holds `pos`, or null when `pos` is not on such a list. */
export function openerAt(doc: Doc, pos: number): Span | null {
  const { norm } = doc;
  const lineStart = lineStartAt(doc.index, pos);
  if (!isListLine(norm, lineStart)) return null;
  let memo = memos.get(doc);
  if (!memo) memos.set(doc, (memo = new Map()));
  const path: number[] = [];
  let found: LineInfo | undefined;
  for (let cur = lineStart; found === undefined;) {
    found = memo.get(cur);
    if (found) break;
    path.push(cur);
    const next = step(doc, cur);
    if (typeof next === 'number') cur = next;
    else found = next;
  }
  for (let i = path.length - 1; i >= 0; i--) {
    const depth: number = found.depth + 1;
    found = { opener: depth > MAX_LINES ? null : found.opener, depth };
    memo.set(path[i] as number, found);
  }
  return memo.get(lineStart)?.opener ?? null;
}
