// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { visibleRange, VirtualList } from './VirtualList';

afterEach(cleanup);

describe('visibleRange', () => {
  it('covers the view plus the overscan, clamped to the list', () => {
    expect(visibleRange(10_000, 50, 0, 500, 5)).toEqual([0, 15]);
    expect(visibleRange(10_000, 50, 5000, 500, 5)).toEqual([95, 115]);
    expect(visibleRange(12, 50, 0, 500, 5)).toEqual([0, 12]);
    expect(visibleRange(0, 50, 0, 500, 5)).toEqual([0, 0]);
  });
});

describe('VirtualList', () => {
  it('renders only the rows in view of ten thousand, positioned by index', () => {
    const items = Array.from({ length: 10_000 }, (_, i) => `item ${i}`);
    const { container } = render(
      <VirtualList
        items={items}
        rowHeight={40}
        initialHeight={400}
        overscan={2}
        getKey={(s) => s}
        renderRow={(s) => <span class="r">{s}</span>}
      />,
    );
    const rows = container.querySelectorAll('[role="listitem"]');
    expect(rows.length).toBe(12);
    expect(rows[0]?.textContent).toBe('item 0');
    expect((rows[5] as HTMLElement).style.top).toBe('200px');
    const spacer = container.querySelector('.vl > div') as HTMLElement;
    expect(spacer.style.height).toBe('400000px');
    expect(container.querySelector('.vl')?.getAttribute('data-total')).toBe('10000');
  });
});
