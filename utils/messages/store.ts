/**
 * Messages of the store layer: extension pages and content scripts → background, which alone
 * opens the IndexedDB library. The store feature adds its messages here; the entries below
 * are the ones other layers call.
 */

/** What changed on a page since it was last stored. */
export interface RevisitDiff {
  /** `YYYY-MM-DD` of the previous visit. */
  since: string;
  /** Quotes of commitments that are new since then. */
  added: string[];
  /** Quotes of commitments that are gone since then. */
  removed: string[];
}

/** A user's clip: a selection saved with its selectors, or a goal the user kept. */
export interface ClipInput {
  url: string;
  title: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  note?: string;
  tags?: string[];
  /** Set when the clip is a detected goal the user saved from its card. */
  goalId?: string;
}

export interface StoredClip extends ClipInput {
  id: string;
  /** ISO timestamp. */
  created: string;
}

export interface StoreProtocol {
  /** Content script (card button, context menu, shortcut) → background: keep a clip. */
  'clip:save': { req: ClipInput; res: { id: string } };
  /** Content script → background: the clips saved for this page, to re-anchor and paint. */
  'clip:list-for-url': { req: { url: string }; res: StoredClip[] };
}
