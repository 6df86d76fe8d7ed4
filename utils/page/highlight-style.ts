/**
 * The user's highlight colours on a page. The default `::highlight()` rules ship as the
 * content script's manifest CSS (entrypoints/plan.content/style.css), which a page's CSP
 * cannot block. User colours override them through a constructed stylesheet adopted by the
 * document: CSSOM, not a `<style>` element, so `style-src 'none'` does not block it either.
 */
import { PAINT_KINDS, highlightName, type PaintKind } from './highlighter';
import { MARK_TAG } from './wrap';

/** Text colour on every highlight: dark on the light backgrounds keeps contrast readable. */
export const HIGHLIGHT_TEXT_COLOR = '#1a1a1a';

const SAFE_COLOR = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|rgba|hsl|hsla)\([0-9.,%\s/]+\))$/i;

/** True for a plain CSS colour (no way to break out of the declaration). */
export function isSafeColor(value: string, doc?: Document): boolean {
  if (!SAFE_COLOR.test(value.trim())) return false;
  const css = (doc?.defaultView as { CSS?: { supports?: (p: string, v: string) => boolean } })?.CSS;
  return css?.supports ? css.supports('color', value) : true;
}

/** The CSS text that paints each kind in its colour (invalid colours are left out). */
export function colorRules(colors: Partial<Record<PaintKind, string>>, doc?: Document): string {
  const rules: string[] = [];
  for (const kind of PAINT_KINDS) {
    const color = colors[kind];
    if (!color || !isSafeColor(color, doc)) continue;
    const decl = `background-color: ${color}; color: ${HIGHLIGHT_TEXT_COLOR};`;
    rules.push(`::highlight(${highlightName(kind)}) { ${decl} }`);
    rules.push(`${MARK_TAG}[data-pgr-kind="${kind}"] { ${decl} }`);
  }
  return rules.join('\n');
}

export interface ColorSheet {
  update(colors: Partial<Record<PaintKind, string>>): void;
  remove(): void;
}

/**
 * Adopts a stylesheet with the user's colours into `doc`. Returns null where constructable
 * stylesheets are missing (the manifest CSS defaults stay in force).
 */
export function adoptColorSheet(doc: Document): ColorSheet | null {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc)) {
    return null;
  }
  let sheet: CSSStyleSheet;
  try {
    sheet = new view.CSSStyleSheet();
  } catch {
    return null;
  }
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return {
    update(colors) {
      sheet.replaceSync(colorRules(colors, doc));
    },
    remove() {
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/**
 * Applies colours to a document, adopting a sheet only for colours that differ from
 * `defaults` (the manifest CSS): a stylesheet change restyles the whole page, which takes
 * hundreds of milliseconds on a huge one.
 */
export function createColorApplier(doc: Document, defaults: Partial<Record<PaintKind, string>>) {
  let sheet: ColorSheet | null = null;
  let applied = JSON.stringify(defaults);
  return {
    apply(colors: Partial<Record<PaintKind, string>>) {
      const key = JSON.stringify(colors);
      if (key === applied) return;
      applied = key;
      sheet ??= adoptColorSheet(doc);
      sheet?.update(colors);
    },
    remove() {
      sheet?.remove();
    },
  };
}
