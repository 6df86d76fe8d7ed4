/**
 * The popup in real Chromium, opened as `popup.html?tab=<id>` (a popup opened as a page has
 * no current tab of its own): counts per kind after visiting a corpus page, the kind filter,
 * scrolling the page to an item, "Analyze this page" where detection did not run, and the
 * revisit notice after the page lost two commitments.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GOAL_KINDS } from '../../utils/extract/types';
import { launchExtension, sendFromPage, type ExtensionEnv } from './harness';
import { findTabId, waitStored } from './store-helpers';

describe('popup', () => {
  let env: ExtensionEnv;
  beforeAll(async () => {
    env = await launchExtension();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('shows the counts per kind of the page the content script analysed', async () => {
    const page = await env.context.newPage();
    const url = env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html');
    await page.goto(url);
    const ext = await env.openExtensionPage('library.html');
    const stored = await waitStored(ext, url);
    const tabId = await findTabId(ext, url);
    const state = await ext.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, {
          channel: 'plan-goal-reader/v1',
          type: 'page:get-state',
          data: {},
        }),
      tabId,
    );
    const goals = state.value.goals as { kind: string; id: string }[];
    expect(goals.length).toBeGreaterThan(5);

    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getAttribute('.page-panel', 'data-status')).toBe('ready');
    const count = (kind: string) =>
      popup.getAttribute(`.kind-option[data-kind="${kind}"]`, 'data-count');
    expect(await count('all')).toBe(String(goals.length));
    for (const kind of GOAL_KINDS) {
      const expected = goals.filter((g) => g.kind === kind).length;
      expect(await count(kind)).toBe(String(expected));
      // The store holds the same goals as the page shows.
      expect(stored.goals.filter((g) => g.kind === kind && !g.removed).length).toBe(expected);
    }
    expect(await popup.textContent('[data-testid="status"]')).toContain(String(goals.length));

    // Filter by kind: only rows of that kind remain, and none where the page has none.
    for (const kind of GOAL_KINDS) {
      await popup.click(`.kind-option[data-kind="${kind}"]`);
      const kinds = await popup.$$eval('[data-testid="goal-row"]', (rows) =>
        rows.map((r) => r.getAttribute('data-kind')),
      );
      expect(kinds.length > 0).toBe(goals.some((g) => g.kind === kind));
      expect(kinds.every((k) => k === kind)).toBe(true);
    }

    // The library link points at this page's view.
    const href = await popup.getAttribute('[data-testid="page-library-link"]', 'href');
    expect(decodeURIComponent(href!.split('?url=')[1]!)).toBe(url);
    await popup.close();
    await ext.close();
    await page.close();
  });

  it('scrolls the page to an item clicked in the popup', async () => {
    const page = await env.context.newPage();
    const url = env.url('www.zj.gov.cn', '/corpus/zj-2020-q4-progress.html');
    await page.goto(url);
    const ext = await env.openExtensionPage('library.html');
    await waitStored(ext, url);
    const tabId = await findTabId(ext, url);
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getAttribute('.page-panel', 'data-status')).toBe('ready');
    // This page has more goals than the popup's first screen: the rest follows, and the
    // last goal of the page can be reached in the list.
    const all = await sendFromPage(popup, 'library:page', { url });
    const kept = all.goals.filter((g) => !g.removed).sort((a, b) => a.start - b.start);
    const total = kept.length;
    expect(total).toBeGreaterThan(40);
    await expect.poll(() => popup.getAttribute('.page-panel', 'aria-busy')).toBe(null);
    expect(await popup.textContent('[data-testid="status"]')).toContain(String(total));
    await popup.locator('.popup-list').evaluate((list) => list.scrollTo(0, list.scrollHeight));
    await expect
      .poll(() => popup.locator('[data-testid="goal-row"]').last().getAttribute('title'))
      .toBe(kept.at(-1)!.quote);
    await page.bringToFront();
    await page.evaluate(() => window.scrollTo(0, 0));
    // The last rendered row is far down a long page.
    const rows = popup.locator('[data-testid="goal-row"]');
    await rows.nth((await rows.count()) - 1).click();
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 })
      .toBeGreaterThan(200);
    expect(await popup.locator('.notice').count()).toBe(0);
    await popup.close();
    await ext.close();
    await page.close();
  });

  it('offers "Analyze this page" where no content script ran', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('plans.example.test', '/corpus/zj-2021-goals.html'));
    // Tab URLs are hidden from the extension: make this page the only web page.
    for (const other of env.context.pages()) if (other !== page) await other.close();
    const ext = await env.openExtensionPage('library.html');
    const tabId = await ext.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => !t.url?.startsWith('chrome-extension:'))?.id;
    });
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    await expect.poll(() => popup.getAttribute('.page-panel', 'data-status')).toBe('not-analysed');
    expect(await popup.isVisible('[data-testid="analyze"]')).toBe(true);
    await popup.click('[data-testid="analyze"]');
    // A popup opened as a page gets no activeTab grant (that needs a real toolbar click), so
    // the injection is refused: the popup must say so instead of spinning or failing silently.
    await expect
      .poll(() => popup.getAttribute('.page-panel', 'data-status'), { timeout: 10_000 })
      .toBe('unavailable');
    expect(await popup.textContent('[data-testid="unavailable"]')).toMatch(/无法分析此页:.+/);
    await popup.close();
    await ext.close();
    await page.close();
  });

  it('says how many commitments were removed since the last visit', async () => {
    const sentences = [
      '全年新增企业500家。',
      '抽查事项覆盖率达到100%。',
      '6月底前完成所有燃气管道的定期检验。',
      '新建标准不少于20项。',
      '确保赛会保障零事故。',
    ];
    const html = (items: string[]) =>
      `<!doctype html><meta charset="utf-8"><title>2022年工作目标</title><body><h1>2022年工作目标</h1>${items
        .map((s) => `<p>${s}</p>`)
        .join('')}</body>`;
    env.server.route('/plan/revisit.html', html(sentences));
    const url = env.url('www.revisit.gov.cn', '/plan/revisit.html');
    const page = await env.context.newPage();
    await page.goto(url);
    const ext = await env.openExtensionPage('library.html');
    const first = await waitStored(ext, url, 3);
    const before = first.goals.length;

    env.server.route('/plan/revisit.html', html(sentences.slice(0, 3)));
    await page.reload();
    await expect
      .poll(
        async () =>
          (await sendFromPage(ext, 'library:page', { url })).goals.filter((g) => g.removed).length,
        {
          timeout: 15_000,
        },
      )
      .toBeGreaterThan(0);
    const view = await sendFromPage(ext, 'library:page', { url });
    const removed = view.goals.filter((g) => g.removed).length;
    expect(removed).toBe(before - view.goals.filter((g) => !g.removed).length);
    const tabId = await findTabId(ext, url);
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    const text = await popup.locator('[data-testid="revisit"]').textContent();
    const today = await popup.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(text).toContain(`自 ${today} 以来删除了 ${removed} 项承诺`);
    await popup.close();
    await ext.close();
    await page.close();
  });
});
