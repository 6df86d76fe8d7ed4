/**
 * Living pages: a debounced MutationObserver that asks for a refresh when the page's content
 * changes (our own card and fallback marks excepted), and the SPA URL watcher (WXT's
 * `wxt:locationchange`, which sees `history.pushState` navigations the isolated world cannot
 * hook).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MARK_TAG } from '../page/wrap';
import { debounce } from './schedule';

/** Quiet time after the last mutation before the page is read again. */
export const MUTATION_DEBOUNCE_MS = 400;
/** Longest a refresh waits while mutations keep coming (tickers, live counters). */
export const MUTATION_MAX_WAIT_MS = 3000;

export interface WatchOptions {
  /** Our own elements (card host). */
  isOwn: (node: Node) => boolean;
  onChange: () => void;
  onUrlChange: () => void;
}

export interface PageWatch {
  /** Drops the mutations queued so far (call right after our own DOM changes). */
  discard(): void;
  stop(): void;
}

function touchesPage(record: MutationRecord, isOwn: (node: Node) => boolean): boolean {
  const ours = (node: Node) =>
    isOwn(node) || (node.nodeType === 1 && (node as Element).localName === MARK_TAG);
  let target: Node | null = record.target;
  for (; target; target = target.parentNode) if (ours(target)) return false;
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length === 0 || nodes.some((n) => !ours(n));
}

/** Starts watching `doc`; stops when the content script is invalidated or on `stop()`. */
export function watchPage(
  ctx: Pick<ContentScriptContext, 'addEventListener' | 'onInvalidated'>,
  doc: Document,
  options: WatchOptions,
): PageWatch {
  let firstPending = 0;
  const fire = debounce(() => {
    firstPending = 0;
    options.onChange();
  }, MUTATION_DEBOUNCE_MS);
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => touchesPage(r, options.isOwn))) return;
    const now = performance.now();
    if (!firstPending) firstPending = now;
    if (now - firstPending > MUTATION_MAX_WAIT_MS) {
      fire.cancel();
      firstPending = 0;
      options.onChange();
    } else fire();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => options.onUrlChange());
  const stop = () => {
    observer.disconnect();
    fire.cancel();
  };
  ctx.onInvalidated(stop);
  return { discard: () => void observer.takeRecords(), stop };
}
