// @vitest-environment happy-dom
/**
 * The screen's own first paint, with a screen span given (happy-dom has no layout, so
 * `visibleSpan` is replaced by the first third of the text).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { extractGoals } from '../extract/index';
import type { MessageType, RequestOf } from '../messaging';
import { installHighlightApi, removeHighlightApi } from '../page/testing';
import type { TextMap } from '../page/text-map';
import { createController, type Send } from './controller';
import { testDeps } from './testing';

vi.mock('../page/viewport', () => ({
  visibleSpan: (map: TextMap) => {
    const end = map.text.indexOf('\n', Math.floor(map.text.length / 3)) + 1;
    return { start: 0, end };
  },
}));

const PAGE =
  '<h1>2022年工作要点</h1><p>索引号:001/2022-01</p><p>发布机构:某市市场监督管理局</p>' +
  Array.from(
    { length: 60 },
    (_, i) => `<p>(${i + 1})推进第${i + 1}项重点工作,全年新增市场主体不少于${i + 2}万户。</p>`,
  ).join('');

/** A background whose extractions after the first wait for `release()`. */
function background() {
  const texts: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const send = (async (type: MessageType, data: RequestOf<MessageType>) => {
    if (type !== 'page:extract') return { count: 0, metrics: [] };
    const { text, context } = data as RequestOf<'page:extract'>;
    texts.push(text);
    if (texts.length > 1) await released;
    return { goals: extractGoals(text, context) };
  }) as Send;
  return { send, texts, release };
}

function setup(bg: ReturnType<typeof background>) {
  document.body.innerHTML = PAGE;
  return createController(testDeps(bg.send, { refineTimeoutMs: 50 }));
}

afterEach(removeHighlightApi);

describe('first paint of the screen', () => {
  it('paints the screen’s goals first, then every goal of the page', async () => {
    installHighlightApi();
    const bg = background();
    const controller = setup(bg);
    const running = controller.run(false, { gate: async () => true });
    await expect.poll(() => bg.texts.length).toBe(2);
    const [screen, whole] = bg.texts;
    expect(whole!.startsWith(screen!)).toBe(true);
    const early = extractGoals(screen!, {}).length;
    expect(early).toBeGreaterThan(5);
    expect(controller.highlighter.ids().length).toBe(early);
    bg.release();
    await running;
    expect(controller.goals.length).toBeGreaterThan(early * 2);
    expect(controller.highlighter.ids().length).toBe(controller.goals.length);
  });

  it('paints nothing of the screen while the gate (settings) says no', async () => {
    installHighlightApi();
    const bg = background();
    bg.release();
    const controller = setup(bg);
    await controller.run(false, { gate: async () => false });
    expect(controller.highlighter.ids()).toEqual([]);
  });

  it('paints the whole page at once with the wrapper fallback', async () => {
    const bg = background();
    bg.release();
    const controller = setup(bg);
    await controller.run(false, { gate: async () => true });
    expect(controller.highlighter.native).toBe(false);
    expect(controller.goals.length).toBeGreaterThan(50);
    expect(controller.highlighter.ids().length).toBe(controller.goals.length);
    expect(bg.texts.length).toBe(1); // no screen of its own: wrapping would split its nodes
  });
});
