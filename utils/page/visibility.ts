/**
 * What counts as visible text, element by element, for the text map: the rules of
 * text-map.ts in one place. `getComputedStyle` decides where the DOM implementation has it;
 * partial implementations (happy-dom, linkedom) leave values empty, and then the `hidden`
 * attribute, inline `style` and tag names fill in.
 */

export interface TextMapOptions {
  /** Elements to leave out entirely (e.g. the extension's own UI hosts). */
  skip?: (element: Element) => boolean;
  /** Use `getComputedStyle` when available (default true). */
  computedStyle?: boolean;
}

/** Subtrees whose text is not read: code, metadata, embedded documents, form fields. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'svg',
  'math',
  'video',
  'audio',
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'button',
  'datalist',
]);

/** Elements that start a new line when no computed style is available. */
const BLOCK_TAGS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu ' +
    'nav ol p pre section summary table tbody td tfoot th thead tr ul'
  ).split(' '),
);

/** `display` values that keep an element in the line (everything else breaks it). */
const INLINE_DISPLAYS = new Set([
  'inline',
  'inline-block',
  'inline-flex',
  'inline-grid',
  'contents',
  'ruby',
  'ruby-text',
]);

/** How one element affects the text under it. */
export interface ElementInfo {
  /** Leave the whole subtree out. */
  pruned: boolean;
  block: boolean;
  /** `visibility: hidden` (inherited; children may turn it back on). */
  invisible: boolean;
  pre: boolean;
}

/** Reads `display`, `visibility` and `white-space` from inline `style` (no computed style). */
function inlineStyle(element: Element): { display?: string; visibility?: string; white?: string } {
  const style = element.getAttribute('style');
  if (!style) return {};
  const read = (name: string) =>
    new RegExp(`(?:^|;)\\s*${name}\\s*:\\s*([a-z-]+)`, 'i').exec(style)?.[1]?.toLowerCase();
  return { display: read('display'), visibility: read('visibility'), white: read('white-space') };
}

function isEditable(element: Element): boolean {
  const value = element.getAttribute('contenteditable');
  return value !== null && value.toLowerCase() !== 'false';
}

/** Returns the function that classifies each element (given its parent's classification). */
export function makeInspector(root: Node, options: TextMapOptions) {
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  const view = doc?.defaultView as (Window & typeof globalThis) | null | undefined;
  const computed =
    options.computedStyle !== false && view && typeof view.getComputedStyle === 'function'
      ? (element: Element) => view.getComputedStyle(element)
      : null;
  return (element: Element, parent: ElementInfo): ElementInfo => {
    const tag = element.localName;
    if (
      SKIPPED_TAGS.has(tag) ||
      element.getAttribute('aria-hidden') === 'true' ||
      isEditable(element) ||
      options.skip?.(element)
    ) {
      return { pruned: true, block: false, invisible: true, pre: false };
    }
    const own = inlineStyle(element);
    const style = computed?.(element);
    // Computed values win where the DOM implementation provides them; partial implementations
    // (happy-dom, linkedom) leave some empty, so attributes, inline style and tags fill in.
    const display = style?.display || own.display || '';
    if (display === 'none' || element.hasAttribute('hidden')) {
      return { pruned: true, block: false, invisible: true, pre: false };
    }
    const visibility = style?.visibility || own.visibility;
    const white = style?.whiteSpace || own.white;
    return {
      pruned: false,
      block: display ? !INLINE_DISPLAYS.has(display) : BLOCK_TAGS.has(tag),
      invisible: visibility
        ? visibility === 'hidden' || visibility === 'collapse'
        : parent.invisible,
      pre: white
        ? white.startsWith('pre') || white === 'break-spaces'
        : tag === 'pre' || parent.pre,
    };
  };
}
