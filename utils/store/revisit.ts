/**
 * Comparing a page's new report with what the library holds. Pure: the caller reads the
 * stored goals and writes the result in one transaction.
 *
 * A reported goal is the same commitment as a stored one when it has the same id (the
 * extractor's ids are stable for the same text and context), else the same quote (an edit
 * elsewhere on the page may shift the context and so the id). What the user added to a goal
 * (first-seen date, note, tags) follows it; goals that vanished are kept, marked `removed`,
 * because "what did they quietly drop" is exactly what a journalist comes back for.
 */
import type { ReportedGoal } from '../messages/page';
import type { GoalRecord } from './records';

export interface MergeResult {
  /** Records to put. */
  records: GoalRecord[];
  /** Keys of records replaced by a record under a new id. */
  stale: [string, string][];
  /** Quotes new on this visit (including goals that came back). */
  added: string[];
  /** Quotes that vanished on this visit. */
  removed: string[];
}

/** Fields the user or the library owns, carried from the stored record to the new one. */
function carried(old: GoalRecord | undefined, now: string): Partial<GoalRecord> {
  if (!old) return { firstSeen: now };
  const keep: Partial<GoalRecord> = { firstSeen: old.firstSeen };
  if (old.note !== undefined) keep.note = old.note;
  if (old.tags !== undefined) keep.tags = [...old.tags];
  return keep;
}

function toRecord(url: string, goal: ReportedGoal, now: string, old?: GoalRecord): GoalRecord {
  return { ...goal, ...carried(old, now), url, lastSeen: now } as GoalRecord;
}

/** Pairs each reported goal with the stored goal it continues, by id first, then by quote. */
function pair(existing: GoalRecord[], reported: ReportedGoal[]): (GoalRecord | undefined)[] {
  const byId = new Map(existing.map((g) => [g.id, g]));
  const used = new Set<GoalRecord>();
  const pairs = reported.map((g) => {
    const old = byId.get(g.id);
    if (old && !used.has(old)) {
      used.add(old);
      return old;
    }
    return undefined;
  });
  return pairs.map((old, i) => {
    if (old) return old;
    const quote = reported[i]!.quote;
    // Prefer a goal still on the page over one that had vanished.
    const match =
      existing.find((g) => !used.has(g) && !g.removed && g.quote === quote) ??
      existing.find((g) => !used.has(g) && g.quote === quote);
    if (match) used.add(match);
    return match;
  });
}

/** Merges a page's reported goals (document order) into its stored goals. */
export function mergeGoals(
  url: string,
  existing: GoalRecord[],
  reported: ReportedGoal[],
  now: string,
): MergeResult {
  const pairs = pair(existing, reported);
  const records: GoalRecord[] = [];
  const stale: [string, string][] = [];
  const added: string[] = [];
  reported.forEach((goal, i) => {
    const old = pairs[i];
    records.push(toRecord(url, goal, now, old));
    if (!old || old.removed) added.push(goal.quote);
    if (old && old.id !== goal.id) stale.push([old.url, old.id]);
  });
  const continued = new Set(pairs.filter((g): g is GoalRecord => g !== undefined));
  const removed: string[] = [];
  for (const old of existing) {
    // Pairing by id comes first, so a stored goal whose id was reported is always continued.
    if (continued.has(old) || old.removed) continue;
    records.push({ ...old, removed: now });
    removed.push(old.quote);
  }
  return { records, stale, added, removed };
}

/** `YYYY-MM-DD` of an ISO timestamp in the local time zone (what the user calls "that day"). */
export function localDay(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
