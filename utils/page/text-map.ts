/**
 * The visible text of a DOM subtree with a map from text offsets back to text nodes.
 *
 * Only text a reader sees is kept: `script`/`style`/`noscript`/`template`, form fields,
 * `contenteditable` regions and hidden elements (`display:none`, `visibility:hidden`,
 * `hidden`, `aria-hidden="true"`) are skipped. Block boundaries, `<br>` and table cells become
 * one `\n`, so clauses never run across cells or paragraphs. Every kept text node contributes
 * its data one-for-one (line breaks and tabs read as spaces outside `pre`), so a text offset is
 * a text node plus an offset inside it, and any span maps back to a DOM Range.
 *
 * Works with any DOM implementation: `getComputedStyle` is used where the document's window
 * has it; elsewhere (linkedom in Node) the `hidden` attribute, inline `style` and tag names
 * decide. Offsets are UTF-16 code units.
 */

import { makeInspector, type ElementInfo, type TextMapOptions } from './visibility';

/** One text node's place in the text. */
export interface TextSegment {
  readonly node: Text;
  /** Offset of the node's first character in `TextMap.text`. */
  readonly start: number;
  /** The node's length when the map was built. */
  readonly length: number;
}

export interface TextMap {
  readonly root: Node;
  /** The visible text. Separators (`\n`) between blocks belong to no node. */
  readonly text: string;
  /** Mapped text nodes in document order, with increasing `start`. */
  readonly segments: readonly TextSegment[];
}

export type { TextMapOptions } from './visibility';

/** An incremental builder, so that huge pages can be read in slices between other tasks. */
export interface TextMapBuilder {
  /** Reads nodes until done or until `shouldYield()` says stop; true when the walk is over. */
  step(shouldYield?: () => boolean): boolean;
  /** The map of everything read so far. */
  result(): TextMap;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
/** How many nodes are read between two `shouldYield` checks. */
const YIELD_CHECK_EVERY = 256;

/** Starts reading the visible text under `root` (an element, usually `body`, or a document). */
export function createTextMapBuilder(root: Node, options: TextMapOptions = {}): TextMapBuilder {
  const start: Node =
    root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
  const inspect = makeInspector(start, options);
  const pieces: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let last = '';
  const stack: ElementInfo[] = [
    { pruned: false, block: true, invisible: false, pre: false } satisfies ElementInfo,
  ];
  if (start.nodeType === ELEMENT_NODE) {
    const info = inspect(start as Element, stack[0]!);
    stack[0] = info;
  }
  let node: Node | null = stack[0]!.pruned ? null : start.firstChild;
  let done = node === null;
  let built: TextMap | null = null;

  const separate = () => {
    if (length > 0 && last !== '\n') {
      pieces.push('\n');
      length += 1;
      last = '\n';
    }
  };
  const emitText = (text: Text, parent: ElementInfo) => {
    const data = text.data;
    if (!data || parent.invisible) return;
    const visible = parent.pre ? data.replace(/\r/g, ' ') : data.replace(/[\n\r\t\f]/g, ' ');
    if (!/\S/.test(visible) && (length === 0 || last === '\n' || last === ' ')) return;
    segments.push({ node: text, start: length, length: data.length });
    pieces.push(visible);
    length += data.length;
    last = visible[visible.length - 1]!;
  };
  /** Moves past `current` (already handled) to the next node, closing finished elements. */
  const advance = (current: Node): Node | null => {
    let n: Node | null = current;
    while (n && n !== start) {
      if (n.nextSibling) return n.nextSibling;
      n = n.parentNode;
      if (n && n !== start && stack.pop()?.block) separate();
    }
    return null;
  };

  return {
    step(shouldYield) {
      let count = 0;
      while (node) {
        if (++count % YIELD_CHECK_EVERY === 0 && shouldYield?.()) return false;
        const parent = stack[stack.length - 1]!;
        if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
          emitText(node as Text, parent);
        } else if (node.nodeType === ELEMENT_NODE) {
          const element = node as Element;
          if (element.localName === 'br') {
            separate();
          } else {
            const info = inspect(element, parent);
            if (!info.pruned) {
              if (info.block) separate();
              if (element.firstChild) {
                stack.push(info);
                node = element.firstChild;
                continue;
              }
              if (info.block) separate();
            }
          }
        }
        node = advance(node);
      }
      done = true;
      return true;
    },
    result() {
      if (built && done) return built;
      built = { root: start, text: pieces.join(''), segments };
      return built;
    },
  };
}

/** Reads the visible text under `root` in one go. */
export function buildTextMap(root: Node, options: TextMapOptions = {}): TextMap {
  const builder = createTextMapBuilder(root, options);
  builder.step();
  return builder.result();
}

/** Index of the last segment whose start is ≤ `offset` (−1 when none). */
function segmentAt(map: TextMap, offset: number): number {
  const segs = map.segments;
  let lo = 0;
  let hi = segs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

function isLive(segment: TextSegment, root: Node): boolean {
  return segment.node.data.length === segment.length && root.contains(segment.node);
}

/**
 * The DOM Range of the text span `start`–`end`, across as many text nodes as it covers. Ends
 * that fall on a separator move inward to the nearest text. Returns null when the span holds
 * no mapped text or when the nodes it needs changed since the map was built.
 */
export function rangeFor(map: TextMap, start: number, end: number): Range | null {
  if (!(0 <= start && start < end && end <= map.text.length)) return null;
  let first = segmentAt(map, start);
  let startOffset = start - (map.segments[first]?.start ?? 0);
  if (first < 0 || startOffset >= map.segments[first]!.length) {
    first += 1;
    startOffset = 0;
  }
  const lastIndex = segmentAt(map, end - 1);
  const a = map.segments[first];
  const b = map.segments[lastIndex];
  if (!a || !b || lastIndex < first) return null;
  if (!isLive(a, map.root) || !isLive(b, map.root)) return null;
  const doc = a.node.ownerDocument;
  const range = doc.createRange();
  range.setStart(a.node, startOffset);
  range.setEnd(b.node, Math.min(end - b.start, b.length));
  return range;
}

/**
 * The text offset of a DOM point (a selection end, a caret). With `bias: 'start'` a point
 * outside mapped text moves forward to the next visible character; with `'end'` backward to
 * just after the previous one. Null when there is no such text.
 */
export function offsetOfPoint(
  map: TextMap,
  container: Node,
  offset: number,
  bias: 'start' | 'end',
): number | null {
  const segs = map.segments;
  if (segs.length === 0) return null;
  const doc = segs[0]!.node.ownerDocument;
  const point = doc.createRange();
  point.setStart(container, offset);
  // comparePoint(node, k) < 0: (node, k) is before the point; > 0: after.
  let lo = 0;
  let hi = segs.length - 1;
  if (bias === 'start') {
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (point.comparePoint(segs[mid]!.node, segs[mid]!.length) >= 0) {
        found = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    const seg = segs[found];
    if (!seg) return null;
    return seg.node === container ? seg.start + Math.min(offset, seg.length) : seg.start;
  }
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (point.comparePoint(segs[mid]!.node, 0) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const seg = segs[found];
  if (!seg) return null;
  return seg.node === container ? seg.start + Math.min(offset, seg.length) : seg.start + seg.length;
}

/** The text span a DOM Range covers (e.g. the user's selection); null when it holds no text. */
export function offsetsOfRange(map: TextMap, range: Range): { start: number; end: number } | null {
  const start = offsetOfPoint(map, range.startContainer, range.startOffset, 'start');
  const end = offsetOfPoint(map, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}
