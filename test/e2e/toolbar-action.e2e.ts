/**
 * The toolbar button pressed through Chromium's own action path (DevTools
 * `Extensions.triggerAction`, what a user's click runs): it opens the real action popup and
 * grants `activeTab` on that tab, so "Analyze this page" can inject the content script into a
 * page outside gov.cn without any host permission. Without the press the same request is
 * refused (see store-popup.e2e.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionEnv } from './harness';
import { highlightSizes } from './page-helpers';

describe('the toolbar button', () => {
  let env: ExtensionEnv;
  beforeAll(async () => {
    env = await launchExtension({ toolbar: true });
  });
  afterAll(async () => {
    await env?.close();
  });

  it('grants activeTab: Analyze this page paints a page the extension has no host access to', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('plans.example.test', '/corpus/zj-2021-goals.html'));
    for (const other of env.context.pages()) if (other !== page) await other.close();
    // Outside gov.cn nothing runs by itself.
    await page.waitForTimeout(500);
    expect(await highlightSizes(page)).toEqual({});
    expect(await page.evaluate(() => performance.getEntriesByName('pgr:start').length)).toBe(0);

    const popup = await env.clickToolbarButton(page);
    const status = () =>
      popup.evaluate<string | null>(
        `document.querySelector('.page-panel')?.getAttribute('data-status') ?? null`,
      );
    await expect.poll(status, { timeout: 10_000 }).toBe('not-analysed');
    await popup.evaluate(`document.querySelector('[data-testid="analyze"]').click()`);

    await expect
      .poll(async () => (await highlightSizes(page))['pgr-target'] ?? 0, { timeout: 15_000 })
      .toBeGreaterThan(10);
    await expect.poll(status, { timeout: 15_000 }).toBe('ready');
    const count = await popup.evaluate<number>(
      `document.querySelectorAll('[data-testid="goal-row"]').length`,
    );
    expect(count).toBeGreaterThan(10);
    await page.close();
  });
});
