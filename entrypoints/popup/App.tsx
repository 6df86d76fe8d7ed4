/**
 * Popup wiring: finds the tab (the active tab of the last focused window, or `?tab=<id>` when
 * the popup is opened as a page by the tests), asks its content script for the page's goals,
 * asks the store what changed since the last visit, and renders PagePanel.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PagePanel, type RevisitInfo } from '../../components/PagePanel';
import type { ClipItem, GoalItem, Ui } from '../../components/types';
import { translator } from '../../utils/i18n/index';
import { commonMessages } from '../../utils/i18n/common';
import { formatDay } from '../../utils/i18n/store-format';
import { sendMessage, sendToTab } from '../../utils/messaging';
import type { PageView } from '../../utils/store/records';
import { isPartial, readState, totalOf, type Initial, type Loaded } from './state';

/** The last visit's change, when the last visit is the one that noticed it. */
function revisitOf(view: PageView | undefined): RevisitInfo | undefined {
  const page = view?.page;
  const last = page?.changes[page.changes.length - 1];
  if (!page || !last || last.on !== page.lastSeen) return undefined;
  return { since: last.since, added: last.added.length, removed: last.removed.length };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function App({ ui, initial }: { ui: Ui; initial: Promise<Initial> }) {
  const [tabId, setTabId] = useState<number>();
  const [loaded, setLoaded] = useState<Loaded>({ status: 'loading', goals: [] });
  const [view, setView] = useState<PageView>();
  const [notice, setNotice] = useState<string>();
  const libraryUrl = browser.runtime.getURL('/library.html');

  useEffect(() => {
    initial.then(({ tabId: id, loaded: first }) => {
      setTabId(id);
      setLoaded(id === undefined ? { ...first, error: ui.t('noTab') } : first);
    });
  }, []);

  // A page with more goals than the first screen: the rest once the first screen is up.
  useEffect(() => {
    if (tabId === undefined || !isPartial(loaded)) return;
    let current = true;
    readState(tabId).then((all) => {
      if (current && all.status === 'ready') setLoaded(all);
    });
    return () => {
      current = false;
    };
  }, [tabId, loaded]);

  useEffect(() => {
    if (!loaded.pageUrl) return;
    sendMessage('library:page', { url: loaded.pageUrl }).then(setView, () => setView(undefined));
  }, [loaded.pageUrl, loaded.goals.length]);

  // For the UI benchmark (scripts/bench-ui.ts): when the first list was committed.
  useLayoutEffect(() => {
    if (
      loaded.status === 'ready' &&
      performance.getEntriesByName('pgr-popup-rendered').length === 0
    ) {
      performance.mark('pgr-popup-rendered');
    }
  }, [loaded.status]);

  const analyze = async () => {
    if (tabId === undefined) return;
    setLoaded((l) => ({ ...l, status: 'analyzing' }));
    try {
      await sendMessage('page:analyze', { tabId });
      // The injected script needs a moment to read and analyse the page.
      for (let i = 0; i < 20; i++) {
        const state = await readState(tabId);
        if (state.status === 'ready') return setLoaded(state);
        await wait(250);
      }
      setLoaded((l) => ({ ...l, status: 'not-analysed' }));
    } catch (error) {
      setLoaded({ status: 'unavailable', goals: [], error: (error as Error).message });
    }
  };

  const scrollTo = async (goal: GoalItem) => {
    if (tabId === undefined) return;
    const { found } = await sendToTab(tabId, 'page:scroll-to', { goalId: goal.id }).catch(() => ({
      found: false,
    }));
    setNotice(found ? undefined : ui.t('itemNotFound'));
  };

  const toggle = async () => {
    if (tabId === undefined) return;
    const { on } = await sendToTab(tabId, 'page:toggle-highlights', {});
    setLoaded((l) => ({ ...l, highlightsOn: on }));
  };

  const orphans = useMemo<ClipItem[]>(
    () => (view?.clips ?? []).filter((c) => c.anchor?.status === 'orphaned'),
    [view],
  );
  return (
    <main class="popup">
      <header class="popup-head">
        <h1>{translator(commonMessages, ui.locale)('popupTitle')}</h1>
        <p data-testid="status" class="count">
          {ui.t('goalCount', { count: totalOf(loaded) })}
        </p>
      </header>
      <PagePanel
        ui={ui}
        status={loaded.status}
        error={loaded.error}
        goals={loaded.goals}
        counts={loaded.counts}
        complete={!isPartial(loaded)}
        revisit={revisitOf(view)}
        orphans={orphans}
        libraryUrl={libraryUrl}
        pageLibraryUrl={
          view?.page ? `${libraryUrl}?url=${encodeURIComponent(view.page.url)}` : undefined
        }
        highlightsOn={loaded.highlightsOn}
        today={formatDay(new Date().toISOString())}
        notice={notice}
        onAnalyze={analyze}
        onScrollTo={scrollTo}
        onToggleHighlights={loaded.status === 'ready' ? toggle : undefined}
      />
    </main>
  );
}
