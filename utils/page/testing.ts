/**
 * Test helpers for the page layer (imported by tests only).
 */

/** A minimal CSS Custom Highlight API, as Chromium exposes it, on happy-dom's window (which
 * has none); returns the registry. Undo with `removeHighlightApi`. */
export function installHighlightApi(): Map<string, Set<Range> & { priority: number }> {
  class FakeHighlight extends Set<Range> {
    priority = 0;
  }
  const registry = new Map<string, FakeHighlight>();
  Object.defineProperty(window, 'Highlight', { value: FakeHighlight, configurable: true });
  Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
  return registry;
}

const cssDescriptor = Object.getOwnPropertyDescriptor(window, 'CSS');

/** Puts the window back as it was before `installHighlightApi`. */
export function removeHighlightApi(): void {
  delete (window as { Highlight?: unknown }).Highlight;
  if (cssDescriptor) Object.defineProperty(window, 'CSS', cssDescriptor);
  else delete (window as { CSS?: unknown }).CSS;
}
