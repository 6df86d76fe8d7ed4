/**
 * WCAG 2 contrast of black text on a highlight colour. Highlights sit under the page's own
 * (usually black) text, so a colour below 4.5:1 makes the words it marks hard to read.
 */

/** Parses `#rgb`, `#rrggbb` or `rgb(r, g, b)`; undefined for anything else. */
export function parseColor(css: string): [number, number, number] | undefined {
  const s = css.trim().toLowerCase();
  let m = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(s);
  if (m) return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h + h, 16)) as [number, number, number];
  m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/.exec(s);
  if (m) return [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16)) as [number, number, number];
  m = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+\s*)?\)$/.exec(s);
  if (m) {
    const rgb = [m[1]!, m[2]!, m[3]!].map(Number);
    return rgb.every((v) => v <= 255) ? (rgb as [number, number, number]) : undefined;
  }
  return undefined;
}

/** Relative luminance (WCAG 2.x). */
export function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** Contrast ratio of black text on `css` (1…21), or undefined when the colour is unreadable. */
export function contrastWithBlack(css: string): number | undefined {
  const rgb = parseColor(css);
  return rgb ? (luminance(rgb) + 0.05) / 0.05 : undefined;
}

/** The minimum WCAG AA ratio for body text. */
export const MIN_CONTRAST = 4.5;
