// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator } from '../utils/i18n/index';
import { storeMessages } from '../utils/i18n/store';
import { GoalRow } from './GoalRow';
import type { GoalItem } from './types';

afterEach(cleanup);

const ui = { t: translator(storeMessages, 'zh-CN'), locale: 'zh-CN' as const };
const goal: GoalItem = {
  id: 'g1',
  kind: 'target',
  start: 0,
  end: 12,
  quote: '新建标准不少于20项',
  metric: '新建标准',
  comparator: '>=',
  value: 20,
  unit: '项',
  due: '2021-06-30',
  strength: 'must',
  section: [],
};

describe('GoalRow', () => {
  it('carries the structured fields as attributes and shows the chips', () => {
    const { getByTestId } = render(<GoalRow goal={goal} ui={ui} today="2021-07-01" />);
    const row = getByTestId('goal-row');
    expect(row.dataset).toMatchObject({
      kind: 'target',
      value: '20',
      unit: '项',
      due: '2021-06-30',
    });
    expect(row.querySelector('[data-chip="quantity"]')?.textContent).toBe('≥ 20项');
    expect(row.querySelector('[data-chip="due"]')?.classList.contains('overdue')).toBe(true);
    expect(row.querySelector('[data-chip="strength"]')?.textContent).toBe('确保');
  });

  it('gives empty attributes for fields a deadline lacks, and marks vanished goals', () => {
    const deadline: GoalItem = {
      ...goal,
      kind: 'deadline',
      comparator: undefined,
      value: undefined,
      unit: undefined,
      removed: '2021-11-20T00:00:00Z',
    };
    const { getByTestId } = render(<GoalRow goal={deadline} ui={ui} />);
    const row = getByTestId('goal-row');
    // Present and empty (dataset in happy-dom skips empty values, so read the attributes).
    expect(
      ['data-kind', 'data-value', 'data-unit', 'data-due'].map((a) => row.getAttribute(a)),
    ).toEqual(['deadline', '', '', '2021-06-30']);
    expect(row.querySelector('[data-chip="quantity"]')).toBeNull();
    expect(row.classList.contains('removed')).toBe(true);
    expect(row.textContent).toContain('已从页面删除');
  });

  it('renders page text as text, never as markup', () => {
    const evil = { ...goal, quote: '<img src=x onerror=alert(1)>', metric: '<b>m</b>' };
    const { getByTestId } = render(<GoalRow goal={evil} ui={ui} />);
    expect(getByTestId('goal-row').querySelector('img, b')).toBeNull();
    expect(getByTestId('goal-row').textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('reports a click', () => {
    const onSelect = vi.fn();
    const { getByTestId } = render(<GoalRow goal={goal} ui={ui} onSelect={onSelect} />);
    fireEvent.click(getByTestId('goal-row'));
    expect(onSelect).toHaveBeenCalledWith(goal);
  });
});
