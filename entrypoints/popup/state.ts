/**
 * The popup's first read: which tab it is about and what that tab's content script found.
 * Started before the settings and the first render (see main.tsx).
 */
import { browser } from 'wxt/browser';
import type { PanelStatus } from '../../components/PagePanel';
import type { GoalItem } from '../../components/types';
import { sendToTab } from '../../utils/messaging';

export interface Loaded {
  status: PanelStatus;
  goals: GoalItem[];
  pageUrl?: string;
  highlightsOn?: boolean;
  error?: string;
}

/** The active tab of the last focused window, or `?tab=<id>` (the tests open the popup as a page). */
async function currentTabId(): Promise<number | undefined> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id;
}

/** Asks the tab's content script for its analysis; no content script reads as not analysed. */
export async function readState(tabId: number): Promise<Loaded> {
  try {
    const state = await sendToTab(tabId, 'page:get-state', {});
    return {
      status: state.analysed ? 'ready' : 'not-analysed',
      goals: state.goals,
      pageUrl: state.page?.url,
      highlightsOn: state.highlightsOn,
    };
  } catch {
    // No content script on this tab (not a gov.cn page, or not analysed yet).
    return { status: 'not-analysed', goals: [] };
  }
}

export interface Initial {
  tabId?: number;
  loaded: Loaded;
}

/** Finds the tab and reads its state; `tabId` is undefined when there is no tab. */
export async function startLoading(): Promise<Initial> {
  const tabId = await currentTabId();
  if (tabId === undefined) return { loaded: { status: 'unavailable', goals: [] } };
  const loaded = await readState(tabId);
  performance.mark('pgr-popup-state');
  return { tabId, loaded };
}
