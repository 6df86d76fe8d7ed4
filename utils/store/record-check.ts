/**
 * Field-by-field checks of whole library records, for imported files. Unknown fields are
 * dropped, URLs are normalised, and every goal and clip must cite a page of the same file, so
 * an import cannot leave items without a citation.
 */
import type { ClipAnchor } from '../messages/store';
import { cleanTags } from './clips';
import type { ClipRecord, GoalRecord, PageChange, PageRecord } from './records';
import { MAX_URL } from './pages';
import { normalizeUrl } from './url';
import {
  arr,
  checkGoal,
  defined,
  FieldError,
  isoTime,
  num,
  obj,
  offset,
  oneOf,
  optDay,
  optStr,
  str,
  strings,
} from './validate';

function url(v: unknown, path: string): string {
  const s = str(v, path, MAX_URL);
  let normal: string;
  try {
    normal = normalizeUrl(s);
  } catch {
    throw new FieldError(path, 'expected an absolute URL');
  }
  // Library pages are web pages; a javascript: or data: "page" in a file is an attack.
  if (!/^https?:/.test(normal)) throw new FieldError(path, 'expected an http(s) URL');
  return normal;
}

function tags(v: unknown, path: string): string[] | undefined {
  return v === undefined ? undefined : cleanTags(strings(v, path, 100));
}

function change(v: unknown, path: string): PageChange {
  const c = obj(v, path);
  return {
    on: isoTime(c.on, `${path}.on`),
    since: optDay(c.since, `${path}.since`) ?? '',
    added: strings(c.added, `${path}.added`, 20_000),
    removed: strings(c.removed, `${path}.removed`, 20_000),
  };
}

export function checkPage(v: unknown, path: string): PageRecord {
  const p = obj(v, path);
  return defined({
    url: url(p.url, `${path}.url`),
    rawUrl: str(p.rawUrl ?? p.url, `${path}.rawUrl`, MAX_URL),
    title: str(p.title, `${path}.title`, 2000),
    publisher: optStr(p.publisher, `${path}.publisher`, 500),
    published: optDay(p.published, `${path}.published`),
    firstSeen: isoTime(p.firstSeen, `${path}.firstSeen`),
    lastSeen: isoTime(p.lastSeen, `${path}.lastSeen`),
    score: num(p.score ?? 0, `${path}.score`),
    textHash: str(p.textHash ?? '', `${path}.textHash`, 100),
    textLength: offset(p.textLength ?? 0, `${path}.textLength`),
    goalCount: offset(p.goalCount ?? 0, `${path}.goalCount`),
    changes: arr(p.changes ?? [], `${path}.changes`).map((c, i) =>
      change(c, `${path}.changes[${i}]`),
    ),
  });
}

export function checkGoalRecord(v: unknown, path: string): GoalRecord {
  const g = obj(v, path);
  return defined({
    ...checkGoal(g, path),
    url: url(g.url, `${path}.url`),
    prefix: str(g.prefix ?? '', `${path}.prefix`, 200),
    suffix: str(g.suffix ?? '', `${path}.suffix`, 200),
    firstSeen: isoTime(g.firstSeen, `${path}.firstSeen`),
    lastSeen: isoTime(g.lastSeen, `${path}.lastSeen`),
    removed: g.removed === undefined ? undefined : isoTime(g.removed, `${path}.removed`),
    note: optStr(g.note, `${path}.note`, 5000),
    tags: tags(g.tags, `${path}.tags`),
  });
}

function anchor(v: unknown, path: string): ClipAnchor | undefined {
  if (v === undefined) return undefined;
  const a = obj(v, path);
  return defined({
    status: oneOf(a.status, ['anchored', 'orphaned'] as const, `${path}.status`),
    method:
      a.method === undefined
        ? undefined
        : oneOf(a.method, ['exact', 'position', 'fuzzy'] as const, `${path}.method`),
    checked: isoTime(a.checked, `${path}.checked`),
  });
}

export function checkClipRecord(v: unknown, path: string): ClipRecord {
  const c = obj(v, path);
  const start = offset(c.start, `${path}.start`);
  const end = offset(c.end, `${path}.end`);
  if (end < start) throw new FieldError(`${path}.end`, 'ends before it starts');
  return defined({
    id: str(c.id, `${path}.id`, 200),
    url: url(c.url, `${path}.url`),
    title: str(c.title ?? '', `${path}.title`, 2000),
    exact: str(c.exact, `${path}.exact`),
    prefix: str(c.prefix ?? '', `${path}.prefix`, 200),
    suffix: str(c.suffix ?? '', `${path}.suffix`, 200),
    start,
    end,
    note: optStr(c.note, `${path}.note`, 5000),
    tags: tags(c.tags, `${path}.tags`),
    goalId: optStr(c.goalId, `${path}.goalId`, 200),
    created: isoTime(c.created, `${path}.created`),
    anchor: anchor(c.anchor, `${path}.anchor`),
  });
}
