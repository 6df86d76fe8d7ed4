/**
 * Background side of the page protocol: receives each tab's report and shows the number of
 * goals on the toolbar badge of that tab.
 */
import { browser } from 'wxt/browser';
import { onMessage } from '../messaging';

/** Badge text for a goal count: empty for none, `999+` past three digits. */
export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 999 ? '999+' : String(count);
}

/** Registers the page-report handlers; returns a function that removes them. */
export function registerPageReportHandlers(): () => void {
  let reports = 0;
  const offReport = onMessage('page:report', async ({ goals }, sender) => {
    reports += 1;
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.frameId === 0) {
      await browser.action.setBadgeText({ tabId, text: badgeText(goals.length) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
    }
    return { count: goals.length };
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
