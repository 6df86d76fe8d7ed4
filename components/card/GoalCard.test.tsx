// @vitest-environment happy-dom
import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Goal } from '../../utils/extract/types';
import { translator } from '../../utils/i18n/index';
import { pageMessages } from '../../utils/i18n/page';
import { ClipForm, parseTags } from './ClipForm';
import { GoalCard } from './GoalCard';

const goal: Goal = {
  id: 'g1',
  kind: 'target',
  start: 0,
  end: 20,
  quote: '确保特种设备万台事故率控制在0.25以内<img src=x onerror=alert(1)>',
  metric: '特种设备万台事故率',
  comparator: '<=',
  value: 0.25,
  unit: '',
  due: '2021-12-31',
  strength: 'must',
  section: ['(五)牢牢守住安全底线', '二是加强特种设备安全监管'],
};

const field = (root: Element, name: string) =>
  root.querySelector(`[data-field="${name}"] dd`)?.textContent ??
  root.querySelector(`[data-field="${name}"]`)?.textContent;

afterEach(cleanup);

describe('GoalCard', () => {
  const props = {
    goal,
    refining: false,
    saveState: 'idle' as const,
    copyState: 'idle' as const,
    onSave: vi.fn(),
    onCopy: vi.fn(),
    onClose: vi.fn(),
  };

  it('shows kind, metric, plain quantity, due date, strength and section', () => {
    const { container } = render(<GoalCard {...props} t={translator(pageMessages, 'zh-CN')} />);
    expect(field(container, 'kind')).toBe('目标');
    expect(field(container, 'metric')).toBe('特种设备万台事故率');
    expect(field(container, 'quantity')).toBe('≤ 0.25');
    expect(field(container, 'due')).toBe('2021-12-31');
    expect(field(container, 'strength')).toBe('硬性(确保)');
    expect(field(container, 'section')).toBe('(五)牢牢守住安全底线 › 二是加强特种设备安全监管');
  });

  it('renders page text as text, never as HTML', () => {
    const { container } = render(<GoalCard {...props} t={translator(pageMessages, 'en')} />);
    expect(container.querySelector('img')).toBeNull();
    expect(field(container, 'quote')).toBe(goal.quote);
  });

  it('reports its buttons and shows their outcome', () => {
    const t = translator(pageMessages, 'en');
    const { container, rerender } = render(<GoalCard {...props} t={t} />);
    fireEvent.click(container.querySelector('[data-action="save"]')!);
    fireEvent.click(container.querySelector('[data-action="copy"]')!);
    expect(props.onSave).toHaveBeenCalledOnce();
    expect(props.onCopy).toHaveBeenCalledOnce();
    rerender(<GoalCard {...props} t={t} saveState="saved" copyState="copied" refining />);
    expect(container.querySelector('[data-action="save"]')!.textContent).toBe('Saved');
    expect((container.querySelector('[data-action="save"]') as HTMLButtonElement).disabled).toBe(
      true,
    );
    expect(container.querySelector('[data-action="copy"]')!.textContent).toBe('Copied');
    expect(field(container, 'metric')).toContain('Refining');
  });
});

describe('ClipForm', () => {
  it('hands over the note and the tags', () => {
    const onSubmit = vi.fn();
    const { container } = render(
      <ClipForm
        quote="甲"
        t={translator(pageMessages, 'zh-CN')}
        onSubmit={onSubmit}
        onCancel={vi.fn()}
      />,
    );
    (container.querySelector('textarea') as HTMLTextAreaElement).value = ' 待核对 ';
    (container.querySelector('input') as HTMLInputElement).value = '安全, 质量,安全';
    fireEvent.submit(container.querySelector('form')!);
    expect(onSubmit).toHaveBeenCalledWith('待核对', ['安全', '质量']);
  });

  it('splits tags on ASCII and full-width commas and 、', () => {
    expect(parseTags('甲,乙,丙、丁,, 甲')).toEqual(['甲', '乙', '丙', '丁']);
  });
});
