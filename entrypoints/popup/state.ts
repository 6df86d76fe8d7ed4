/**
 * The popup's first read: which tab it is about and what that tab's content script found.
 * Started before the settings and the first render (see main.tsx).
 */
import { browser } from 'wxt/browser';
import type { PanelStatus } from '../../components/PagePanel';
import type { GoalItem } from '../../components/types';
import type { PageState } from '../../utils/messages/page';
import { sendToTab } from '../../utils/messaging';

export interface Loaded {
  status: PanelStatus;
  goals: GoalItem[];
  /** Every goal on the page per kind; `goals` may hold only the first screen of them. */
  counts?: PageState['counts'];
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

/** Goals asked for first: enough to fill the popup's list, cheap to send on a huge page. */
export const FIRST_SCREEN = 40;

/** The number of goals on the page (all kinds), as far as `loaded` knows. */
export function totalOf(loaded: Loaded): number {
  const c = loaded.counts;
  return c ? c.target + c.deadline + c.achievement : loaded.goals.length;
}

/** True when `loaded` holds only the first goals of the page. */
export function isPartial(loaded: Loaded): boolean {
  return loaded.status === 'ready' && totalOf(loaded) > loaded.goals.length;
}

/**
 * Asks the tab's content script for its analysis (the first `limit` goals when set); no
 * content script reads as not analysed.
 */
export async function readState(tabId: number, limit?: number): Promise<Loaded> {
  try {
    const state = await sendToTab(tabId, 'page:get-state', limit === undefined ? {} : { limit });
    return {
      status: state.analysed ? 'ready' : 'not-analysed',
      goals: state.goals,
      counts: state.counts,
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

/**
 * Finds the tab and reads its first screen of goals (the App asks for the rest when the page
 * has more); `tabId` is undefined when there is no tab.
 */
export async function startLoading(): Promise<Initial> {
  const tabId = await currentTabId();
  if (tabId === undefined) return { loaded: { status: 'unavailable', goals: [] } };
  const loaded = await readState(tabId, FIRST_SCREEN);
  performance.mark('pgr-popup-state');
  return { tabId, loaded };
}
