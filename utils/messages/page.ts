/**
 * Messages of the page layer: content script ⇄ background (reports, badge, on-demand
 * analysis, metric refinement) and popup → content script (state, scroll to an item, toggle).
 */
import type { Goal } from '../extract/types';
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
  /** In document order. */
  goals: Goal[];
  highlightsOn: boolean;
}

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
  /** Popup → content script: the current page's analysis. */
  'page:get-state': { req: Record<string, never>; res: PageState };
  /** Popup → content script: scroll to a goal, focus it and flash it. */
  'page:scroll-to': { req: { goalId: string }; res: { found: boolean } };
  /** Popup → content script: show or hide every highlight (toggle when `on` is absent). */
  'page:toggle-highlights': { req: { on?: boolean }; res: { on: boolean } };
  /** Any context → background: liveness check used by the tests and the popup. */
  'runtime:ping': { req: Record<string, never>; res: { version: string; reports: number } };
}
