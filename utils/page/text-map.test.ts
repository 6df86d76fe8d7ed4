// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextMap, createTextMapBuilder, offsetsOfRange, rangeFor } from './text-map';

function setBody(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

describe('buildTextMap', () => {
  beforeEach(() => setBody(''));

  it('keeps visible text and separates blocks, cells and line breaks', () => {
    const body = setBody(
      '<h1>工作目标</h1><p>一是<b>覆盖率</b>达到100%</p>' +
        '<table><tr><td>新增500家</td><td>完成</td></tr></table><p>甲<br>乙</p>',
    );
    const { text } = buildTextMap(body);
    expect(text).toBe('工作目标\n一是覆盖率达到100%\n新增500家\n完成\n甲\n乙\n');
  });

  it('skips scripts, styles, form fields, editable and hidden content', () => {
    const body = setBody(
      '<p>可见</p><script>var x = "脚本";</script><style>p{}</style><noscript>无脚本</noscript>' +
        '<template><p>模板</p></template><p style="display:none">隐藏一</p>' +
        '<p style="visibility:hidden">隐藏二</p><p hidden>隐藏三</p>' +
        '<div aria-hidden="true">隐藏四</div><textarea>输入</textarea><input value="值">' +
        '<select><option>选项</option></select><div contenteditable="true">编辑</div><p>结束</p>',
    );
    expect(buildTextMap(body).text).toBe('可见\n结束\n');
  });

  it('lets a visible child of a visibility:hidden parent through', () => {
    const body = setBody(
      '<div style="visibility:hidden">藏<span style="visibility:visible">露</span></div>',
    );
    expect(buildTextMap(body).text).toBe('露\n');
  });

  it('reads line breaks inside text as spaces, but keeps them in pre', () => {
    const body = setBody('<p>确保\n达到</p><pre>一\n二</pre>');
    expect(buildTextMap(body).text).toBe('确保 达到\n一\n二\n');
  });

  it('leaves out elements the caller skips', () => {
    const body = setBody('<p>正文</p><plan-goal-card>卡片</plan-goal-card>');
    const map = buildTextMap(body, { skip: (el) => el.localName === 'plan-goal-card' });
    expect(map.text).toBe('正文\n');
  });

  it('gives the same result when read in slices', () => {
    const html = Array.from({ length: 600 }, (_, i) => `<p>第${i}段<i>强调</i>文字</p>`).join('');
    const body = setBody(html);
    const whole = buildTextMap(body);
    const builder = createTextMapBuilder(body);
    let slices = 0;
    while (!builder.step(() => true)) slices += 1;
    expect(slices).toBeGreaterThan(2);
    expect(builder.result().text).toBe(whole.text);
    expect(builder.result().segments.length).toBe(whole.segments.length);
  });
});

describe('rangeFor', () => {
  it('maps a span across inline elements and text nodes back to the DOM', () => {
    const body = setBody('<p>一是<b>双随机<i>抽查</i></b>覆盖率达到100%。</p><p>下一段</p>');
    const map = buildTextMap(body);
    const start = map.text.indexOf('双随机');
    const end = map.text.indexOf('%') + 1;
    const range = rangeFor(map, start, end);
    expect(range?.toString()).toBe('双随机抽查覆盖率达到100%');
    expect(range?.startContainer.textContent).toBe('双随机');
  });

  it('moves ends that fall on a separator inward', () => {
    const body = setBody('<p>甲乙</p><p>丙丁</p>');
    const map = buildTextMap(body);
    expect(rangeFor(map, 1, 4)?.toString()).toBe('乙丙');
    expect(rangeFor(map, 2, 3)).toBeNull();
  });

  it('refuses spans whose nodes changed since the map was built', () => {
    const body = setBody('<p>覆盖率达到100%</p>');
    const map = buildTextMap(body);
    body.querySelector('p')!.firstChild!.textContent = '覆盖率达到90%';
    expect(rangeFor(map, 0, 5)).toBeNull();
    expect(rangeFor(map, 5, 2)).toBeNull();
  });
});

describe('offsetsOfRange', () => {
  it('turns a selection into text offsets, skipping hidden text at its ends', () => {
    const body = setBody('<p>甲乙<span hidden>藏</span></p><p>丙丁戊</p>');
    const map = buildTextMap(body);
    const range = document.createRange();
    const p1 = body.querySelector('p')!;
    const p2 = body.querySelectorAll('p')[1]!;
    range.setStart(p1.firstChild!, 1);
    range.setEnd(p2.firstChild!, 2);
    const span = offsetsOfRange(map, range)!;
    expect(map.text.slice(span.start, span.end)).toBe('乙\n丙丁');
    const wholeP2 = document.createRange();
    wholeP2.selectNodeContents(p2);
    const whole = offsetsOfRange(map, wholeP2)!;
    expect(map.text.slice(whole.start, whole.end)).toBe('丙丁戊');
  });
});
