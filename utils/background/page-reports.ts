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

/** Registers the page-protocol handlers of the background; returns a function that removes them. */
export function registerPageHandlers(hooks: PageHandlerHooks = {}): () => void {
  let reports = 0;
  const offReport = onMessage('page:report', async (report, sender) => {
    reports += 1;
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0) {
      await browser.action.setBadgeText({ tabId, text: badgeText(report.goals.length) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    }
    const diff = hooks.saveReport ? await hooks.saveReport(report, sender) : undefined;
    return diff ? { count: report.goals.length, diff } : { count: report.goals.length };
  });
  const offPing = onMessage('runtime:ping', () => ({
    version: browser.runtime.getManifest().version,
    reports,
  }));
  return () => {
    offReport();
    offPing();
  };
}
