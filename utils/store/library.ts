/**
 * Whole-library operations for the library and options pages: reading (all of it, or a
 * filter's selection narrowed first through an index), notes and tags, deleting and clearing.
 * Each write is one transaction and resolves only after it completed.
 */
import { mergeClip, mergeGoal, mergePage } from './merge';
import { StoreError } from './errors';
import { applyFilter, type LibraryData, type LibraryFilter } from './filter';
import type { ClipRecord, GoalRecord } from './records';
import type { LibraryDB } from './schema';
import { runWrite } from './tx';
import { normalizeUrl } from './url';

const STORES = ['pages', 'goals', 'clips'] as const;

/** Everything in the library. */
export async function loadLibrary(db: LibraryDB): Promise<LibraryData> {
  const tx = db.transaction(STORES, 'readonly');
  const [pages, goals, clips] = await Promise.all([
    tx.objectStore('pages').getAll(),
    tx.objectStore('goals').getAll(),
    tx.objectStore('clips').getAll(),
    tx.done,
  ]);
  return { pages, goals, clips };
}

/** The goals a filter can be narrowed to through one index before the exact predicate runs. */
async function candidateGoals(db: LibraryDB, f: LibraryFilter): Promise<GoalRecord[]> {
  if (f.url) return db.getAllFromIndex('goals', 'url', normalizeUrl(f.url));
  if (f.kinds?.length === 1) return db.getAllFromIndex('goals', 'kind', f.kinds[0]);
  if (f.dueYear !== undefined) {
    const range = IDBKeyRange.bound(`${f.dueYear}-01-01`, `${f.dueYear}-12-31`);
    return db.getAllFromIndex('goals', 'due', range);
  }
  if (f.strengths?.length === 1) return db.getAllFromIndex('goals', 'strength', f.strengths[0]);
  if (f.tag) return db.getAllFromIndex('goals', 'tags', f.tag);
  return db.getAll('goals');
}

/** The selection of the library a filter keeps (goals, clips and the pages they cite). */
export async function queryLibrary(db: LibraryDB, filter: LibraryFilter): Promise<LibraryData> {
  const f = filter.url ? { ...filter, url: normalizeUrl(filter.url) } : filter;
  const [goals, clips, pages] = await Promise.all([
    candidateGoals(db, f),
    f.url ? db.getAllFromIndex('clips', 'url', f.url) : db.getAll('clips'),
    db.getAll('pages'),
  ]);
  return applyFilter({ pages, goals, clips }, f);
}

/** The first goals in due-date order, for a first screen before the whole library arrived.
 * (No total: counting ten thousand records costs more than reading the sixty.) */
export type LibraryPreview = LibraryData;

/**
 * The first `limit` goals in due-date order (dated ones through the due index, then undated
 * ones), with every page. Reading ten thousand goals takes hundreds of milliseconds; this
 * takes a few, so the library can show its first screen at once and fill in the rest.
 */
export async function previewLibrary(db: LibraryDB, limit: number): Promise<LibraryPreview> {
  const tx = db.transaction(STORES, 'readonly');
  const goals = tx.objectStore('goals');
  const [dated, pages] = await Promise.all([
    goals.index('due').getAll(null, limit),
    tx.objectStore('pages').getAll(),
  ]);
  const picked = [...dated];
  for (let cursor = await goals.openCursor(); cursor && picked.length < limit;) {
    if (!cursor.value.due) picked.push(cursor.value);
    cursor = await cursor.continue();
  }
  await tx.done;
  return { pages, goals: picked, clips: [] };
}

/** What a note or tag edit applies to. */
export type AnnotationTarget =
  { type: 'goal'; url: string; id: string } | { type: 'clip'; id: string };

export interface Annotation {
  /** Empty string removes the note. */
  note?: string;
  tags?: string[];
}

function annotated<T extends GoalRecord | ClipRecord>(record: T, a: Annotation): T {
  const next = { ...record };
  if (a.note !== undefined) {
    if (a.note.trim() === '') delete next.note;
    else next.note = a.note;
  }
  if (a.tags !== undefined) next.tags = a.tags;
  return next;
}

/** Sets the note and/or tags of one goal or clip; resolves with the updated record. */
export async function annotate(
  db: LibraryDB,
  target: AnnotationTarget,
  annotation: Annotation,
): Promise<GoalRecord | ClipRecord> {
  const tx = db.transaction(['goals', 'clips'], 'readwrite');
  return runWrite(tx, async (track) => {
    if (target.type === 'goal') {
      const goals = tx.objectStore('goals');
      const old = await track(goals.get([target.url, target.id]));
      if (!old) throw new StoreError('invalid-input', 'That goal is no longer in the library.');
      const next = annotated(old, annotation);
      track(goals.put(next));
      return next;
    }
    const clips = tx.objectStore('clips');
    const old = await track(clips.get(target.id));
    if (!old) throw new StoreError('invalid-input', 'That clip is no longer in the library.');
    const next = annotated(old, annotation);
    track(clips.put(next));
    return next;
  });
}

export interface DeleteRequest {
  /** Whole pages: the page with all its goals and clips. */
  pages?: string[];
  goals?: [string, string][];
  clips?: string[];
}

/** Deletes pages (with their goals and clips), goals and clips in one transaction; resolves
 * with the number of records removed. */
export async function deleteItems(db: LibraryDB, request: DeleteRequest): Promise<number> {
  const tx = db.transaction(STORES, 'readwrite');
  return runWrite(tx, async (track) => {
    const pages = tx.objectStore('pages');
    const goals = tx.objectStore('goals');
    const clips = tx.objectStore('clips');
    const pageUrls = (request.pages ?? []).map(normalizeUrl);
    const owned = await Promise.all(
      pageUrls.map(async (url) => ({
        goals: await track(goals.index('url').getAllKeys(url)),
        clips: await track(clips.index('url').getAllKeys(url)),
      })),
    );
    const goalKeys = [...(request.goals ?? []), ...owned.flatMap((o) => o.goals)];
    const clipKeys = [...(request.clips ?? []), ...owned.flatMap((o) => o.clips)];
    const present = await Promise.all([
      ...goalKeys.map((k) => track(goals.count(k))),
      ...clipKeys.map((k) => track(clips.count(k))),
      ...pageUrls.map((u) => track(pages.count(u))),
    ]);
    goalKeys.forEach((k) => track(goals.delete(k)));
    clipKeys.forEach((k) => track(clips.delete(k)));
    pageUrls.forEach((u) => track(pages.delete(u)));
    return present.reduce((a, b) => a + b, 0);
  });
}

/** Empties the library (after the user confirmed it). */
export async function clearLibrary(db: LibraryDB): Promise<void> {
  const tx = db.transaction(STORES, 'readwrite');
  await runWrite(tx, async (track) => {
    STORES.forEach((name) => track(tx.objectStore(name).clear()));
  });
}

/** What an import wrote. */
export interface ImportCounts {
  pages: number;
  goals: number;
  clips: number;
}

/**
 * Writes checked library data in one transaction: all of it or, on any failure (a full disk
 * included), nothing. A record with the key of a stored one is merged into it (merge.ts):
 * notes and tags of both are kept, so an import never loses the user's own annotations, and
 * importing the same file twice changes nothing.
 */
export async function importLibrary(db: LibraryDB, data: LibraryData): Promise<ImportCounts> {
  const tx = db.transaction(STORES, 'readwrite');
  const pages = tx.objectStore('pages');
  const goals = tx.objectStore('goals');
  const clips = tx.objectStore('clips');
  return runWrite(tx, async (track) => {
    // Every read is issued at once (one round of requests, not one per record), then each
    // record is merged into what is stored under its key.
    await Promise.all([
      ...data.pages.map(async (p) => {
        const old = await track(pages.get(p.url));
        await track(pages.put(old ? mergePage(old, p) : p));
      }),
      ...data.goals.map(async (g) => {
        const old = await track(goals.get([g.url, g.id]));
        await track(goals.put(old ? mergeGoal(old, g) : g));
      }),
      ...data.clips.map(async (c) => {
        const old = await track(clips.get(c.id));
        await track(clips.put(old ? mergeClip(old, c) : c));
      }),
    ]);
    return { pages: data.pages.length, goals: data.goals.length, clips: data.clips.length };
  });
}
