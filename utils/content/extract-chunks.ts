/**
 * Extraction for pages of any size. Short texts (the usual plan page) are extracted in one
 * call, so headings and dates give every item its full context. Longer texts are cut into
 * chunks at line breaks chosen by content (a cut falls where the following text hashes to a
 * fixed residue), so an edit moves only the cuts next to it; each chunk's result is cached by
 * its text, and after a page mutation only changed chunks are extracted again. A later chunk is
 * extracted behind a lead: the outer heading lines (第X章, 一、, (一)) of the text before it, so
 * that its items keep the years, modes and section paths those headings give; items found in
 * the lead itself are dropped.
 */
import type { ExtractContext, Goal } from '../extract/types';
import type { Slicer } from './schedule';

/** Texts up to this length are extracted whole. */
export const CHUNK_MAX = 40_000;
/** No content-defined cut before this many characters into a chunk. */
export const CHUNK_MIN = 12_000;

export interface Span {
  start: number;
  end: number;
}

function smallHash(text: string, from: number): number {
  let h = 0;
  for (let i = from; i < Math.min(text.length, from + 16); i++) {
    h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0;
  }
  return h >>> 0;
}

/** Where a chunk that starts at `start` ends (exclusive). */
function cutAfter(text: string, start: number): number {
  const limit = start + CHUNK_MAX;
  if (text.length <= limit) return text.length;
  for (let i = text.indexOf('\n', start + CHUNK_MIN); i !== -1 && i < limit;) {
    if (smallHash(text, i + 1) % 4 === 0) return i + 1;
    i = text.indexOf('\n', i + 1);
  }
  // No chosen cut: the last line break, else the last full stop, else a hard cut.
  const newline = text.lastIndexOf('\n', limit - 1);
  if (newline > start) return newline + 1;
  const stop = text.lastIndexOf('。', limit - 1);
  return stop > start ? stop + 1 : limit;
}

/** Splits `text` into chunks (whole when short). */
export function chunkText(text: string): Span[] {
  const chunks: Span[] = [];
  for (let start = 0; start < text.length;) {
    const end = cutAfter(text, start);
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

// Outer heading lines: 第一章 / 一、 / (一) at a line start, short enough to be a heading.
const HEADING =
  /^[ \t\u3000]*(?:第[一二三四五六七八九十百]+[章节篇部]|[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[^\n]{0,60}$/gm;
const LEAD_LINES = 40;

/** Makes ids unique within one page (chunks may produce the same id twice). */
function uniqueIds(goals: Goal[]): Goal[] {
  const seen = new Set<string>();
  return goals.map((g) => {
    const id = seen.has(g.id) ? `${g.id}@${g.start}` : g.id;
    seen.add(id);
    return id === g.id ? g : { ...g, id };
  });
}

export type Extract = (text: string, context: ExtractContext) => Goal[] | Promise<Goal[]>;

export interface ChunkedExtractor {
  /** Extracts `text`, yielding between chunks through `slicer`; returns goals in text order. */
  extract(text: string, context: ExtractContext, slicer: Slicer): Promise<Goal[]>;
  /** Chunks extracted (not served from the cache) by the last call. */
  readonly lastExtracted: number;
}

export function createChunkedExtractor(extract: Extract): ChunkedExtractor {
  let cache = new Map<string, Goal[]>();
  let lastExtracted = 0;
  return {
    async extract(text, context, slicer) {
      const contextKey = JSON.stringify(context);
      const next = new Map<string, Goal[]>();
      const out: Goal[] = [];
      lastExtracted = 0;
      let headings: string[] = [];
      for (const { start, end } of chunkText(text)) {
        const chunk = text.slice(start, end);
        const lead = headings.length ? headings.join('\n') + '\n' : '';
        const key = `${contextKey}\u0000${lead}\u0000${chunk}`;
        let goals = cache.get(key) ?? next.get(key);
        if (!goals) {
          await slicer.pause();
          goals = await extract(lead + chunk, context);
          lastExtracted += 1;
        }
        next.set(key, goals);
        const shift = start - lead.length;
        for (const g of goals) {
          if (g.start < lead.length) continue;
          out.push(shift ? { ...g, start: g.start + shift, end: g.end + shift } : g);
        }
        headings = headings.concat(chunk.match(HEADING) ?? []).slice(-LEAD_LINES);
      }
      cache = next;
      return uniqueIds(out);
    },
    get lastExtracted() {
      return lastExtracted;
    },
  };
}
