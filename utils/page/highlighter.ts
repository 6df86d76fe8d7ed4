/**
 * The one owner of all painting on a page. Goals and clips are painted with the CSS Custom
 * Highlight API: one `Highlight` per kind (`pgr-target`, `pgr-deadline`, `pgr-achievement`,
 * `pgr-clip`), plus `pgr-focus` for the focused item and `pgr-flash` for a short flash. The
 * page's DOM is never touched. Where `CSS.highlights` is missing, ranges are wrapped in
 * `<pgr-mark>` elements instead (see wrap.ts), and clearing unwraps them exactly. The wrapper
 * is handed in (`useWrapper`), so the content script loads its code only where it is needed.
 *
 * API in the manner of hypothesis's highlighter: add / remove / clear / focus, plus hit-testing.
 */
import { MARK_TAG, type Wrapper } from './wrap';

export type PaintKind = 'target' | 'deadline' | 'achievement' | 'clip';
export const PAINT_KINDS: readonly PaintKind[] = ['target', 'deadline', 'achievement', 'clip'];

/** Name of the CSS highlight of a kind (used in `::highlight()` rules). */
export const highlightName = (kind: PaintKind | 'focus' | 'flash') => `pgr-${kind}`;

export interface Highlighter {
  /** True when painting uses the CSS Custom Highlight API (false: wrapper fallback). */
  readonly native: boolean;
  /** True while painting needs a wrapper that was not handed in yet (no Highlight API). */
  readonly needsWrapper: boolean;
  /** Hands in the fallback wrapper (ignored with the Highlight API or when one is set). */
  useWrapper(wrapper: Wrapper): void;
  /** Paints one item; an item with the same id is replaced. */
  add(id: string, kind: PaintKind, range: Range): void;
  remove(id: string): void;
  /** Removes every item (of one kind, or all). */
  clear(kind?: PaintKind): void;
  /** Marks one item as focused (null: none). */
  focus(id: string | null): void;
  /** Briefly emphasises one item. */
  flash(id: string, ms?: number): void;
  /** Shows or hides everything without forgetting it. */
  setVisible(on: boolean): void;
  readonly visible: boolean;
  /** Ids of the items under a viewport point, innermost first. */
  hitTest(x: number, y: number): string[];
  rangeOf(id: string): Range | undefined;
  kindOf(id: string): PaintKind | undefined;
  /** Ids of painted items. */
  ids(): string[];
  /** Removes everything and leaves the page as it was. */
  destroy(): void;
}

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
  get(name: string): unknown;
  highlightsFromPoint?: (x: number, y: number) => Array<{ highlight: unknown; ranges: Range[] }>;
}

interface HighlightLike {
  add(range: Range): void;
  delete(range: Range): boolean;
  clear(): void;
  priority: number;
}

type HighlightCtor = new (...ranges: Range[]) => HighlightLike;

interface Item {
  id: string;
  kind: PaintKind;
  range: Range;
}

function nativeApi(
  view: Window | null,
): { registry: HighlightRegistry; Ctor: HighlightCtor } | null {
  const w = view as unknown as {
    CSS?: { highlights?: HighlightRegistry };
    Highlight?: HighlightCtor;
  };
  if (!w?.CSS?.highlights || typeof w.Highlight !== 'function') return null;
  return { registry: w.CSS.highlights, Ctor: w.Highlight };
}

/** Ranges that contain a viewport point, found from the caret position (no highlight API). */
function rangesAtPointByCaret(doc: Document, items: Iterable<Item>, x: number, y: number): Item[] {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  let node: Node | undefined;
  let offset = 0;
  const pos = d.caretPositionFromPoint?.(x, y);
  if (pos) ({ offsetNode: node, offset } = pos);
  else {
    const r = d.caretRangeFromPoint?.(x, y);
    if (r) ({ startContainer: node, startOffset: offset } = r);
  }
  if (!node) return [];
  const hits: Item[] = [];
  for (const item of items) {
    if (!item.range.isPointInRange(node, offset)) continue;
    // The caret snaps to the nearest character even beside the text: check the boxes.
    const inside = Array.from(item.range.getClientRects()).some(
      (b) => x >= b.left && x <= b.right && y >= b.top && y <= b.bottom,
    );
    if (inside) hits.push(item);
  }
  return hits;
}

export interface HighlighterOptions {
  /** Use the wrapper fallback even where the Highlight API exists (tests). */
  forceFallback?: boolean;
  /** The fallback wrapper, when known at creation (else see `useWrapper`). */
  wrapper?: Wrapper;
  /** Called right after the wrapper fallback changed the DOM, so that a MutationObserver can
   * drop the records of our own changes (`takeRecords()`) instead of reacting to them. */
  onDomChange?: () => void;
}

/** Wraps every method of `wrapper` so that `after()` runs once it returned. */
function notifying(wrapper: Wrapper, after: () => void): Wrapper {
  const out = {} as Wrapper;
  for (const key of Object.keys(wrapper) as Array<keyof Wrapper>) {
    const method = wrapper[key] as (...args: unknown[]) => unknown;
    (out as unknown as Record<string, unknown>)[key] = (...args: unknown[]) => {
      const result = method(...args);
      after();
      return result;
    };
  }
  return out;
}

/** Creates the highlighter of a document. */
export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const api = options.forceFallback ? null : nativeApi(doc.defaultView);
  const items = new Map<string, Item>();
  const byRange = new Map<Range, Item>();
  let visible = true;
  let focused: string | null = null;
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  const sets = new Map<string, HighlightLike>();
  let wrapper: Wrapper | null = null;
  const useWrapper = (raw: Wrapper) => {
    if (api || wrapper) return;
    wrapper = options.onDomChange ? notifying(raw, options.onDomChange) : raw;
  };
  if (options.wrapper) useWrapper(options.wrapper);
  if (api) {
    for (const kind of PAINT_KINDS) sets.set(highlightName(kind), new api.Ctor());
    const focus = new api.Ctor();
    focus.priority = 1;
    sets.set(highlightName('focus'), focus);
    const flash = new api.Ctor();
    flash.priority = 2;
    sets.set(highlightName('flash'), flash);
  }
  // Registering highlights restyles the page: done on the first paint, not before, so a page
  // that is not analysed is never touched.
  let registered = false;
  const register = () => {
    if (registered || !api || !visible) return;
    registered = true;
    for (const [name, s] of sets) api.registry.set(name, s);
  };
  const set = (name: string) => sets.get(name)!;

  const paint = (item: Item) => {
    register();
    if (api) set(highlightName(item.kind)).add(item.range);
    else if (visible) wrapper!.wrap(item.id, item.kind, item.range);
  };
  const unpaint = (item: Item) => {
    if (api) {
      set(highlightName(item.kind)).delete(item.range);
      set(highlightName('focus')).delete(item.range);
      set(highlightName('flash')).delete(item.range);
    } else wrapper!.unwrap(item.id);
  };

  const highlighter: Highlighter = {
    native: api !== null,
    get needsWrapper() {
      return !api && !wrapper;
    },
    useWrapper,
    add(id, kind, range) {
      if (!api && !wrapper) throw new Error('Painting without the Highlight API needs a wrapper.');
      const old = items.get(id);
      if (old) highlighter.remove(id);
      // Wrapping changes the DOM; a copy keeps the caller's range out of it.
      const item: Item = { id, kind, range: api ? range : range.cloneRange() };
      items.set(id, item);
      byRange.set(item.range, item);
      paint(item);
    },
    remove(id) {
      const item = items.get(id);
      if (!item) return;
      unpaint(item);
      items.delete(id);
      byRange.delete(item.range);
      if (focused === id) focused = null;
    },
    clear(kind) {
      if (!kind && wrapper) {
        wrapper.restore(true);
        items.clear();
        byRange.clear();
        focused = null;
        return;
      }
      for (const item of [...items.values()]) {
        if (!kind || item.kind === kind) highlighter.remove(item.id);
      }
    },
    focus(id) {
      focused = id !== null && items.has(id) ? id : null;
      if (api) {
        const f = set(highlightName('focus'));
        f.clear();
        if (focused) f.add(items.get(focused)!.range);
      } else wrapper?.mark(focused, 'focused');
    },
    flash(id, ms = 1200) {
      const item = items.get(id);
      if (!item) return;
      clearTimeout(flashTimer);
      if (api) {
        const f = set(highlightName('flash'));
        f.clear();
        f.add(item.range);
        flashTimer = setTimeout(() => f.clear(), ms);
      } else {
        wrapper!.mark(id, 'flash');
        flashTimer = setTimeout(() => wrapper!.mark(null, 'flash'), ms);
      }
    },
    setVisible(on) {
      if (on === visible) return;
      visible = on;
      if (api) {
        registered = false;
        for (const name of sets.keys()) api.registry.delete(name);
        if (on && items.size > 0) register();
      } else if (on) {
        for (const item of items.values()) {
          const range = wrapper!.rangeOf(item.id);
          if (range) wrapper!.wrap(item.id, item.kind, range);
        }
        wrapper?.mark(focused, 'focused');
      } else wrapper?.restore();
    },
    get visible() {
      return visible;
    },
    hitTest(x, y) {
      if (!visible) return [];
      const fromPoint = api?.registry.highlightsFromPoint;
      let hits: Item[];
      if (api && fromPoint) {
        hits = fromPoint
          .call(api.registry, x, y)
          .flatMap((h) => h.ranges.map((r) => byRange.get(r)))
          .filter((i): i is Item => i !== undefined);
      } else if (wrapper) {
        // Wrapped items are elements: the page's own hit-testing finds them.
        const ids = (doc.elementsFromPoint?.(x, y) ?? [])
          .filter((el) => el.localName === MARK_TAG)
          .map((el) => el.getAttribute('data-pgr-id') ?? '');
        hits = ids.map((id) => items.get(id)).filter((i): i is Item => i !== undefined);
      } else hits = rangesAtPointByCaret(doc, items.values(), x, y);
      // Innermost (shortest) first, so a goal inside a clip wins.
      const size = (i: Item) => (highlighter.rangeOf(i.id) ?? i.range).toString().length;
      hits.sort((a, b) => size(a) - size(b));
      return [...new Set(hits.map((i) => i.id))];
    },
    rangeOf: (id) => (wrapper ? wrapper.rangeOf(id) : items.get(id)?.range) ?? undefined,
    kindOf: (id) => items.get(id)?.kind,
    ids: () => [...items.keys()],
    destroy() {
      clearTimeout(flashTimer);
      highlighter.clear();
      if (api && registered) for (const name of sets.keys()) api.registry.delete(name);
      registered = false;
    },
  };
  return highlighter;
}
