/**
 * Opening the library. Only the background service worker and extension pages call this: a
 * content script's IndexedDB would belong to the web site, not to the extension.
 */
import { openDB } from 'idb';
import {
  DB_NAME,
  LATEST_VERSION,
  upgradeSteps,
  type LibraryDB,
  type LibrarySchema,
} from './schema';

export interface OpenOptions {
  name?: string;
  /** For the migration tests, which build a database at an older version first. */
  version?: number;
  /** Called when the connection closes itself (another context upgrades, or the browser
   * terminated it), so that the next use opens a fresh one. */
  onClose?: () => void;
}

/** Opens (creating or upgrading) the library database. */
export function openLibrary(options: OpenOptions = {}): Promise<LibraryDB> {
  const { name = DB_NAME, version = LATEST_VERSION, onClose } = options;
  return openDB<LibrarySchema>(name, version, {
    async upgrade(db, oldVersion, newVersion, tx) {
      // The typed handle describes the latest schema; the steps work on what exists.
      await upgradeSteps(db as never, oldVersion, newVersion ?? version, tx as never);
    },
    blocking(_current, _next, event) {
      // Another context wants a newer version: let it upgrade instead of blocking it.
      (event.target as IDBDatabase).close();
      onClose?.();
    },
    terminated() {
      onClose?.();
    },
  });
}

let shared: Promise<LibraryDB> | undefined;

/** The one connection of this context, opened on first use and reopened after a failure. */
export function library(): Promise<LibraryDB> {
  shared ??= openLibrary({ onClose: () => (shared = undefined) }).catch((error: unknown) => {
    shared = undefined;
    throw error;
  });
  return shared;
}
