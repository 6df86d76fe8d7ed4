/**
 * List openers: a line ending with a colon that introduces a list (到2025年,力争实现以下目标:
 * / 以下是2023年工作回顾:). Items on the list lines that follow inherit what the opener says
 * when their own sentence says nothing: its time phrase (due, and the time frame for kind), its
 * strength cue (a 力争 that opens a list governs every item in it) and its genre words.
 */
import type { Span } from './clauses';
import type { Doc } from './doc';

// A list line starts with a marker: 1. 1、 (1) 1) (一) 一、 ① 1️⃣ • — 一是.
const LIST_MARKER =
  /[ \t]*(?:\d{1,2}[.、)]|\(\d{1,2}\)|\(?[一二三四五六七八九十]{1,3}[、)]|[①-⑳]|\d\uFE0F?\u20E3|[•·*-]|——|[一二三四五六七八九十]{1,2}是)/y;
/** Lines and characters an opener reaches over. */
const MAX_LINES = 40;
const MAX_CHARS = 4000;

function isListLine(norm: string, lineStart: number): boolean {
  LIST_MARKER.lastIndex = lineStart;
  return LIST_MARKER.test(norm);
}

/** The opener line whose list holds `pos`, or null when `pos` is not on such a list. */
export function openerAt(doc: Doc, pos: number): Span | null {
  const { norm } = doc;
  let lineStart = norm.lastIndexOf('\n', pos - 1) + 1;
  if (!isListLine(norm, lineStart)) return null;
  for (let lines = 0; lines < MAX_LINES && lineStart > 0; lines++) {
    const end = lineStart - 1; // the '\n' that ends the previous line
    const start = norm.lastIndexOf('\n', end - 1) + 1;
    if (pos - start > MAX_CHARS) return null;
    const line = norm.slice(start, end).trim();
    if (line.endsWith(':')) return { start, end };
    if (line.length > 0 && !isListLine(norm, start)) return null;
    lineStart = start;
  }
  return null;
}
