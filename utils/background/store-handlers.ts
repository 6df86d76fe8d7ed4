/**
 * Background side of the store protocol for pages and clips: saving page reports (plugged
 * into `registerPageHandlers` as `saveReport`), the popup's view of one page, and the clip
 * messages the content script sends. Every write is acknowledged only after its transaction
 * completed.
 */
import { onMessage, type Handler, type MessageSender, type MessageType } from '../messaging';
import {
  checkAnchorResults,
  checkClipInput,
  listClips,
  recordAnchors,
  saveClip,
} from '../store/clips';
import { announceChange } from '../store/changes';
import { checkReport, getPageView, saveReport } from '../store/pages';
import type { LibraryDB } from '../store/schema';
import type { RequestOf } from '../messaging';
import type { RevisitDiff } from '../messages/store';
import { requireExtensionPage, requireOwnPage } from './store-access';
import { libraryHandlers } from './store-library';

export interface StoreDeps {
  /** The library connection (opened lazily, reopened after the worker restarts). */
  db: () => Promise<LibraryDB>;
  /** The clock; tests pass a fixed one. */
  now?: () => Date;
}

/** The `saveReport` hook of `registerPageHandlers`: stores the report of the sender's page. */
export function reportSaver(deps: StoreDeps) {
  return async (
    data: RequestOf<'page:report'>,
    sender: MessageSender,
  ): Promise<RevisitDiff | undefined> => {
    const report = checkReport(data);
    requireOwnPage(sender, report.page.url, 'report a page');
    const diff = await saveReport(await deps.db(), report, deps.now?.());
    announceChange('report');
    return diff;
  };
}

/** Handlers by message type. */
export type Handlers = { [K in MessageType]?: Handler<K> };

/** The handlers of the page and clip messages, by type (registered by
 * `registerStoreHandlers`, called directly by the tests with made-up senders). */
export function clipHandlers(deps: StoreDeps) {
  return {
    'clip:save': async (data, sender) => {
      const input = checkClipInput(data);
      requireOwnPage(sender, input.url, 'save clips');
      const clip = await saveClip(await deps.db(), input, deps.now?.());
      announceChange('clip');
      return { id: clip.id };
    },
    'clip:list-for-url': async (data, sender) => {
      requireOwnPage(sender, String(data?.url), 'list clips');
      return listClips(await deps.db(), data.url);
    },
    'clip:anchor-report': async (data, sender) => {
      requireOwnPage(sender, String(data?.url), 'report clip anchors');
      const results = checkAnchorResults(data.results);
      const updated = await recordAnchors(await deps.db(), data.url, results, deps.now?.());
      if (updated > 0) announceChange('clip');
      return { updated };
    },
    'library:page': async (data, sender) => {
      requireExtensionPage(sender, 'read the library');
      return getPageView(await deps.db(), data.url);
    },
  } satisfies Handlers;
}

/** Registers handlers by type; returns a function that removes them all. */
export function registerHandlers(handlers: Handlers): () => void {
  const offs = Object.entries(handlers).map(([type, handler]) =>
    onMessage(type as MessageType, handler as Handler<MessageType>),
  );
  return () => offs.forEach((off) => off());
}

/** Registers every store handler of the background; returns a function that removes them. */
export function registerStoreHandlers(deps: StoreDeps): () => void {
  return registerHandlers({ ...clipHandlers(deps), ...libraryHandlers(deps) });
}
