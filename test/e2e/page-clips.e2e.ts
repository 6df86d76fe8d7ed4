/**
 * Clips: the user selects text and clips it (note and tags in the on-page form); on every later
 * visit the clip is re-anchored and painted in the same place; after a slight edit it still
 * lands (fuzzy quote with context); when its text is gone it is reported as orphaned and never
 * painted.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sendFromPage, type ExtensionEnv } from './harness';
import { highlightTexts, selectText, sendToPage } from './page-helpers';

/** Polling limit: the machine may be busy with other builds. */
const T = { timeout: 10_000 };

const QUOTE = '全年推动企业开办全流程网上办理率达到90%以上';

function article(sentence: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>政务服务动态</title></head>
<body><h1>政务服务动态</h1>
<p id="intro">本文介绍近期政务服务改革的有关情况,供参考。</p>
<p id="c1">为实现企业开办便利化,${sentence},并持续优化服务。</p>
<p id="c2">同时,各地将继续听取企业意见,完善相关配套制度。</p></body></html>`;
}

const clipTexts = async (page: Page) => (await highlightTexts(page))['pgr-clip'] ?? [];

describe('clips', () => {
  let env: ExtensionEnv;
  let popup: Page;
  beforeAll(async () => {
    env = await launchExtension();
    popup = await env.openExtensionPage('popup.html');
  });
  afterAll(async () => {
    await env?.close();
  });

  it('saves a selection with a note and tags, and paints it again after a reload', async () => {
    env.server.route('/clips/a.html', article(QUOTE));
    const url = env.url('www.clip.gov.cn', '/clips/a.html');
    const page = await env.context.newPage();
    await page.goto(url);
    await expect
      .poll(async () => (await sendToPage(env, page, 'page:get-state', {})).analysed, T)
      .toBe(false);

    await selectText(page, 'c1', QUOTE);
    expect((await sendToPage(env, page, 'page:clip-selection', {})).started).toBe(true);
    const form = page.locator('plan-goal-card form');
    await expect.poll(() => form.locator('[data-field="quote"]').textContent(), T).toBe(QUOTE);
    await form.locator('textarea[name="note"]').fill('核对年底完成情况');
    await form.locator('input[name="tags"]').fill('营商环境, 政务服务');
    await form.locator('[data-action="save-clip"]').click();
    await expect.poll(() => clipTexts(page), T).toEqual([QUOTE]);

    const stored = await sendFromPage(popup, 'clip:list-for-url', { url });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      exact: QUOTE,
      note: '核对年底完成情况',
      tags: ['营商环境', '政务服务'],
    });

    await page.reload();
    await expect.poll(() => clipTexts(page), { timeout: 10_000 }).toEqual([QUOTE]);
    const inPlace = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.get('pgr-clip')!][0]!;
      return range.startContainer.parentElement?.id;
    });
    expect(inPlace).toBe('c1');
    const state = await sendToPage(env, page, 'page:get-state', {});
    expect(state.clips).toEqual([{ id: stored[0]!.id, exact: QUOTE, status: 'anchored' }]);
    await page.close();
  });

  it('still lands after a slight edit, and is orphaned (never painted) when its text is gone', async () => {
    const url = env.url('www.clip.gov.cn', '/clips/a.html');
    const edited = QUOTE.replace('90%', '95%');
    env.server.route('/clips/a.html', article(edited));
    const page = await env.context.newPage();
    await page.goto(url);
    await expect.poll(() => clipTexts(page), { timeout: 10_000 }).toEqual([edited]);

    env.server.route('/clips/a.html', article('全年开展专项督查三次'));
    await page.reload();
    await expect
      .poll(async () => (await sendToPage(env, page, 'page:get-state', {})).clips?.[0]?.status, {
        timeout: 10_000,
      })
      .toBe('orphaned');
    expect(await clipTexts(page)).toEqual([]);
    const stored = await sendFromPage(popup, 'clip:list-for-url', { url });
    expect(stored[0]?.anchor?.status).toBe('orphaned');
    await page.close();
  });

  it('saves a goal from its card, which then counts as an anchored clip', async () => {
    const url = env.url('www.zj.gov.cn', '/pages/plan-with-script.html');
    const page = await env.context.newPage();
    await page.goto(url);
    await expect
      .poll(async () => (await sendToPage(env, page, 'page:get-state', {})).goals.length, T)
      .toBeGreaterThan(0);
    const { goals } = await sendToPage(env, page, 'page:get-state', {});
    const goal = goals.find((g) => g.quote.includes('500家'))!;
    await sendToPage(env, page, 'page:scroll-to', { goalId: goal.id });
    const save = page.locator('plan-goal-card [data-action="save"]');
    await save.click();
    await expect.poll(() => save.textContent(), T).toBe('已保存');
    const stored = await sendFromPage(popup, 'clip:list-for-url', { url });
    expect(stored).toEqual([expect.objectContaining({ exact: goal.quote, goalId: goal.id })]);
    await page.reload();
    await expect
      .poll(async () => (await sendToPage(env, page, 'page:get-state', {})).clips, {
        timeout: 10_000,
      })
      .toEqual([{ id: stored[0]!.id, exact: goal.quote, status: 'anchored' }]);
    // Painted once, as the goal it is.
    expect(await clipTexts(page)).toEqual([]);
    await page.close();
  });
});
