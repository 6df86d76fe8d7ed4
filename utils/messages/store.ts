/**
 * Messages of the store layer: extension pages and content scripts → background, which alone
 * opens the IndexedDB library. The store feature adds its messages here; the entries below
 * are the ones other layers call.
 */
import type { Locale } from '../i18n/index';
import type { ExportFile, ExportFormat } from '../store/export/index';
import type { LibraryData, LibraryFilter } from '../store/filter';
import type {
  Annotation,
  AnnotationTarget,
  DeleteRequest,
  ImportCounts,
  LibraryPreview,
} from '../store/library';
import type { ClipRecord, GoalRecord, PageView } from '../store/records';

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
  /** Where the page layer last placed the clip (absent until a page reported it). */
  anchor?: ClipAnchor;
}

/** How a clip was found again: exact quote, stored position confirmed by the quote, or fuzzy
 * quote matching scored with the prefix/suffix. */
export type AnchorMethod = 'exact' | 'position' | 'fuzzy';

/** One clip's re-anchoring outcome on a visit. `orphaned`: it could not be placed (and was not
 * painted). */
export interface AnchorResult {
  id: string;
  status: 'anchored' | 'orphaned';
  method?: AnchorMethod;
}

/** The last anchoring outcome stored with a clip. */
export interface ClipAnchor {
  status: AnchorResult['status'];
  method?: AnchorMethod;
  /** ISO timestamp of the visit that reported it. */
  checked: string;
}

export interface StoreProtocol {
  /** Content script (card button, context menu, shortcut) → background: keep a clip. */
  'clip:save': { req: ClipInput; res: { id: string } };
  /** Content script → background: the clips saved for this page, to re-anchor and paint. */
  'clip:list-for-url': { req: { url: string }; res: StoredClip[] };
  /** Content script → background: which of this page's clips could be placed on this visit.
   * The library and popup list the orphaned ones as such. */
  'clip:anchor-report': { req: { url: string; results: AnchorResult[] }; res: { updated: number } };
  /** Extension pages → background: one stored page with its goals and clips (popup, library). */
  'library:page': { req: { url: string }; res: PageView };
  /** The messages below are for extension pages only (library, options). */
  /** The whole library, or the selection of a filter. */
  'library:query': { req: { filter?: LibraryFilter }; res: LibraryData };
  /** The first `limit` goals in due order and every page: the library's first screen. */
  'library:preview': { req: { limit: number }; res: LibraryPreview };
  /** Set the note and/or tags of a goal or clip. */
  'library:annotate': {
    req: { target: AnnotationTarget } & Annotation;
    res: GoalRecord | ClipRecord;
  };
  'library:delete': { req: DeleteRequest; res: { deleted: number } };
  /** Empty the library; `confirm` must be true (the page asked the user). */
  'library:clear': { req: { confirm: true }; res: { cleared: true } };
  /** Render the selection of `filter` (everything when absent) in one format. */
  'library:export': {
    req: { format: ExportFormat; filter?: LibraryFilter; locale: Locale };
    res: ExportFile;
  };
  /** Import a library JSON file: all of it, or nothing with a clear error. */
  'library:import': { req: { text: string }; res: ImportCounts };
}
