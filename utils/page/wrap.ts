/**
 * Fallback painting for browsers without the CSS Custom Highlight API: the text of a range is
 * wrapped in `<pgr-mark>` elements. Every text-node split is logged, so `restore()` puts the
 * page back exactly as it was (same text nodes, same data), not merely looking the same.
 *
 * Ranges are kept as character offsets inside the nearest page element (which wrapping does
 * not change), so items can be painted again after a restore.
 */

/** The custom element that carries fallback highlights. */
export const MARK_TAG = 'pgr-mark';

export interface Wrapper {
  wrap(id: string, kind: string, range: Range): void;
  /** Removes the wrappers of one item (text nodes stay split until `restore`). */
  unwrap(id: string): void;
  /** Removes every wrapper and merges every split text node back; `forget` drops the items. */
  restore(forget?: boolean): void;
  /** Sets `data-pgr-<flag>` on the wrappers of one item and clears it elsewhere. */
  mark(id: string | null, flag: 'focused' | 'flash'): void;
  /** The item's range, rebuilt from its stored offsets (valid after restores). */
  rangeOf(id: string): Range | null;
}

interface Point {
  element: Element;
  offset: number;
}

const SHOW_TEXT = 4;

function isMark(node: Node | null): boolean {
  return node?.nodeType === 1 && (node as Element).localName === MARK_TAG;
}

/** The nearest ancestor element that is the page's own (not one of our marks). */
function pageElement(node: Node): Element {
  let el = node.nodeType === 1 ? (node as Element) : node.parentElement!;
  while (isMark(el) && el.parentElement) el = el.parentElement;
  return el;
}

function textNodes(root: Node): Text[] {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

/** A DOM point as (page element, characters of its text before the point). */
function toPoint(container: Node, offset: number): Point {
  const element = pageElement(container);
  const doc = element.ownerDocument;
  const before = doc.createRange();
  before.selectNodeContents(element);
  before.setEnd(container, offset);
  return { element, offset: before.toString().length };
}

function fromPoint(point: Point): [Text, number] | null {
  let left = point.offset;
  const nodes = textNodes(point.element);
  for (const node of nodes) {
    if (left <= node.data.length) return [node, left];
    left -= node.data.length;
  }
  return null;
}

export function createWrapper(doc: Document): Wrapper {
  const splits: Array<{ original: Text; created: Text }> = [];
  const marks = new Map<string, HTMLElement[]>();
  const anchors = new Map<string, { start: Point; end: Point; kind: string }>();

  const split = (node: Text, at: number): Text => {
    const created = node.splitText(at);
    splits.push({ original: node, created });
    return created;
  };

  const paint = (id: string, kind: string, range: Range) => {
    const root = range.commonAncestorContainer;
    const nodes =
      root.nodeType === 3 ? [root as Text] : textNodes(root).filter((n) => range.intersectsNode(n));
    // Offsets first, splits after: each node is cut independently.
    const cuts = nodes.map((node) => ({
      node,
      from: node === range.startContainer ? range.startOffset : 0,
      to: node === range.endContainer ? range.endOffset : node.data.length,
    }));
    const made: HTMLElement[] = marks.get(id) ?? [];
    for (const { node, from, to } of cuts) {
      // Whitespace between table rows or list items cannot hold an element.
      if (from >= to || !/\S/.test(node.data.slice(from, to))) continue;
      if (to < node.data.length) split(node, to);
      const target = from > 0 ? split(node, from) : node;
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-pgr-kind', kind);
      mark.setAttribute('data-pgr-id', id);
      target.parentNode!.insertBefore(mark, target);
      mark.appendChild(target);
      made.push(mark);
    }
    marks.set(id, made);
  };

  const unwrapElements = (elements: HTMLElement[]) => {
    for (const mark of elements) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
  };

  const wrapper: Wrapper = {
    wrap(id, kind, range) {
      anchors.set(id, {
        start: toPoint(range.startContainer, range.startOffset),
        end: toPoint(range.endContainer, range.endOffset),
        kind,
      });
      paint(id, kind, range);
    },
    unwrap(id) {
      unwrapElements(marks.get(id) ?? []);
      marks.delete(id);
      anchors.delete(id);
    },
    restore(forget = false) {
      // Innermost marks were made last: unwrap in reverse so nesting unwinds cleanly.
      unwrapElements([...marks.values()].flat().reverse());
      marks.clear();
      for (let i = splits.length - 1; i >= 0; i--) {
        const { original, created } = splits[i]!;
        if (created.parentNode && original.parentNode) {
          original.appendData(created.data);
          created.remove();
        }
      }
      splits.length = 0;
      if (forget) anchors.clear();
    },
    mark(id, flag) {
      const attr = `data-pgr-${flag}`;
      for (const [markId, elements] of marks) {
        for (const el of elements) {
          if (markId === id) el.setAttribute(attr, '');
          else el.removeAttribute(attr);
        }
      }
    },
    rangeOf(id) {
      const anchor = anchors.get(id);
      if (!anchor) return null;
      const a = fromPoint(anchor.start);
      const b = fromPoint(anchor.end);
      if (!a || !b) return null;
      const range = doc.createRange();
      range.setStart(a[0], a[1]);
      range.setEnd(b[0], b[1]);
      return range;
    },
  };
  return wrapper;
}
