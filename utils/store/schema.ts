/**
 * The library's IndexedDB schema and its history. Each version has exactly one upgrade step;
 * opening an older database runs the steps after its version in order, inside the single
 * `versionchange` transaction, so an upgrade either completes or leaves the old data as it
 * was. Every step has a fixture (`fixtures/v<N>.json`, data as version N stored it) and a test
 * that upgrades it to the latest version and checks that nothing was lost.
 */
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import type { ClipRecord, GoalRecord, PageRecord } from './records';

export const DB_NAME = 'plan-goal-reader';

/** The typed view of the latest schema. */
export interface LibrarySchema extends DBSchema {
  pages: { key: string; value: PageRecord };
  goals: {
    key: [string, string];
    value: GoalRecord;
    indexes: { url: string; kind: string; due: string; strength: string; tags: string };
  };
  clips: { key: string; value: ClipRecord; indexes: { url: string; tags: string } };
}

export type LibraryDB = IDBPDatabase<LibrarySchema>;

/** Migrations see the database as it was, so they work on untyped stores. */
type AnyDB = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, ArrayLike<string>, 'versionchange'>;

/** One upgrade step: from `version - 1` to `version`. */
export interface Migration {
  version: number;
  /** What the step changes, for the README and the tests. */
  why: string;
  run(db: AnyDB, tx: UpgradeTx): Promise<void> | void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: 'pages keyed by normalised URL; goals keyed by [url, id] with a page index; clips by id with a page index',
    run(db) {
      db.createObjectStore('pages', { keyPath: 'url' });
      const goals = db.createObjectStore('goals', { keyPath: ['url', 'id'] });
      goals.createIndex('url', 'url');
      const clips = db.createObjectStore('clips', { keyPath: 'id' });
      clips.createIndex('url', 'url');
    },
  },
  {
    version: 2,
    why: 'the library filters and sorts goals by kind, due date, strength and tag; clips by tag',
    run(_db, tx) {
      const goals = tx.objectStore('goals');
      goals.createIndex('kind', 'kind');
      // Goals without a due date are simply absent from this index.
      goals.createIndex('due', 'due');
      goals.createIndex('strength', 'strength');
      goals.createIndex('tags', 'tags', { multiEntry: true });
      tx.objectStore('clips').createIndex('tags', 'tags', { multiEntry: true });
    },
  },
];

/** The version the code opens. */
export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Runs the steps after `oldVersion` up to `newVersion`, in order. */
export async function upgradeSteps(
  db: AnyDB,
  oldVersion: number,
  newVersion: number,
  tx: UpgradeTx,
): Promise<void> {
  for (const step of MIGRATIONS) {
    if (step.version > oldVersion && step.version <= newVersion) await step.run(db, tx);
  }
}
