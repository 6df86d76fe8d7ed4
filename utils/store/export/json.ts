/**
 * The library's own file format: everything needed to rebuild the library, re-importable.
 *
 * ```json
 * { "format": "plan-goal-reader/library", "version": 1, "exported": "2021-10-09T03:15:00.000Z",
 *   "pages": [...], "goals": [...], "clips": [...] }
 * ```
 *
 * Reading a file checks every record field by field before anything is written; the first
 * problem is reported with its path (`goals[12].kind: expected one of …`).
 */
import { StoreError } from '../errors';
import type { LibraryData } from '../filter';
import { checkClipRecord, checkGoalRecord, checkPage } from '../record-check';
import { arr, FieldError, obj } from '../validate';

export const LIBRARY_FORMAT = 'plan-goal-reader/library';
export const LIBRARY_FORMAT_VERSION = 1;

/** Largest file accepted, in UTF-16 code units (about 100 MB of text). */
export const MAX_IMPORT_CHARS = 50_000_000;

/** Serialises library data (pretty-printed: people read and diff these files). */
export function toLibraryJson(data: LibraryData, exported: Date): string {
  return `${JSON.stringify(
    {
      format: LIBRARY_FORMAT,
      version: LIBRARY_FORMAT_VERSION,
      exported: exported.toISOString(),
      pages: data.pages,
      goals: data.goals,
      clips: data.clips,
    },
    null,
    2,
  )}\n`;
}

function invalid(detail: string): StoreError {
  return new StoreError('invalid-import', `This file cannot be imported: ${detail}`);
}

function parse(text: string): unknown {
  if (text.length > MAX_IMPORT_CHARS) throw invalid('it is larger than the library accepts.');
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw invalid(`it is not JSON (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function header(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid('it is not a Plan Goal Reader library export.');
  }
  const h = value as Record<string, unknown>;
  if (h.format !== LIBRARY_FORMAT) {
    throw invalid(`it is not a Plan Goal Reader library export (format "${String(h.format)}").`);
  }
  if (h.version !== LIBRARY_FORMAT_VERSION) {
    throw invalid(
      `format version ${String(h.version)} is not supported (expected ${LIBRARY_FORMAT_VERSION}).`,
    );
  }
  return h;
}

/** Every goal and clip must cite a page of the file, and keys must be unique. */
function checkReferences(data: LibraryData): void {
  const pages = new Set<string>();
  data.pages.forEach((p, i) => {
    if (pages.has(p.url)) throw new FieldError(`pages[${i}].url`, 'the same page appears twice');
    pages.add(p.url);
  });
  const goalKeys = new Set<string>();
  data.goals.forEach((g, i) => {
    if (!pages.has(g.url))
      throw new FieldError(`goals[${i}].url`, 'no page of this file has that URL');
    const key = `${g.url}\n${g.id}`;
    if (goalKeys.has(key)) throw new FieldError(`goals[${i}].id`, 'the same goal appears twice');
    goalKeys.add(key);
  });
  const clipIds = new Set<string>();
  data.clips.forEach((c, i) => {
    if (!pages.has(c.url))
      throw new FieldError(`clips[${i}].url`, 'no page of this file has that URL');
    if (clipIds.has(c.id)) throw new FieldError(`clips[${i}].id`, 'the same clip appears twice');
    clipIds.add(c.id);
  });
}

/** Parses and checks a library file; throws `invalid-import` naming the first problem. */
export function parseLibraryJson(text: string): LibraryData {
  const h = header(parse(text));
  try {
    const root = obj(h, 'file');
    const data: LibraryData = {
      pages: arr(root.pages, 'pages').map((p, i) => checkPage(p, `pages[${i}]`)),
      goals: arr(root.goals, 'goals').map((g, i) => checkGoalRecord(g, `goals[${i}]`)),
      clips: arr(root.clips ?? [], 'clips').map((c, i) => checkClipRecord(c, `clips[${i}]`)),
    };
    checkReferences(data);
    return data;
  } catch (error) {
    if (error instanceof FieldError) throw invalid(error.message);
    throw error;
  }
}
