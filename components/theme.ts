/**
 * The user's highlight colours as CSS variables (`--kind-target` …), so lists, chips and the
 * page's highlights share one palette.
 */
export type KindColors = Record<'target' | 'deadline' | 'achievement' | 'clip', string>;

/** Sets `--kind-<kind>` on `element` (normally `document.documentElement`). */
export function applyKindColors(element: HTMLElement, colors: KindColors): void {
  for (const [kind, color] of Object.entries(colors)) {
    element.style.setProperty(`--kind-${kind}`, color);
  }
}
