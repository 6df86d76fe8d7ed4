/**
 * Helpers for the store's unit tests (fake-indexeddb): a fresh database per test and
 * ready-made reports. Not imported by any entry point.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import type { ReportedGoal } from '../messages/page';
import { openLibrary } from './db';
import type { Report } from './pages';
import type { LibraryDB } from './schema';

/** A new, empty IndexedDB (so tests never see each other's data) and the library in it. */
export async function freshLibrary(version?: number): Promise<LibraryDB> {
  globalThis.indexedDB = new IDBFactory();
  return openLibrary(version === undefined ? {} : { version });
}

/** A reported goal with sensible defaults. */
export function goal(quote: string, extra: Partial<ReportedGoal> = {}): ReportedGoal {
  return {
    id: `g-${quote}`,
    kind: 'target',
    start: 0,
    end: quote.length,
    quote,
    metric: quote,
    comparator: '=',
    value: 100,
    unit: '%',
    strength: 'plan',
    section: [],
    prefix: '',
    suffix: '',
    ...extra,
  };
}

/** A report of `goals` on `url`. */
export function report(url: string, goals: ReportedGoal[], title = '2021年工作目标'): Report {
  return {
    page: {
      url,
      title,
      score: 0.9,
      textHash: 'h',
      textLength: 1000,
      publisher: '浙江省市场监管局',
      published: '2021-03-01',
    },
    goals,
  };
}
