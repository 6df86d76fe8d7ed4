/** Moving through goals in document order and bringing one into view. */

/** The index after `current` in a list of `length` items, wrapping at both ends. */
export function stepIndex(current: number, length: number, direction: 'next' | 'previous'): number {
  if (length === 0) return -1;
  if (current < 0) return direction === 'next' ? 0 : length - 1;
  return (current + (direction === 'next' ? 1 : -1) + length) % length;
}

/** The box of a range to anchor a card to: the first line's box. */
export function anchorRect(range: Range): DOMRect {
  const first = range.getClientRects()[0];
  return first ?? range.getBoundingClientRect();
}

/**
 * Scrolls so that `range` is in the middle of the viewport: its element first (which also
 * scrolls nested scroll containers), then the window when the element is taller than it.
 */
export function scrollRangeIntoView(range: Range): void {
  const node = range.startContainer;
  const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
  element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
  const view = node.ownerDocument?.defaultView;
  if (!view) return;
  const rect = anchorRect(range);
  if (rect.top < 0 || rect.bottom > view.innerHeight) {
    view.scrollBy({ top: rect.top - view.innerHeight / 2, behavior: 'instant' });
  }
}
