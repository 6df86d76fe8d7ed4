/**
 * Saving what a content script reported about its page, and reading a page back. One
 * readwrite transaction per report: the page record and all its goals land together or not
 * at all, and it resolves only after the transaction completed (see tx.ts).
 */
import type { PageInfo, ReportedGoal } from '../messages/page';
import type { RevisitDiff } from '../messages/store';
import { StoreError } from './errors';
import type { PageChange, PageRecord, PageView } from './records';
import { localDay, mergeGoals } from './revisit';
import type { LibraryDB } from './schema';
import { runWrite } from './tx';
import { normalizeUrl } from './url';
import { checkGoal, FieldError, num, obj, offset, optDay, optStr, str } from './validate';

/** Longest page address accepted (query strings of portal pages can be long). */
export const MAX_URL = 16_000;

/** Revisit changes kept per page. */
export const MAX_CHANGES = 20;

export interface Report {
  page: PageInfo;
  goals: ReportedGoal[];
}

/** Checks a report field by field; throws `invalid-input` naming the first wrong field. */
export function checkReport(value: unknown): Report {
  try {
    const r = obj(value, 'report');
    const p = obj(r.page, 'page');
    const page: PageInfo = {
      url: str(p.url, 'page.url', MAX_URL),
      // A page's own title or publisher line can be absurdly long; keep the start.
      title: str(p.title, 'page.title', Infinity).slice(0, 2000),
      score: num(p.score, 'page.score'),
      textHash: str(p.textHash, 'page.textHash', 100),
      textLength: offset(p.textLength, 'page.textLength'),
    };
    const publisher = optStr(p.publisher, 'page.publisher', Infinity)?.slice(0, 500);
    const published = optDay(p.published, 'page.published');
    if (publisher !== undefined) page.publisher = publisher;
    if (published !== undefined) page.published = published;
    if (!Array.isArray(r.goals)) throw new FieldError('goals', 'expected an array');
    const seen = new Set<string>();
    const goals: ReportedGoal[] = [];
    r.goals.forEach((g, i) => {
      const goal = checkGoal(g, `goals[${i}]`);
      const o = g as Record<string, unknown>;
      // Duplicate ids would overwrite each other under one key; the first one wins.
      if (seen.has(goal.id)) return;
      seen.add(goal.id);
      goals.push({
        ...goal,
        prefix: str(o.prefix ?? '', `goals[${i}].prefix`, 200),
        suffix: str(o.suffix ?? '', `goals[${i}].suffix`, 200),
      });
    });
    return { page, goals };
  } catch (error) {
    if (error instanceof FieldError) throw new StoreError('invalid-input', error.message);
    throw error;
  }
}

function pageRecord(url: string, info: PageInfo, old: PageRecord | undefined, now: string) {
  const record: PageRecord = {
    url,
    rawUrl: info.url,
    title: info.title,
    firstSeen: old?.firstSeen ?? now,
    lastSeen: now,
    score: info.score,
    textHash: info.textHash,
    textLength: info.textLength,
    goalCount: 0,
    changes: old?.changes ?? [],
  };
  const publisher = info.publisher ?? old?.publisher;
  const published = info.published ?? old?.published;
  if (publisher !== undefined) record.publisher = publisher;
  if (published !== undefined) record.published = published;
  return record;
}

/**
 * Stores a page report: the page and its goals, matched against the previous visit. Resolves
 * with what changed since that visit (undefined on a first visit), after the write completed.
 * A page with no goals, no clips and no earlier record is not stored: the library is not a
 * browsing history.
 */
export async function saveReport(
  db: LibraryDB,
  report: Report,
  now = new Date(),
): Promise<RevisitDiff | undefined> {
  const url = normalizeUrl(report.page.url);
  const iso = now.toISOString();
  const tx = db.transaction(['pages', 'goals', 'clips'], 'readwrite');
  return runWrite(tx, async (track) => {
    const pages = tx.objectStore('pages');
    const goals = tx.objectStore('goals');
    const [old, existing, clipKey] = await Promise.all([
      track(pages.get(url)),
      track(goals.index('url').getAll(url)),
      track(tx.objectStore('clips').index('url').getKey(url)),
    ]);
    if (!old && report.goals.length === 0 && clipKey === undefined) return undefined;
    const merged = mergeGoals(url, existing, report.goals, iso);
    const page = pageRecord(url, report.page, old, iso);
    page.goalCount = report.goals.length;
    const diff = old
      ? { since: localDay(old.lastSeen), added: merged.added, removed: merged.removed }
      : undefined;
    if (diff && (diff.added.length > 0 || diff.removed.length > 0)) {
      const change: PageChange = { on: iso, ...diff };
      page.changes = [...page.changes, change].slice(-MAX_CHANGES);
    }
    merged.stale.forEach((key) => track(goals.delete(key)));
    merged.records.forEach((record) => track(goals.put(record)));
    track(pages.put(page));
    return diff;
  });
}

/** Reads one page of the library by any URL that normalises to it. */
export async function getPageView(db: LibraryDB, rawUrl: string): Promise<PageView> {
  const url = normalizeUrl(rawUrl);
  const tx = db.transaction(['pages', 'goals', 'clips'], 'readonly');
  const [page, goals, clips] = await Promise.all([
    tx.objectStore('pages').get(url),
    tx.objectStore('goals').index('url').getAll(url),
    tx.objectStore('clips').index('url').getAll(url),
    tx.done,
  ]);
  goals.sort((a, b) => a.start - b.start || a.end - b.end);
  clips.sort((a, b) => a.start - b.start);
  return { page: page ?? null, goals, clips };
}
