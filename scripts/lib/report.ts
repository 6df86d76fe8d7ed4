/**
 * Plain-text rendering helpers for the extractor's command-line tools: aligned tables that
 * account for the double width of CJK characters in a terminal.
 */

/** Display width of `s` in a terminal: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const code = ch.codePointAt(0) ?? 0;
    w += code >= 0x1100 && (code <= 0x115f || (code >= 0x2e80 && code <= 0xffdc)) ? 2 : 1;
  }
  return w;
}

/** Pads `s` to `width` display columns (left-aligned, or right-aligned for numbers). */
export function pad(s: string, width: number, right = false): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(s)));
  return right ? fill + s : s + fill;
}

/** Cuts `text` (line breaks shown as ` | `) to at most `width` display columns, marking the cut with `…`. */
export function clip(text: string, width: number): string {
  // A quote across table cells holds line breaks and tabs; a table row must stay one line.
  const s = text.replace(/\s*[\n\t\r]\s*/g, ' | ');
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Renders rows as an aligned table; `numeric` marks right-aligned columns. */
export function table(header: string[], rows: string[][], numeric: boolean[] = []): string {
  const widths = header.map((h, i) =>
    Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0, numeric[i] ?? false))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

/** A ratio as a fixed three-decimal string. */
export const fmt = (x: number): string => x.toFixed(3);
