/**
 * Library page wiring: loads the library (or one page of it with `?url=`), filters and sorts
 * it in the page as the user types, and turns edits, deletions, exports and imports into
 * store messages. Rendering is done by the components.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { ClipRow } from '../../components/ClipRow';
import { DetailPanel } from '../../components/DetailPanel';
import { ExportBar } from '../../components/ExportBar';
import { FilterBar, type FilterValue, type SortValue } from '../../components/FilterBar';
import { GoalRow } from '../../components/GoalRow';
import { PageHeader } from '../../components/PageHeader';
import { PageRow } from '../../components/PageRow';
import type { Ui } from '../../components/types';
import { VirtualList } from '../../components/VirtualList';
import { formatDay } from '../../utils/i18n/store-format';
import { applyFilter, facets, sortGoals, type LibraryData } from '../../utils/store/filter';
import type { GoalRecord } from '../../utils/store/records';
import { siteOf } from '../../utils/store/url';
import { libraryHref, useLibraryActions, type Current } from './actions';
import { useLibraryData, type InitialLoad } from './data';

type Tab = 'goals' | 'clips' | 'pages';

const ROW_HEIGHT = 60;
const goalKey = (g: GoalRecord) => `${g.url}\n${g.id}`;
const TODAY = formatDay(new Date().toISOString());

export interface AppProps {
  ui: Ui;
  /** Normalised URL of `?url=`, if any. */
  page?: string;
  initial: InitialLoad;
}

export function App({ ui, page, initial }: AppProps) {
  const { t } = ui;
  const lib = useLibraryData(initial, page, ui);
  const [filter, setFilter] = useState<FilterValue>({});
  const [sort, setSort] = useState<SortValue>(page ? 'document' : 'due-asc');
  const [tab, setTab] = useState<Tab>('goals');
  const [selected, setSelected] = useState<string>();

  const data = lib.data;
  // Until the whole library arrived, the preview fills the first screen.
  const source = data ?? lib.preview;
  const pages = useMemo(() => new Map(source?.pages.map((p) => [p.url, p]) ?? []), [source]);
  const selection = useMemo<LibraryData | undefined>(
    () => (source ? applyFilter(source, { ...filter, url: page }) : undefined),
    [source, filter, page],
  );
  const goals = useMemo(
    () => (selection ? sortGoals(selection.goals, sort, pages) : []),
    [selection, sort, pages],
  );
  const clips = useMemo(
    () => [...(selection?.clips ?? [])].sort((a, b) => (a.created < b.created ? 1 : -1)),
    [selection],
  );
  const pageList = useMemo(() => {
    const list = Object.values(filter).some((v) => v !== undefined && v !== '')
      ? (selection?.pages ?? [])
      : (data?.pages ?? []);
    return [...list].sort((a, b) => (a.lastSeen < b.lastSeen ? 1 : -1));
  }, [data, selection, filter]);
  const menus = useMemo(() => (data ? facets(data) : { years: [], sites: [], tags: [] }), [data]);
  const clipCounts = useMemo(() => {
    const counts = new Map<string, number>();
    data?.clips.forEach((c) => counts.set(c.url, (counts.get(c.url) ?? 0) + 1));
    return counts;
  }, [data]);

  // For the UI benchmark (scripts/bench-ui.ts): when the first list was committed.
  useLayoutEffect(() => {
    if (source && performance.getEntriesByName('pgr-library-rendered').length === 0) {
      performance.mark('pgr-library-rendered');
    }
  }, [source]);
  useLayoutEffect(() => {
    if (data && performance.getEntriesByName('pgr-library-complete').length === 0) {
      performance.mark('pgr-library-complete');
    }
  }, [data]);

  useEffect(() => setSelected(undefined), [filter, tab]);

  const current = useMemo<Current | undefined>(() => {
    if (!selected) return undefined;
    const goal = goals.find((g) => goalKey(g) === selected);
    if (goal) return { type: 'goal', item: goal };
    const clip = clips.find((c) => c.id === selected);
    return clip ? { type: 'clip', item: clip } : undefined;
  }, [selected, goals, clips]);

  const { message, onExport, onImport, onSave, onDelete, onDeletePage } = useLibraryActions({
    ui,
    lib,
    filter,
    page,
    current,
    deselect: () => setSelected(undefined),
  });

  const headPage = page ? pages.get(page) : undefined;
  const selectedPage = current ? pages.get(current.item.url) : undefined;
  return (
    <div class="library">
      <header class="library-head">
        <h1>
          <a href={libraryHref()}>{t('libraryTitle')}</a>
        </h1>
        <ExportBar ui={ui} onExport={onExport} onImport={onImport} />
      </header>
      {headPage ? (
        <PageHeader
          page={headPage}
          ui={ui}
          allHref={libraryHref()}
          onDelete={() => onDeletePage(headPage.url, headPage.title)}
        />
      ) : null}
      <FilterBar
        ui={ui}
        value={filter}
        sort={sort}
        years={menus.years}
        sites={menus.sites}
        tags={menus.tags}
        onChange={setFilter}
        onSort={setSort}
      />
      <nav class="tabs" role="tablist">
        {(
          [
            ['goals', t('tabGoals'), data ? goals.length : '…'],
            ['clips', t('tabClips'), data ? clips.length : '…'],
            ['pages', t('tabPages'), pageList.length],
          ] as const
        ).map(([key, label, count]) => (
          <button
            key={key}
            type="button"
            role="tab"
            data-tab={key}
            aria-selected={tab === key ? 'true' : 'false'}
            onClick={() => setTab(key)}
          >
            {label} <span class="count">{count}</span>
          </button>
        ))}
        {message ? (
          <span class="message" role="status" data-testid="message">
            {message}
          </span>
        ) : null}
      </nav>
      {lib.error ? <p class="notice">{t('loadFailed', { error: lib.error })}</p> : null}
      {data && data.goals.length + data.clips.length === 0 ? (
        <p class="muted empty">{page ? t('noMatches') : t('emptyLibrary')}</p>
      ) : null}
      <div class="content">
        {tab === 'goals' ? (
          <VirtualList
            class="library-list"
            label={t('tabGoals')}
            items={goals}
            rowHeight={ROW_HEIGHT}
            getKey={goalKey}
            renderRow={(g) => (
              <GoalRow
                goal={g}
                ui={ui}
                today={TODAY}
                selected={goalKey(g) === selected}
                source={page ? undefined : (pages.get(g.url)?.title ?? siteOf(g.url))}
                onSelect={() => setSelected(goalKey(g))}
              />
            )}
          />
        ) : tab === 'clips' ? (
          <VirtualList
            class="library-list"
            label={t('tabClips')}
            items={clips}
            rowHeight={ROW_HEIGHT}
            getKey={(c) => c.id}
            renderRow={(c) => (
              <ClipRow
                clip={c}
                ui={ui}
                selected={c.id === selected}
                source={pages.get(c.url)?.title ?? siteOf(c.url)}
                onSelect={() => setSelected(c.id)}
              />
            )}
          />
        ) : (
          <VirtualList
            class="library-list"
            label={t('tabPages')}
            items={pageList}
            rowHeight={ROW_HEIGHT}
            getKey={(p) => p.url}
            renderRow={(p) => (
              <PageRow
                page={p}
                ui={ui}
                site={siteOf(p.url)}
                clipCount={clipCounts.get(p.url) ?? 0}
                href={libraryHref(p.url)}
              />
            )}
          />
        )}
        {current ? (
          <DetailPanel
            ui={ui}
            selected={current}
            page={
              selectedPage
                ? { ...selectedPage, href: selectedPage.rawUrl }
                : { title: current.item.url, url: current.item.url, href: current.item.url }
            }
            pageViewHref={page ? undefined : libraryHref(current.item.url)}
            onSave={onSave}
            onDelete={onDelete}
          />
        ) : null}
      </div>
      {data && goals.length + clips.length === 0 && data.goals.length > 0 ? (
        <p class="muted">{t('noMatches')}</p>
      ) : null}
    </div>
  );
}
