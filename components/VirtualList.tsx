/**
 * A list that renders only the rows in view (plus a few above and below), all of one fixed
 * height, so ten thousand goals cost as much to render as the twenty on screen. The container
 * scrolls; a spacer of the full height keeps the scroll bar honest.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps<T> {
  items: readonly T[];
  /** Height of every row in CSS pixels. */
  rowHeight: number;
  renderRow: (item: T, index: number) => ComponentChildren;
  getKey: (item: T, index: number) => string;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  /** Height assumed before the container could be measured (first render). */
  initialHeight?: number;
  /** Accessible name of the list. */
  label?: string;
  class?: string;
  /** Index to scroll into view (e.g. the selected row). */
  scrollToIndex?: number;
}

/** The first and last (exclusive) row to render for a scroll position. */
export function visibleRange(
  count: number,
  rowHeight: number,
  scrollTop: number,
  viewHeight: number,
  overscan: number,
): [number, number] {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return [first, Math.max(first, last)];
}

export function VirtualList<T>(props: VirtualListProps<T>) {
  const { items, rowHeight, overscan = 6 } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewHeight, setViewHeight] = useState(props.initialHeight ?? 600);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    const measure = () => setViewHeight(el.clientHeight || props.initialHeight || 600);
    measure();
    const observer = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    observer?.observe(el);
    return () => observer?.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = ref.current;
    const i = props.scrollToIndex;
    if (!el || i === undefined || i < 0) return;
    const top = i * rowHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + el.clientHeight) {
      el.scrollTop = top + rowHeight - el.clientHeight;
    }
  }, [props.scrollToIndex, rowHeight]);

  const [first, last] = visibleRange(items.length, rowHeight, scrollTop, viewHeight, overscan);
  const rows: ComponentChildren[] = [];
  for (let i = first; i < last; i++) {
    const item = items[i]!;
    rows.push(
      <div
        key={props.getKey(item, i)}
        role="listitem"
        class="vl-row"
        style={{
          position: 'absolute',
          top: `${i * rowHeight}px`,
          left: 0,
          right: 0,
          height: `${rowHeight}px`,
        }}
      >
        {props.renderRow(item, i)}
      </div>,
    );
  }
  return (
    <div
      ref={ref}
      class={`vl ${props.class ?? ''}`}
      role="list"
      aria-label={props.label}
      data-total={items.length}
      style={{ overflowY: 'auto', position: 'relative' }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div style={{ height: `${items.length * rowHeight}px`, position: 'relative' }}>{rows}</div>
    </div>
  );
}
