/**
 * The library's filters and sort orders, as pure functions over records, so the library page
 * (filtering as the user types) and the background (exporting "the current filter") select
 * exactly the same items.
 */
import type { GoalKind, Strength } from '../extract/types';
import type { ClipRecord, GoalRecord, PageRecord } from './records';
import { siteOf } from './url';

export type Quarter = 1 | 2 | 3 | 4;

export interface LibraryFilter {
  /** Words that must all occur in the metric or quote (clips: the selection or note). */
  text?: string;
  /** Kinds to keep; empty or absent keeps every kind. */
  kinds?: GoalKind[];
  strengths?: Strength[];
  /** Due year, and optionally quarter (a quarter without a year means that quarter of any year). */
  dueYear?: number;
  dueQuarter?: Quarter;
  /** Host without `www.` (see `siteOf`). */
  site?: string;
  /** One page: its normalised URL. */
  url?: string;
  tag?: string;
  /** Goals still on the page, vanished ones, or both (default). */
  status?: 'all' | 'current' | 'removed';
}

export type SortOrder = 'due-asc' | 'due-desc' | 'document' | 'recent';

/** Everything the library holds, or a selection of it. */
export interface LibraryData {
  pages: PageRecord[];
  goals: GoalRecord[];
  clips: ClipRecord[];
}

/** NFKC (full-width → ASCII) and lower case, so "ＧＤＰ" finds "gdp". */
export function foldText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function terms(text: string | undefined): string[] {
  return text ? foldText(text).split(/\s+/).filter(Boolean) : [];
}

function hasAll(haystack: string, words: string[]): boolean {
  if (words.length === 0) return true;
  const folded = foldText(haystack);
  return words.every((w) => folded.includes(w));
}

/** Quarter (1–4) of a `YYYY-MM-DD` date. */
export function quarterOf(day: string): Quarter {
  return (Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1) as Quarter;
}

function dueMatches(due: string | undefined, f: LibraryFilter): boolean {
  if (f.dueYear === undefined && f.dueQuarter === undefined) return true;
  if (!due) return false;
  if (f.dueYear !== undefined && Number(due.slice(0, 4)) !== f.dueYear) return false;
  return f.dueQuarter === undefined || quarterOf(due) === f.dueQuarter;
}

/** True when a filter narrows by something goals have and clips do not. */
function goalOnly(f: LibraryFilter): boolean {
  return Boolean(
    f.kinds?.length || f.strengths?.length || f.dueYear !== undefined || f.dueQuarter !== undefined,
  );
}

/** `siteOf` remembered per URL: thousands of goals share a few pages. */
function siteMatcher(site: string | undefined): (url: string) => boolean {
  if (!site) return () => true;
  const memo = new Map<string, boolean>();
  return (url) => {
    let hit = memo.get(url);
    if (hit === undefined) memo.set(url, (hit = siteOf(url) === site));
    return hit;
  };
}

/** Builds a predicate for goals. */
export function goalPredicate(f: LibraryFilter): (g: GoalRecord) => boolean {
  const words = terms(f.text);
  const status = f.status ?? 'all';
  const onSite = siteMatcher(f.site);
  return (g) =>
    (!f.url || g.url === f.url) &&
    onSite(g.url) &&
    (!f.kinds?.length || f.kinds.includes(g.kind)) &&
    (!f.strengths?.length || (g.strength !== undefined && f.strengths.includes(g.strength))) &&
    dueMatches(g.due, f) &&
    (!f.tag || (g.tags ?? []).includes(f.tag)) &&
    (status === 'all' || (status === 'removed') === Boolean(g.removed)) &&
    hasAll(`${g.metric}\n${g.quote}`, words);
}

/** Builds a predicate for clips (goal-only filters such as kind exclude every clip). */
export function clipPredicate(f: LibraryFilter): (c: ClipRecord) => boolean {
  if (goalOnly(f) || f.status === 'removed') return () => false;
  const words = terms(f.text);
  const onSite = siteMatcher(f.site);
  return (c) =>
    (!f.url || c.url === f.url) &&
    onSite(c.url) &&
    (!f.tag || (c.tags ?? []).includes(f.tag)) &&
    hasAll(`${c.exact}\n${c.note ?? ''}`, words);
}

/** The selection of `data` a filter keeps, with only the pages its items cite. */
export function applyFilter(data: LibraryData, f: LibraryFilter): LibraryData {
  const goals = data.goals.filter(goalPredicate(f));
  const clips = data.clips.filter(clipPredicate(f));
  const cited = new Set([...goals.map((g) => g.url), ...clips.map((c) => c.url)]);
  return { pages: data.pages.filter((p) => cited.has(p.url)), goals, clips };
}

/** Returns the goals sorted (a new array). Goals without a due date come last in both due orders. */
export function sortGoals(
  goals: readonly GoalRecord[],
  order: SortOrder,
  pages?: ReadonlyMap<string, PageRecord>,
): GoalRecord[] {
  const inDocument = (a: GoalRecord, b: GoalRecord) =>
    (a.url < b.url ? -1 : a.url > b.url ? 1 : 0) || a.start - b.start || a.end - b.end;
  const byDue = (sign: 1 | -1) => (a: GoalRecord, b: GoalRecord) => {
    if (a.due === b.due) return inDocument(a, b);
    if (!a.due) return 1;
    if (!b.due) return -1;
    return sign * (a.due < b.due ? -1 : 1);
  };
  const seen = (g: GoalRecord) => pages?.get(g.url)?.lastSeen ?? g.lastSeen;
  const compare =
    order === 'due-asc'
      ? byDue(1)
      : order === 'due-desc'
        ? byDue(-1)
        : order === 'recent'
          ? (a: GoalRecord, b: GoalRecord) =>
              (seen(a) < seen(b) ? 1 : seen(a) > seen(b) ? -1 : 0) || inDocument(a, b)
          : inDocument;
  return [...goals].sort(compare);
}

/** The values the filter menus offer: due years, sites and tags present in the data. */
export function facets(data: LibraryData): { years: number[]; sites: string[]; tags: string[] } {
  const years = new Set<number>();
  const sites = new Set<string>();
  const tags = new Set<string>();
  for (const g of data.goals) {
    if (g.due) years.add(Number(g.due.slice(0, 4)));
    g.tags?.forEach((t) => tags.add(t));
  }
  for (const c of data.clips) c.tags?.forEach((t) => tags.add(t));
  for (const p of data.pages) sites.add(siteOf(p.url));
  const text = (a: string, b: string) => a.localeCompare(b, 'zh-CN');
  return {
    years: [...years].sort((a, b) => a - b),
    sites: [...sites].filter(Boolean).sort(text),
    tags: [...tags].sort(text),
  };
}
