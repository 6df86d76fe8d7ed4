// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { createHighlighter } from './highlighter';
import { buildTextMap, rangeFor } from './text-map';
import { installHighlightApi, removeHighlightApi } from './testing';
import { createWrapper, MARK_TAG } from './wrap';

const HTML =
  '<p>一是<b>双随机抽查</b>覆盖率达到100%。二是<i>新增</i>“品字标”企业500家。</p>' +
  '<table><tr><td>全省累计查处价格违法案件780余件</td></tr></table>';

function setup() {
  document.body.innerHTML = HTML;
  const map = buildTextMap(document.body);
  const span = (quote: string) => {
    const start = map.text.indexOf(quote);
    return rangeFor(map, start, start + quote.length)!;
  };
  return { map, span };
}

afterEach(removeHighlightApi);

describe('highlighter with the CSS Custom Highlight API', () => {
  it('keeps one highlight per kind plus focus, and never touches the DOM', () => {
    const registry = installHighlightApi();
    const { span } = setup();
    const before = document.body.innerHTML;
    const h = createHighlighter(document);
    expect(h.native).toBe(true);
    h.add('a', 'target', span('双随机抽查覆盖率达到100%'));
    h.add('b', 'target', span('新增“品字标”企业500家'));
    h.add('c', 'achievement', span('全省累计查处价格违法案件780余件'));
    expect(registry.get('pgr-target')?.size).toBe(2);
    expect(registry.get('pgr-achievement')?.size).toBe(1);
    h.focus('b');
    expect([...registry.get('pgr-focus')!][0]?.toString()).toBe('新增“品字标”企业500家');
    expect(registry.get('pgr-focus')!.priority).toBeGreaterThan(0);
    h.remove('a');
    expect(registry.get('pgr-target')?.size).toBe(1);
    expect(document.body.innerHTML).toBe(before);
  });

  it('hides and shows everything on toggle, and leaves no highlight after destroy', () => {
    const registry = installHighlightApi();
    const { span } = setup();
    const h = createHighlighter(document);
    h.add('a', 'deadline', span('双随机抽查'));
    h.setVisible(false);
    expect([...registry.keys()].filter((k) => k.startsWith('pgr-'))).toEqual([]);
    expect(h.hitTest(0, 0)).toEqual([]);
    h.setVisible(true);
    expect(registry.get('pgr-deadline')?.size).toBe(1);
    h.destroy();
    expect(registry.size).toBe(0);
  });
});

describe('highlighter without the API (wrapper fallback)', () => {
  it('wraps each item in marks of its kind, across elements', () => {
    const { span } = setup();
    const h = createHighlighter(document, { wrapper: createWrapper(document) });
    expect(h.native).toBe(false);
    h.add('a', 'target', span('双随机抽查覆盖率达到100%'));
    const marks = document.querySelectorAll(`${MARK_TAG}[data-pgr-id="a"]`);
    expect(marks.length).toBe(2);
    expect([...marks].map((m) => m.textContent).join('')).toBe('双随机抽查覆盖率达到100%');
    expect(marks[0]!.getAttribute('data-pgr-kind')).toBe('target');
    expect(document.body.textContent).toContain('一是双随机抽查覆盖率达到100%。');
  });

  it('restores the exact DOM (same text nodes) when cleared or hidden', () => {
    const { span } = setup();
    const originalNodes = buildTextMap(document.body).segments.map((s) => s.node);
    const originalHtml = document.body.innerHTML;
    const h = createHighlighter(document, { wrapper: createWrapper(document) });
    const [a, b, c] = ['双随机抽查覆盖率达到100%', '抽查覆盖率', '780余件'].map(span);
    h.add('a', 'target', a!);
    h.add('b', 'clip', b!); // nested inside a
    h.add('c', 'achievement', c!);
    h.focus('c');
    expect(document.querySelector(`${MARK_TAG}[data-pgr-focused]`)?.textContent).toBe('780余件');
    h.setVisible(false);
    expect(document.body.innerHTML).toBe(originalHtml);
    h.setVisible(true);
    expect(document.querySelectorAll(`${MARK_TAG}[data-pgr-id="c"]`).length).toBe(1);
    expect(h.rangeOf('b')?.toString()).toBe('抽查覆盖率');
    h.clear();
    expect(document.body.innerHTML).toBe(originalHtml);
    const nodesAfter = buildTextMap(document.body).segments.map((s) => s.node);
    expect(nodesAfter).toEqual(originalNodes);
    expect(nodesAfter.every((n, i) => n === originalNodes[i])).toBe(true);
  });

  it('asks for the wrapper before painting, and takes it later', () => {
    const { span } = setup();
    const h = createHighlighter(document);
    expect(h.native).toBe(false);
    expect(h.needsWrapper).toBe(true);
    expect(() => h.add('a', 'target', span('500家'))).toThrow(/wrapper/);
    expect(h.ids()).toEqual([]);
    h.focus(null);
    h.setVisible(false);
    h.setVisible(true);
    h.useWrapper(createWrapper(document));
    expect(h.needsWrapper).toBe(false);
    h.add('a', 'target', span('500家'));
    expect([...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent)).toEqual(['500家']);
  });

  it('removes one item and keeps the others', () => {
    const { span } = setup();
    const h = createHighlighter(document, { wrapper: createWrapper(document) });
    const [a, b] = ['双随机抽查', '500家'].map(span);
    h.add('a', 'target', a!);
    h.add('b', 'target', b!);
    h.remove('a');
    expect(h.ids()).toEqual(['b']);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(1);
    expect(document.body.textContent).toContain('一是双随机抽查覆盖率');
  });
});
