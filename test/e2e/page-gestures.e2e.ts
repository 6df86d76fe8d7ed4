/**
 * The gestures as a person makes them: Chromium with real windows on a virtual X display, keys
 * typed and clicks made there (xdotool). The keys go through the browser's own shortcut handling
 * to the extension's commands (next / previous goal, toggle highlights), a path that keys sent
 * through DevTools never take; a right click opens the browser's context menu, whose "Clip as
 * commitment" item (and Alt+Shift+M) grants activeTab on a page the content script does not
 * cover.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageState } from '../../utils/messages/page';
import { launchExtension, type ExtensionEnv } from './harness';
import {
  highlightSizes,
  highlightTexts,
  selectText,
  sendToPage,
  waitForCard,
  waitForPaint,
} from './page-helpers';
import { startXServer, type XServer } from './x-server';

describe('keyboard shortcuts and the context menu on a real display', () => {
  let x: XServer;
  let env: ExtensionEnv;

  beforeAll(async () => {
    x = await startXServer();
    env = await launchExtension({ display: x.display });
  });
  afterAll(async () => {
    await env?.close();
    await x?.close();
  });

  describe('on a plan page', () => {
    let page: Page;
    let ordered: PageState['goals'];
    const focused = async () => (await highlightTexts(page))['pgr-focus'] ?? [];

    beforeAll(async () => {
      page = await env.context.newPage();
      await page.goto(env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html'));
      await waitForPaint(page);
      // The whole page is painted after its screen: wait until the page was reported.
      await page.waitForFunction(() => performance.getEntriesByName('pgr:reported').length > 0);
      const state = await sendToPage(env, page, 'page:get-state', {});
      ordered = [...state.goals].sort((a, b) => a.start - b.start);
      await page.bringToFront();
    });
    afterAll(async () => {
      await page?.close();
    });

    it('Alt+Shift+J and Alt+Shift+K move the focus through the goals in document order', async () => {
      expect(ordered.length).toBeGreaterThan(2);
      expect(await focused()).toEqual([]);
      x.press('alt+shift+j');
      await expect.poll(focused, { timeout: 5_000 }).toEqual([ordered[0]!.quote]);
      await waitForCard(page, ordered[0]!.quote);
      x.press('alt+shift+j');
      await expect.poll(focused, { timeout: 5_000 }).toEqual([ordered[1]!.quote]);
      x.press('alt+shift+k');
      await expect.poll(focused, { timeout: 5_000 }).toEqual([ordered[0]!.quote]);
    });

    it('Alt+Shift+H removes every highlight and paints them again', async () => {
      const before = await highlightSizes(page);
      expect(before['pgr-target']).toBeGreaterThan(0);
      x.press('alt+shift+h');
      await expect.poll(() => highlightSizes(page), { timeout: 5_000 }).toEqual({});
      x.press('alt+shift+h');
      await expect.poll(() => highlightSizes(page), { timeout: 5_000 }).toEqual(before);
    });
  });

  it('"Clip as commitment" in the context menu clips a selection on a page outside gov.cn', async () => {
    const quote = '全年推动企业开办全流程网上办理率达到90%以上';
    env.server.route(
      '/gestures/a.html',
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>动态</title></head>
<body><h1>政务服务动态</h1><p id="c1">为实现企业开办便利化,${quote},并持续优化服务。</p></body></html>`,
    );
    const page = await env.context.newPage();
    await page.goto(env.url('www.example.test', '/gestures/a.html'));
    await page.bringToFront();
    // Where the page sits on the screen: a first click tells (screen − client coordinates).
    await page.evaluate(() => {
      addEventListener(
        'mousedown',
        (e) =>
          document.body.setAttribute(
            'data-offset',
            `${e.screenX - e.clientX},${e.screenY - e.clientY}`,
          ),
        { once: true },
      );
    });
    x.click(600, 600);
    await expect
      .poll(() => page.getAttribute('body', 'data-offset'), { timeout: 5_000 })
      .not.toBeNull();
    const [dx, dy] = (await page.getAttribute('body', 'data-offset'))!.split(',').map(Number);
    const at = await selectText(page, 'c1', quote);
    // Right click on the selection; the extension's item is the one before "Inspect", the last.
    x.click(dx! + at.x, dy! + at.y, 3);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    x.press('Up');
    x.press('Up');
    x.press('Return');
    const form = page.locator('plan-goal-card form');
    await expect
      .poll(() => form.locator('[data-field="quote"]').textContent(), { timeout: 10_000 })
      .toBe(quote);
    await page.close();
  });

  it('Alt+Shift+M clips a selection on a page outside gov.cn', async () => {
    const quote = '年底前完成全部既有住宅加装电梯审批';
    env.server.route(
      '/gestures/b.html',
      `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>动态</title></head>
<body><p id="c1">为方便居民出行,${quote},并做好后续维护。</p></body></html>`,
    );
    const page = await env.context.newPage();
    await page.goto(env.url('www.example.test', '/gestures/b.html'));
    await page.bringToFront();
    await selectText(page, 'c1', quote);
    x.press('alt+shift+m');
    const form = page.locator('plan-goal-card form');
    await expect
      .poll(() => form.locator('[data-field="quote"]').textContent(), { timeout: 10_000 })
      .toBe(quote);
    await page.close();
  });
});
