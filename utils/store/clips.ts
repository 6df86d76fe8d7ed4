/**
 * Clips: selections the user kept, with the selectors that find them again (quote with
 * 32-character context, plus position). The page layer re-anchors and paints them; it
 * reports back which ones it could place, and the library lists the rest as orphaned.
 */
import type { AnchorResult, ClipInput, StoredClip } from '../messages/store';
import { StoreError } from './errors';
import { MAX_URL } from './pages';
import type { ClipRecord, PageRecord } from './records';
import type { LibraryDB } from './schema';
import { runWrite } from './tx';
import { normalizeUrl } from './url';
import { arr, defined, FieldError, obj, offset, oneOf, optStr, str, strings } from './validate';

/** Checks a clip request field by field (`invalid-input` names the first wrong field). */
export function checkClipInput(value: unknown): ClipInput {
  try {
    const c = obj(value, 'clip');
    const start = offset(c.start, 'clip.start');
    const end = offset(c.end, 'clip.end');
    if (end < start) throw new FieldError('clip.end', 'ends before it starts');
    const exact = str(c.exact, 'clip.exact');
    if (exact.trim() === '') throw new FieldError('clip.exact', 'the selection is empty');
    return defined({
      url: str(c.url, 'clip.url', MAX_URL),
      title: str(c.title ?? '', 'clip.title', Infinity).slice(0, 2000),
      exact,
      prefix: str(c.prefix ?? '', 'clip.prefix', 200),
      suffix: str(c.suffix ?? '', 'clip.suffix', 200),
      start,
      end,
      note: optStr(c.note, 'clip.note', 5000),
      tags: c.tags === undefined ? undefined : cleanTags(strings(c.tags, 'clip.tags', 100)),
      goalId: optStr(c.goalId, 'clip.goalId', 200),
    });
  } catch (error) {
    if (error instanceof FieldError) throw new StoreError('invalid-input', error.message);
    throw error;
  }
}

/** Trims tags, drops empty ones and duplicates, keeps the user's order. */
export function cleanTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((t) => t.trim()).filter((t) => t.length > 0))];
}

function newId(): string {
  return crypto.randomUUID();
}

/** A page record for a clip made on a page the detector never stored. */
function pageForClip(url: string, input: ClipInput, now: string): PageRecord {
  return {
    url,
    rawUrl: input.url,
    title: input.title,
    firstSeen: now,
    lastSeen: now,
    score: 0,
    textHash: '',
    textLength: 0,
    goalCount: 0,
    changes: [],
  };
}

/** Saves a clip (and a page record when its page is new to the library); resolves after the
 * write completed. */
export async function saveClip(
  db: LibraryDB,
  input: ClipInput,
  now = new Date(),
  id = newId(),
): Promise<StoredClip> {
  const url = normalizeUrl(input.url);
  const iso = now.toISOString();
  const clip: ClipRecord = { ...input, url, id, created: iso };
  const tx = db.transaction(['pages', 'clips'], 'readwrite');
  return runWrite(tx, async (track) => {
    const pages = tx.objectStore('pages');
    if (!(await track(pages.get(url)))) track(pages.put(pageForClip(url, input, iso)));
    track(tx.objectStore('clips').put(clip));
    return clip;
  });
}

/** The clips of one page, in document order. */
export async function listClips(db: LibraryDB, rawUrl: string): Promise<StoredClip[]> {
  const clips = await db.getAllFromIndex('clips', 'url', normalizeUrl(rawUrl));
  return clips.sort((a, b) => a.start - b.start);
}

/** Checks an anchoring report from the page layer. */
export function checkAnchorResults(value: unknown): AnchorResult[] {
  try {
    return arr(value, 'results').map((item, i) => {
      const r = obj(item, `results[${i}]`);
      return defined({
        id: str(r.id, `results[${i}].id`, 200),
        status: oneOf(r.status, ['anchored', 'orphaned'] as const, `results[${i}].status`),
        method:
          r.method === undefined
            ? undefined
            : oneOf(r.method, ['exact', 'position', 'fuzzy'] as const, `results[${i}].method`),
      });
    });
  } catch (error) {
    if (error instanceof FieldError) throw new StoreError('invalid-input', error.message);
    throw error;
  }
}

/**
 * Records where the page layer could place each clip of one page. Only clips of that page are
 * touched (a report cannot mark another page's clips); unknown ids are ignored. Resolves with
 * the number of clips updated.
 */
export async function recordAnchors(
  db: LibraryDB,
  rawUrl: string,
  results: readonly AnchorResult[],
  now = new Date(),
): Promise<number> {
  const url = normalizeUrl(rawUrl);
  const checked = now.toISOString();
  const tx = db.transaction('clips', 'readwrite');
  return runWrite(tx, async (track) => {
    const store = tx.objectStore('clips');
    const clips = await Promise.all(results.map((r) => track(store.get(r.id))));
    let updated = 0;
    results.forEach((r, i) => {
      const clip = clips[i];
      if (!clip || clip.url !== url) return;
      track(
        store.put({ ...clip, anchor: defined({ status: r.status, method: r.method, checked }) }),
      );
      updated += 1;
    });
    return updated;
  });
}
