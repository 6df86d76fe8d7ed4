/**
 * The popup's view of the current page: counts per kind, the goals in document order (click
 * to scroll the page to one), what changed since the last visit, clips that could not be
 * placed, and "Analyze this page" where detection did not run.
 */
import { useMemo, useState } from 'preact/hooks';
import { ClipRow } from './ClipRow';
import { GoalRow } from './GoalRow';
import { countKinds, KindFilter } from './KindFilter';
import type { ClipItem, GoalItem, KindOrAll, Ui } from './types';
import { VirtualList } from './VirtualList';

export type PanelStatus = 'loading' | 'ready' | 'not-analysed' | 'analyzing' | 'unavailable';

export interface RevisitInfo {
  since: string;
  added: number;
  removed: number;
}

export interface PagePanelProps {
  ui: Ui;
  status: PanelStatus;
  /** Why the page cannot be analysed (status `unavailable`). */
  error?: string;
  /** The page's goals in document order (maybe only the first of them: see `complete`). */
  goals: readonly GoalItem[];
  /** Goals per kind on the whole page; counted from `goals` when absent. */
  counts?: Record<GoalItem['kind'], number>;
  /** False while `goals` holds only the first screen (the rest is on its way). */
  complete?: boolean;
  revisit?: RevisitInfo;
  orphans: readonly ClipItem[];
  libraryUrl: string;
  pageLibraryUrl?: string;
  highlightsOn?: boolean;
  today?: string;
  /** A transient message (e.g. the item is no longer on the page). */
  notice?: string;
  onAnalyze: () => void;
  onScrollTo: (goal: GoalItem) => void;
  onToggleHighlights?: () => void;
}

const ROW_HEIGHT = 56;

function Revisit({ revisit, ui }: { revisit: RevisitInfo; ui: Ui }) {
  const parts = [
    revisit.removed > 0
      ? ui.t('revisitRemoved', { count: revisit.removed, since: revisit.since })
      : '',
    revisit.added > 0 ? ui.t('revisitAdded', { count: revisit.added, since: revisit.since }) : '',
  ].filter(Boolean);
  return parts.length ? (
    <p class="revisit" data-testid="revisit" role="status">
      {parts.join(';')}
    </p>
  ) : null;
}

function Analyze({ props }: { props: PagePanelProps }) {
  const { ui, status } = props;
  if (status === 'unavailable' && props.error) {
    return (
      <p class="notice" data-testid="unavailable">
        {ui.t('cannotAnalyze', { error: props.error })}
      </p>
    );
  }
  return (
    <div class="analyze">
      <p>{ui.t('notAnalysed')}</p>
      <button
        type="button"
        class="primary"
        data-testid="analyze"
        disabled={status === 'analyzing'}
        onClick={props.onAnalyze}
      >
        {status === 'analyzing' ? ui.t('analyzing') : ui.t('analyze')}
      </button>
    </div>
  );
}

export function PagePanel(props: PagePanelProps) {
  const { ui, goals } = props;
  const [kind, setKind] = useState<KindOrAll>('all');
  const counted = useMemo(() => countKinds(goals), [goals]);
  const counts = props.counts ?? counted;
  const shown = useMemo(
    () => (kind === 'all' ? goals : goals.filter((g) => g.kind === kind)),
    [goals, kind],
  );
  const ready = props.status === 'ready';
  return (
    <section
      class="page-panel"
      data-status={props.status}
      aria-busy={props.complete === false ? 'true' : undefined}
    >
      {props.revisit ? <Revisit revisit={props.revisit} ui={ui} /> : null}
      {props.status === 'loading' ? <p class="muted">…</p> : null}
      {ready ? (
        <>
          <div class="panel-bar">
            <KindFilter counts={counts} value={kind} onChange={setKind} ui={ui} />
            {props.onToggleHighlights ? (
              <button
                type="button"
                class="icon"
                aria-pressed={props.highlightsOn ? 'true' : 'false'}
                title={ui.t('toggleHighlights')}
                aria-label={ui.t('toggleHighlights')}
                onClick={props.onToggleHighlights}
              >
                ◐
              </button>
            ) : null}
          </div>
          {goals.length === 0 ? <p class="muted">{ui.t('noGoals')}</p> : null}
          <VirtualList
            class="popup-list"
            items={shown}
            rowHeight={ROW_HEIGHT}
            initialHeight={360}
            label={ui.t('filterKind')}
            getKey={(g) => g.id}
            renderRow={(g) => (
              <GoalRow goal={g} ui={ui} today={props.today} onSelect={props.onScrollTo} />
            )}
          />
        </>
      ) : null}
      {props.status === 'not-analysed' ||
      props.status === 'analyzing' ||
      props.status === 'unavailable' ? (
        <Analyze props={props} />
      ) : null}
      {props.notice ? (
        <p class="notice" role="status">
          {props.notice}
        </p>
      ) : null}
      {props.orphans.length > 0 ? (
        <div class="orphans" data-testid="orphans">
          <p>{ui.t('orphanedClips', { count: props.orphans.length })}</p>
          {props.orphans.map((c) => (
            <ClipRow key={c.id} clip={c} ui={ui} />
          ))}
        </div>
      ) : null}
      <footer class="panel-links">
        <a href={props.libraryUrl} target="_blank" rel="noopener" data-testid="library-link">
          {ui.t('openLibrary')}
        </a>
        {props.pageLibraryUrl ? (
          <a
            href={props.pageLibraryUrl}
            target="_blank"
            rel="noopener"
            data-testid="page-library-link"
          >
            {ui.t('pageInLibrary')}
          </a>
        ) : null}
      </footer>
    </section>
  );
}
