/**
 * Merging an imported record into the one already stored under the same key, so that an
 * import adds to the library and loses nothing: the user's notes are kept (both, when they
 * differ), tags are united, first-seen dates take the earlier and the rest of the record comes
 * from whichever of the two was seen last. Merging a record with itself gives it back
 * unchanged, so importing the same file twice changes nothing.
 */
import type { ClipRecord, GoalRecord, PageChange, PageRecord } from './records';

/** Both notes when they differ and neither holds the other. */
export function mergeNote(local?: string, incoming?: string): string | undefined {
  if (!incoming || local?.includes(incoming)) return local || incoming || undefined;
  if (!local || incoming.includes(local)) return incoming;
  return `${local}\n${incoming}`;
}

/** Tags of both, the stored ones first, without repeats. */
export function mergeTags(local?: string[], incoming?: string[]): string[] | undefined {
  if (!local?.length) return incoming?.length ? incoming : local;
  if (!incoming?.length) return local;
  return [...new Set([...local, ...incoming])];
}

const earlier = (a: string, b: string) => (a <= b ? a : b);

/** Note and tags merged into `base`; the fields are left out when neither record had any. */
function annotated<T extends { note?: string; tags?: string[] }>(
  base: T,
  local: T,
  incoming: T,
): T {
  const out = { ...base };
  const note = mergeNote(local.note, incoming.note);
  const tags = mergeTags(local.tags, incoming.tags);
  delete out.note;
  delete out.tags;
  if (note !== undefined) out.note = note;
  if (tags !== undefined) out.tags = tags;
  return out;
}

export function mergePage(local: PageRecord, incoming: PageRecord): PageRecord {
  const newer = incoming.lastSeen > local.lastSeen ? incoming : local;
  const changes = new Map<string, PageChange>();
  for (const change of [...local.changes, ...incoming.changes]) {
    changes.set(JSON.stringify(change), change);
  }
  return {
    ...newer,
    firstSeen: earlier(local.firstSeen, incoming.firstSeen),
    changes: [...changes.values()].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0)),
  };
}

export function mergeGoal(local: GoalRecord, incoming: GoalRecord): GoalRecord {
  const newer = incoming.lastSeen > local.lastSeen ? incoming : local;
  const merged = annotated(newer, local, incoming);
  merged.firstSeen = earlier(local.firstSeen, incoming.firstSeen);
  return merged;
}

export function mergeClip(local: ClipRecord, incoming: ClipRecord): ClipRecord {
  const checked = (c: ClipRecord) => c.anchor?.checked ?? c.created;
  const newer = checked(incoming) > checked(local) ? incoming : local;
  const merged = annotated(newer, local, incoming);
  merged.created = earlier(local.created, incoming.created);
  return merged;
}
