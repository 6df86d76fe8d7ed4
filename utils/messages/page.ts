/**
 * Messages of the page layer: content script ⇄ background (reports, badge, metric refinement)
 * and popup → content script (scroll to an item, analyse on demand).
 */
import type { Goal } from '../extract/types';

/** What the content script knows about the page it analysed. */
export interface PageInfo {
  url: string;
  title: string;
  publisher?: string;
  /** `YYYY-MM-DD` */
  published?: string;
  /** Plan-page detection score, 0…1. */
  score: number;
}

export interface PageProtocol {
  /** Content script → background: the page was analysed; `goals` in document order. */
  'page:report': { req: { page: PageInfo; goals: Goal[] }; res: { count: number } };
  /** Any context → background: liveness check used by the tests and the popup. */
  'runtime:ping': { req: Record<string, never>; res: { version: string; reports: number } };
}
