/**
 * The shapes kept in the library (the latest schema version). Older shapes live only in the
 * migrations (schema.ts) and their fixtures (fixtures/v<N>.json).
 */
import type { Goal } from '../extract/types';
import type { StoredClip } from '../messages/store';

/** One change seen on a revisit: what appeared and what vanished since the previous visit. */
export interface PageChange {
  /** ISO timestamp of the visit that noticed the change. */
  on: string;
  /** `YYYY-MM-DD` of the previous visit. */
  since: string;
  added: string[];
  removed: string[];
}

/** A page the extension analysed. Key: `url`. */
export interface PageRecord {
  /** Normalised URL (see url.ts). */
  url: string;
  /** The address as last reported by the page, fragment and all. */
  rawUrl: string;
  title: string;
  publisher?: string;
  /** `YYYY-MM-DD` */
  published?: string;
  /** ISO timestamps. */
  firstSeen: string;
  lastSeen: string;
  /** Plan-page detection score, 0…1. */
  score: number;
  textHash: string;
  textLength: number;
  /** Goals present on the last visit. */
  goalCount: number;
  /** Non-empty revisit changes, oldest first (capped). */
  changes: PageChange[];
}

/** A detected goal of one page. Key: `[url, id]`. */
export interface GoalRecord extends Goal {
  /** The page's key. */
  url: string;
  /** 32 characters of context on each side (TextQuoteSelector). */
  prefix: string;
  suffix: string;
  firstSeen: string;
  lastSeen: string;
  /** ISO timestamp of the visit on which the goal was no longer on the page. */
  removed?: string;
  /** The user's note and tags (library page). */
  note?: string;
  tags?: string[];
}

/** Where a clip landed the last time its page re-anchored it. */
export type AnchorStatus = 'anchored' | 'orphaned';

/** A user's clip. Key: `id`; `url` is normalised (index `url`). */
export type ClipRecord = StoredClip;

/** One page with its goals (document order, vanished ones included) and its clips. */
export interface PageView {
  page: PageRecord | null;
  goals: GoalRecord[];
  clips: ClipRecord[];
}
