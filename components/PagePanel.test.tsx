// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../utils/i18n/index';
import { storeMessages } from '../utils/i18n/store';
import { PagePanel, type PagePanelProps } from './PagePanel';
import type { GoalItem } from './types';

afterEach(cleanup);

const ui = { t: translator(storeMessages, 'en'), locale: 'en' as const };
const g = (id: string, kind: GoalItem['kind']): GoalItem => ({
  id,
  kind,
  start: 0,
  end: 1,
  quote: `quote ${id}`,
  metric: `metric ${id}`,
  section: [],
});
const goals = [g('a', 'target'), g('b', 'deadline'), g('c', 'target'), g('d', 'achievement')];

function panel(props: Partial<PagePanelProps> = {}) {
  return render(
    <PagePanel
      ui={ui}
      status="ready"
      goals={goals}
      orphans={[]}
      libraryUrl="chrome-extension://x/library.html"
      onAnalyze={() => undefined}
      onScrollTo={() => undefined}
      {...props}
    />,
  );
}

describe('PagePanel', () => {
  it('counts per kind and filters the list by kind', () => {
    const { container } = panel();
    const count = (k: string) =>
      container.querySelector(`.kind-option[data-kind="${k}"]`)?.getAttribute('data-count');
    expect([count('all'), count('target'), count('deadline'), count('achievement')]).toEqual([
      '4',
      '2',
      '1',
      '1',
    ]);
    fireEvent.click(container.querySelector('.kind-option[data-kind="target"]')!);
    const rows = [...container.querySelectorAll('[data-testid="goal-row"]')];
    expect(rows.map((r) => r.getAttribute('title'))).toEqual(['quote a', 'quote c']);
  });

  it('shows the counts of the whole page while only the first goals are listed', () => {
    const { container } = panel({
      goals: goals.slice(0, 2),
      counts: { target: 7, deadline: 5, achievement: 0 },
      complete: false,
    });
    const count = (k: string) =>
      container.querySelector(`.kind-option[data-kind="${k}"]`)?.getAttribute('data-count');
    expect([count('all'), count('target'), count('deadline')]).toEqual(['12', '7', '5']);
    expect(container.querySelectorAll('[data-testid="goal-row"]')).toHaveLength(2);
    expect(container.querySelector('.page-panel')?.getAttribute('aria-busy')).toBe('true');
    cleanup();
    const done = panel({ counts: { target: 2, deadline: 1, achievement: 1 }, complete: true });
    expect(done.container.querySelector('.page-panel')?.hasAttribute('aria-busy')).toBe(false);
  });

  it('asks the page to scroll to a clicked item', () => {
    const onScrollTo = vi.fn();
    const { container } = panel({ onScrollTo });
    fireEvent.click(container.querySelectorAll('[data-testid="goal-row"]')[1]!);
    expect(onScrollTo).toHaveBeenCalledWith(goals[1]);
  });

  it('offers "Analyze this page" where detection did not run', () => {
    const onAnalyze = vi.fn();
    const { getByTestId, container } = panel({ status: 'not-analysed', goals: [], onAnalyze });
    fireEvent.click(getByTestId('analyze'));
    expect(onAnalyze).toHaveBeenCalled();
    expect(container.querySelector('.kind-filter')).toBeNull();
    expect(getByTestId('analyze').textContent).toBe('Analyze this page');
  });

  it('shows what changed since the last visit and the clips that could not be placed', () => {
    const { getByTestId } = panel({
      revisit: { since: '2021-10-09', added: 0, removed: 2 },
      orphans: [
        {
          id: 'c1',
          url: 'u',
          title: 't',
          exact: '确保零事故',
          created: '2021-10-09T00:00:00Z',
          anchor: { status: 'orphaned', checked: 'x' },
        },
      ],
    });
    expect(getByTestId('revisit').textContent).toBe('2 commitments removed since 2021-10-09');
    expect(getByTestId('orphans').textContent).toContain('1 clips could not be placed');
    expect(getByTestId('orphans').querySelector('[data-anchor="orphaned"]')?.textContent).toContain(
      '确保零事故',
    );
  });
});
