/**
 * Messages of the page layer: content script ⇄ background (reports, badge, on-demand
 * analysis, metric refinement) and popup → content script (state, scroll to an item, toggle).
 */
import type { ExtractContext, Goal } from '../extract/types';
import type { RevisitDiff } from './store';

/** What the content script knows about the page it analysed. */
export interface PageInfo {
  /** `location.href` of the analysed document (the store normalises it). */
  url: string;
  title: string;
  publisher?: string;
  /** `YYYY-MM-DD` */
  published?: string;
  /** Plan-page detection score, 0…1. */
  score: number;
  /** Hash of the visible text (changes when the text changes). */
  textHash: string;
  /** Length of the visible text in UTF-16 code units. */
  textLength: number;
}

/** A goal as reported from a page: the goal plus its 32-character context (see selectors.ts). */
export interface ReportedGoal extends Goal {
  prefix: string;
  suffix: string;
}

/** The content script's view of its page, for the popup. */
export interface PageState {
  /** False when detection decided this is not a plan page (and the user did not ask). */
  analysed: boolean;
  page: PageInfo | null;
  /** In document order; the first `limit` of them when the request set one. */
  goals: Goal[];
  /** Every goal on the page, per kind (also when `goals` was cut by a limit). */
  counts: Record<Goal['kind'], number>;
  highlightsOn: boolean;
  /** Detection's reasons (meta tags, info block, cue words, item density). */
  reasons?: string[];
  /** Clips saved for this page and whether they could be placed on this visit. */
  clips?: Array<{ id: string; exact: string; status: 'anchored' | 'orphaned' }>;
  /** Milliseconds from the content script's start to the first painted highlights. */
  firstPaintMs?: number;
}

/** A goal's metric as refined off the page (segmentit), by the goal's span. */
export interface RefinedMetric {
  start: number;
  end: number;
  metric: string;
}

/** Keyboard commands (manifest `commands`, rebindable in the browser's shortcut settings). */
export type PageCommand = 'next-goal' | 'previous-goal' | 'toggle-highlights' | 'clip-selection';

export interface PageProtocol {
  /** Content script → background: the page was analysed; goals in document order. The
   * background updates the badge and, through the store, returns what changed since the last
   * visit. */
  'page:report': {
    req: { page: PageInfo; goals: ReportedGoal[] };
    res: { count: number; diff?: RevisitDiff };
  };
  /** Popup → background: run the content script on this tab now (activeTab grant). */
  'page:analyze': { req: { tabId: number }; res: { injected: boolean } };
  /** Popup → content script: the current page's analysis; `limit` cuts the goal list (the
   * popup asks for its first screen, then for the rest), `counts` always cover every goal. */
  'page:get-state': { req: { limit?: number }; res: PageState };
  /** Popup → content script: scroll to a goal, focus it and flash it. */
  'page:scroll-to': { req: { goalId: string }; res: { found: boolean } };
  /** Popup → content script: show or hide every highlight (toggle when `on` is absent). */
  'page:toggle-highlights': { req: { on?: boolean }; res: { on: boolean } };
  /** Background → content script: analyse now; `forced` ignores the detection score (the
   * user pressed "Analyze this page"). */
  'page:run': { req: { forced: boolean }; res: { analysed: boolean; count: number } };
  /** Background → content script: focus the next / previous goal in document order. */
  'page:navigate': { req: { direction: 'next' | 'previous' }; res: { goalId: string | null } };
  /** Background → content script: clip the current selection (context menu, shortcut). The
   * content script asks for a note and sends `clip:save` itself. */
  'page:clip-selection': { req: Record<string, never>; res: { started: boolean; reason?: string } };
  /** Content script → background: extract goals from (a chunk of) the page's visible text.
   * The extractor runs in the background so the content script stays small and its JIT warm
   * across pages; offsets are relative to `text`. */
  'page:extract': { req: { text: string; context: ExtractContext }; res: { goals: Goal[] } };
  /** Content script → background: refine metrics with segmentit off the page. */
  'page:refine': {
    req: { text: string; context: ExtractContext };
    res: { metrics: RefinedMetric[] };
  };
  /** Background → offscreen document (Chrome) or its frame in the background page (Firefox). */
  'offscreen:refine': {
    req: { text: string; context: ExtractContext };
    res: { metrics: RefinedMetric[] };
  };
  /** Any context → background: liveness check used by the tests and the popup. */
  'runtime:ping': { req: Record<string, never>; res: { version: string; reports: number } };
}
