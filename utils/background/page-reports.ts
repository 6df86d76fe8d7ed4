/**
 * Background side of the page protocol: receives each tab's report, shows the number of goals
 * on that tab's toolbar badge, and hands the report to the store (through `saveReport`, wired
 * in entrypoints/background.ts) so that the reply can say what changed since the last visit.
 */
import { browser } from 'wxt/browser';
import { onMessage, type MessageSender, type RequestOf } from '../messaging';
import type { RevisitDiff } from '../messages/store';

/** Badge text for a goal count: empty for none, `999+` past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

export interface PageHandlerHooks {
  /** Persists a report; resolves with the difference from the previous visit, if any. */
  saveReport?: (
    report: RequestOf<'page:report'>,
    sender: MessageSender,
  ) => Promise<RevisitDiff | undefined>;
}

/** Goal counts per tab and frame: the badge shows a tab's total over its frames. */
export class FrameCounts {
  private readonly tabs = new Map<number, Map<number, number>>();
  /** Records one frame's count; returns the tab's total. */
  set(tabId: number, frameId: number, count: number): number {
    const frames = this.tabs.get(tabId) ?? new Map<number, number>();
    frames.set(frameId, count);
    this.tabs.set(tabId, frames);
    let total = 0;
    for (const n of frames.values()) total += n;
    return total;
  }
  forget(tabId: number): void {
    this.tabs.delete(tabId);
  }
}

/** Registers the page-protocol handlers of the background; returns a function that removes them. */
export function registerPageHandlers(hooks: PageHandlerHooks = {}): () => void {
  let reports = 0;
  const counts = new FrameCounts();
  const offReport = onMessage('page:report', async (report, sender) => {
    reports += 1;
    const tabId = sender.tab?.id;
    if (tabId !== undefined) {
      const total = counts.set(tabId, sender.frameId ?? 0, report.goals.length);
      // MV3 `action`; Firefox MV2 calls it `browserAction`.
      const action =
        browser.action ??
        (browser as unknown as { browserAction: typeof browser.action }).browserAction;
      await action.setBadgeText({ tabId, text: badgeText(total) });
      await action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    }
    const diff = hooks.saveReport ? await hooks.saveReport(report, sender) : undefined;
    return diff ? { count: report.goals.length, diff } : { count: report.goals.length };
  });
  const offPing = onMessage('runtime:ping', () => ({
    version: browser.runtime.getManifest().version,
    reports,
  }));
  // A page that starts loading starts with no goals in any frame.
  const onUpdated = (tabId: number, change: { status?: string }) => {
    if (change.status === 'loading') counts.forget(tabId);
  };
  const onRemoved = (tabId: number) => counts.forget(tabId);
  browser.tabs.onUpdated.addListener(onUpdated);
  browser.tabs.onRemoved.addListener(onRemoved);
  return () => {
    offReport();
    offPing();
    browser.tabs.onUpdated.removeListener(onUpdated);
    browser.tabs.onRemoved.removeListener(onRemoved);
  };
}
