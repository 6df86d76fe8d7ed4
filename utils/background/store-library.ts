/**
 * Background handlers of the whole-library messages (library and options pages only):
 * query, notes and tags, delete, clear, export and import.
 */
import { announceChange } from '../store/changes';
import type { Locale } from '../i18n/index';
import { cleanTags } from '../store/clips';
import { StoreError } from '../store/errors';
import { EXPORT_FORMATS, exportLibrary } from '../store/export/index';
import { parseLibraryJson } from '../store/export/json';
import type { LibraryFilter } from '../store/filter';
import {
  annotate,
  clearLibrary,
  deleteItems,
  importLibrary,
  loadLibrary,
  previewLibrary,
  queryLibrary,
  type Annotation,
} from '../store/library';
import type { Handlers, StoreDeps } from './store-handlers';
import { requireExtensionPage } from './store-access';

function hasFilter(filter: LibraryFilter | undefined): filter is LibraryFilter {
  return filter !== undefined && Object.values(filter).some((v) => v !== undefined && v !== '');
}

function checkAnnotation(data: Annotation): Annotation {
  const out: Annotation = {};
  if (data.note !== undefined) {
    if (typeof data.note !== 'string' || data.note.length > 5000) {
      throw new StoreError('invalid-input', 'note: expected a string of at most 5000 characters');
    }
    out.note = data.note;
  }
  if (data.tags !== undefined) {
    if (
      !Array.isArray(data.tags) ||
      data.tags.some((t) => typeof t !== 'string' || t.length > 100)
    ) {
      throw new StoreError('invalid-input', 'tags: expected a list of short texts');
    }
    out.tags = cleanTags(data.tags);
  }
  return out;
}

/** The whole-library handlers by type; each refuses any sender but an extension page. */
export function libraryHandlers(deps: StoreDeps) {
  const now = () => deps.now?.() ?? new Date();
  return {
    'library:query': async ({ filter }, sender) => {
      requireExtensionPage(sender, 'read the library');
      const db = await deps.db();
      return hasFilter(filter) ? queryLibrary(db, filter) : loadLibrary(db);
    },
    'library:preview': async ({ limit }, sender) => {
      requireExtensionPage(sender, 'read the library');
      const n = Number.isInteger(limit) && limit > 0 ? Math.min(limit, 1000) : 100;
      return previewLibrary(await deps.db(), n);
    },
    'library:annotate': async (data, sender) => {
      requireExtensionPage(sender, 'edit notes and tags');
      return annotate(await deps.db(), data.target, checkAnnotation(data));
    },
    'library:delete': async (data, sender) => {
      requireExtensionPage(sender, 'delete from the library');
      return { deleted: await deleteItems(await deps.db(), data) };
    },
    'library:clear': async (data, sender) => {
      requireExtensionPage(sender, 'clear the library');
      if (data?.confirm !== true) {
        throw new StoreError('invalid-input', 'Clearing the library needs a confirmation.');
      }
      await clearLibrary(await deps.db());
      announceChange('clear');
      return { cleared: true as const };
    },
    'library:export': async ({ format, filter, locale }, sender) => {
      requireExtensionPage(sender, 'export the library');
      if (!EXPORT_FORMATS.includes(format)) {
        throw new StoreError('invalid-input', `Unknown export format "${String(format)}".`);
      }
      const db = await deps.db();
      const data = hasFilter(filter) ? await queryLibrary(db, filter) : await loadLibrary(db);
      return exportLibrary(data, format, now(), (locale === 'en' ? 'en' : 'zh-CN') as Locale);
    },
    'library:import': async ({ text }, sender) => {
      requireExtensionPage(sender, 'import into the library');
      if (typeof text !== 'string') throw new StoreError('invalid-import', 'No file content.');
      const counts = await importLibrary(await deps.db(), parseLibraryJson(text));
      announceChange('import');
      return counts;
    },
  } satisfies Handlers;
}
