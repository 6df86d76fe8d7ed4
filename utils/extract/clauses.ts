/**
 * Clause, segment and sentence boundaries, and quoted stretches, indexed once per text. The
 * guide's clause runs from the character after the previous `,，;；。` (or list marker) to the
 * next one; a segment ends at `；` or `。`; a sentence at `。` or a line break. Lookups are binary
 * searches and every span is capped, so a page without punctuation costs no more than one with.
 */

/** Span `[start, end)` of text. */
export interface Span {
  start: number;
  end: number;
}

/** Delimiter positions per level and the quoted stretches of one text. */
export interface TextIndex {
  readonly length: number;
  readonly clause: number[];
  readonly segment: number[];
  readonly sentence: number[];
  /** Positions of line breaks. */
  readonly newlines: number[];
  /** Positions of tabs (cell boundaries of a table row). */
  readonly tabs: number[];
  /** Flattened `[open, close)` pairs of “…”, 《…》, 「…」 (an unclosed quote ends its sentence). */
  readonly quotes: number[];
}

/** Delimiter levels by character: 1 clause, 2 segment, 4 sentence (a sentence end ends all). */
const LEVELS: Record<string, number> = {
  ',': 1,
  ':': 1,
  '…': 1,
  ';': 3,
  '。': 7,
  '!': 7,
  '?': 7,
  '\n': 7,
  '\r': 7,
  // A table cell ends where the next begins (rows as text: one line, cells split by tabs).
  '\t': 7,
};
const CLOSER: Record<string, string> = { '“': '”', '《': '》', '「': '」', '『': '』', '"': '"' };
const CLOSERS = new Set(Object.values(CLOSER));

/** Longest clause, segment and sentence considered around a position. */
const CAP = { clause: 300, segment: 600, sentence: 1000 };

/**
 * Indexes the delimiters and quotes of `norm` (normalised text) in one pass over character
 * codes (a table lookup per character; regular expressions were the slowest part here).
 */
export function indexText(norm: string): TextIndex {
  const clause: number[] = [];
  const segment: number[] = [];
  const sentence: number[] = [];
  const quotes: number[] = [];
  const newlines: number[] = [];
  const tabs: number[] = [];
  let open: string | undefined;
  let openAt = 0;
  for (let i = 0; i < norm.length; i++) {
    if (MARKS[norm.charCodeAt(i)] !== 1) continue;
    const ch = norm[i] as string;
    if (ch === ',' && thousands(norm, i)) continue; // 1,268万人次: one number
    const level = LEVELS[ch] ?? 0;
    if (level & 1) clause.push(i);
    if (level & 2) segment.push(i);
    if (level & 4) sentence.push(i);
    if (ch === '\n') newlines.push(i);
    else if (ch === '\t') tabs.push(i);
    if (open !== undefined) {
      if (ch === CLOSER[open] || level & 4) {
        quotes.push(openAt, i);
        open = undefined;
      }
    } else if (ch in CLOSER) {
      open = ch;
      openAt = i;
    }
  }
  if (open !== undefined) quotes.push(openAt, norm.length);
  return { length: norm.length, clause, segment, sentence, newlines, tabs, quotes };
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** True when the comma at `i` groups a number's thousands (1,268 / 12,500.5), not clauses. */
function thousands(norm: string, i: number): boolean {
  return (
    isDigit(norm.charCodeAt(i - 1)) &&
    isDigit(norm.charCodeAt(i + 1)) &&
    isDigit(norm.charCodeAt(i + 2)) &&
    isDigit(norm.charCodeAt(i + 3)) &&
    !isDigit(norm.charCodeAt(i + 4))
  );
}

// Characters the index cares about, flagged by code for a fast test in the loop above.
const MARKS = new Uint8Array(0x10000);
for (const ch of [...Object.keys(LEVELS), ...Object.keys(CLOSER), ...CLOSERS]) {
  MARKS[ch.charCodeAt(0)] = 1;
}
const SENTENCE_CH = '。!?\n\r\t';

/** Index of the last element `< pos` (or -1). */
function lastBefore(sorted: number[], pos: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < pos) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function spanIn(delims: number[], length: number, pos: number, cap: number): Span {
  const i = lastBefore(delims, pos);
  const start = i >= 0 ? (delims[i] ?? -1) + 1 : 0;
  const next = delims[i + 1];
  const end = next !== undefined ? next : length;
  return { start: Math.max(start, pos - cap), end: Math.min(end, pos + cap) };
}

/** The clause that holds `pos` (delimiters excluded). */
export const clauseAt = (ix: TextIndex, pos: number): Span =>
  spanIn(ix.clause, ix.length, pos, CAP.clause);
/** The `；`-delimited segment that holds `pos`. */
export const segmentAt = (ix: TextIndex, pos: number): Span =>
  spanIn(ix.segment, ix.length, pos, CAP.segment);
/** The sentence (up to `。` or a line break) that holds `pos`. */
export const sentenceAt = (ix: TextIndex, pos: number): Span =>
  spanIn(ix.sentence, ix.length, pos, CAP.sentence);

/** Offset where the line holding `pos` starts (a binary search: pages may have no line breaks). */
export function lineStartAt(ix: TextIndex, pos: number): number {
  const i = lastBefore(ix.newlines, pos);
  return i >= 0 ? (ix.newlines[i] ?? -1) + 1 : 0;
}

/** The next clause after the one ending at `end`, within the same sentence, or null. */
export function nextClause(ix: TextIndex, norm: string, end: number): Span | null {
  const ch = norm[end];
  if (ch === undefined || SENTENCE_CH.includes(ch)) return null;
  return clauseAt(ix, end + 1);
}

/**
 * True when `pos` lies inside “…”, 《…》 or 「…」: numbers there are names
 * (“100个特色产业质量提升行动”, 《…2020-2021年工作要点》), not amounts.
 */
export function insideQuote(ix: TextIndex, pos: number): boolean {
  const i = lastBefore(ix.quotes, pos + 1);
  // Even index = an opening position at or before pos; inside when pos is before its close.
  return i >= 0 && i % 2 === 0 && pos > (ix.quotes[i] ?? 0) && pos < (ix.quotes[i + 1] ?? 0);
}

/** True when `ch` ends a clause (or the text ends). */
export const isClauseEnd = (ch: string | undefined): boolean =>
  ch === undefined || ',;。!?:\n\r\t…'.includes(ch);

// List markers and bullets that open a clause but are not part of it (一是, (三), 1., ①, ——).
const LEAD =
  /(?:\s|——|—|-|•|·|\*|\.|\d{1,2}[.、)](?![\d%])|\d{1,2}\.(?=\d{1,2}月)|\(\d{1,2}\)|\([一二三四五六七八九十]{1,3}\)|[一二三四五六七八九十]{1,3}[、是]|[①-⑳])+/y;

/** Moves `start` past whitespace, list markers and bullets at the head of a clause. */
export function skipLead(norm: string, start: number, end: number): number {
  LEAD.lastIndex = start;
  const m = LEAD.exec(norm);
  if (!m) return start;
  return Math.min(start + m[0].length, end);
}

// A bracket that annotates a task instead of continuing its words: who answers for it
// (责任单位:…, 区住建局牵头) or by when (完成时限:…). Unit brackets (5台(套), 21个市(州)) are not.
const ANNOTATION =
  /\((?:[^()]{0,6}(?:单位|部门|科室|处室)|(?:完成|办结)?(?:时限|时间)|牵头|责任|配合|[^()]{0,30}?(?:局|委|办|中心|政府|街道|镇街|各镇|公司)(?=[、,;:)]|牵头|负责|配合))/y;

/** True when an annotation bracket opens at `pos` ((责任人:…), (区住建局牵头)). */
export function opensAnnotation(norm: string, pos: number): boolean {
  if (norm[pos] !== '(') return false;
  ANNOTATION.lastIndex = pos;
  return ANNOTATION.test(norm);
}

/** Where an annotation bracket that closes `[start, end)` (or is cut off by it) opens; else `end`. */
export function annotationStart(norm: string, start: number, end: number): number {
  // Scans stay inside [start, end): lastIndexOf/indexOf on the whole text would make every
  // call as long as the page.
  let at = end - 1;
  while (at >= start && norm[at] !== '(') at--;
  if (at < start) return end;
  let close = at + 1;
  while (close < end && norm[close] !== ')') close++;
  if (close < end && norm.slice(close + 1, end).trim() !== '') return end;
  ANNOTATION.lastIndex = at;
  return ANNOTATION.test(norm) ? at : end;
}

/** Moves `end` back over trailing whitespace, an annotation bracket and an unmatched closing
 * bracket. */
export function trimEnd(norm: string, start: number, end: number): number {
  end = annotationStart(norm, start, end);
  while (end > start && /\s/.test(norm[end - 1] ?? '')) end--;
  if (norm[end - 1] === ')' && !norm.slice(start, end).includes('(')) end--;
  return end;
}

/** The last of `items` (sorted by start) that starts at or before `pos`: a binary search. */
export function lastStartingBy<T extends { start: number }>(
  items: readonly T[],
  pos: number,
): T | undefined {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid]?.start ?? 0) <= pos) lo = mid + 1;
    else hi = mid;
  }
  return items[lo - 1];
}
