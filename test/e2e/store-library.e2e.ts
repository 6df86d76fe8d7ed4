/**
 * The library page in real Chromium: `library.html?url=…` lists a page's goals with their
 * structured fields as attributes, the list is virtualised, search filters it, notes and tags
 * survive a reload, deleting removes, and a stopped service worker loses nothing it had
 * acknowledged.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sendFromPage, type ExtensionEnv } from './harness';
import { until, waitStored } from './store-helpers';

describe('library page', () => {
  let env: ExtensionEnv;
  const corpus = () => env.url('www.zj.gov.cn', '/corpus/zj-2020-q4-progress.html');
  beforeAll(async () => {
    env = await launchExtension();
    const page = await env.context.newPage();
    await page.goto(corpus());
    const ext = await env.openExtensionPage('popup.html');
    await waitStored(ext, corpus());
    await ext.close();
    await page.close();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('lists one page’s goals in document order with kind, value, unit and due attributes', async () => {
    const lib = await env.context.newPage();
    // Tall enough for every row: the list renders only what is in view.
    await lib.setViewportSize({ width: 1200, height: 12_000 });
    await lib.goto(env.extensionUrl(`library.html?url=${encodeURIComponent(corpus())}`));
    const view = await sendFromPage(lib, 'library:page', { url: corpus() });
    const goals = view.goals.filter((g) => !g.removed);
    expect(goals.length).toBeGreaterThan(20);
    await expect.poll(() => lib.locator('[data-testid="goal-row"]').count()).toBe(goals.length);
    const rows = await lib.$$eval('[data-testid="goal-row"]', (els) =>
      els.map((el) => ({
        kind: el.getAttribute('data-kind'),
        value: el.getAttribute('data-value'),
        unit: el.getAttribute('data-unit'),
        due: el.getAttribute('data-due'),
        top: el.getBoundingClientRect().top,
      })),
    );
    rows.sort((a, b) => a.top - b.top);
    expect(rows.map(({ top: _top, ...r }) => r)).toEqual(
      goals.map((g) => ({
        kind: g.kind,
        value: g.value === undefined ? '' : String(g.value),
        unit: g.unit ?? '',
        due: g.due ?? '',
      })),
    );
    expect(await lib.textContent('[data-testid="page-header"] h2')).toBe(view.page!.title);
    await lib.close();
  });

  it('renders only the rows in view, and search narrows the list', async () => {
    const lib = await env.context.newPage();
    await lib.setViewportSize({ width: 1200, height: 700 });
    await lib.goto(env.extensionUrl('library.html'));
    const all = (await sendFromPage(lib, 'library:query', {})).goals;
    await expect
      .poll(() => lib.getAttribute('.library-list', 'data-total'))
      .toBe(String(all.length));
    const rendered = await lib.locator('[data-testid="goal-row"]').count();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(all.length);

    const target = all.find((g) => g.metric.length >= 4)!;
    await lib.fill('input[name="text"]', target.metric);
    const expected = all.filter(
      (g) => g.metric.includes(target.metric) || g.quote.includes(target.metric),
    );
    await expect
      .poll(() => lib.getAttribute('.library-list', 'data-total'))
      .toBe(String(expected.length));
    await lib.close();
  });

  it('takes in a page analysed in another tab while it is open', async () => {
    const lib = await env.context.newPage();
    await lib.setViewportSize({ width: 1200, height: 700 });
    await lib.goto(env.extensionUrl('library.html'));
    const before = (await sendFromPage(lib, 'library:query', {})).goals.length;
    await expect.poll(() => lib.getAttribute('.library-list', 'data-total')).toBe(String(before));

    env.server.route(
      '/plan/live.html',
      '<!doctype html><meta charset="utf-8"><title>2023年工作要点</title><body><h1>2023年工作要点</h1>' +
        '<p>全年新增高新技术企业120家。</p><p>6月底前完成全部老旧小区改造方案。</p><p>确保安全生产零事故。</p></body>',
    );
    const url = env.url('www.live.gov.cn', '/plan/live.html');
    const page = await env.context.newPage();
    await page.goto(url);
    const stored = await waitStored(lib, url, 3);
    // No reload: the background announced the write and the open library read it again.
    await lib.bringToFront();
    await expect
      .poll(() => lib.getAttribute('.library-list', 'data-total'))
      .toBe(String(before + stored.goals.length));
    await page.close();
    await lib.close();
  });

  it('opens the page scrolled to the selected goal’s quote', async () => {
    const lib = await env.context.newPage();
    await lib.setViewportSize({ width: 1200, height: 12_000 });
    await lib.goto(env.extensionUrl(`library.html?url=${encodeURIComponent(corpus())}`));
    const rows = lib.locator('[data-testid="goal-row"]');
    await expect.poll(() => rows.count()).toBeGreaterThan(20);
    // A goal far down the page.
    await rows.nth((await rows.count()) - 2).click();
    const href = (await lib.getAttribute('[data-testid="open-page"]', 'href'))!;
    expect(href.startsWith(`${corpus()}#:~:text=`)).toBe(true);
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.goto(href);
    await expect
      .poll(() => page.evaluate(() => window.scrollY), { timeout: 5_000 })
      .toBeGreaterThan(700);
    await page.close();
    await lib.close();
  });

  it('keeps notes and tags across reloads and deletes a goal', async () => {
    const lib = await env.context.newPage();
    await lib.setViewportSize({ width: 1200, height: 800 });
    const url = env.extensionUrl(`library.html?url=${encodeURIComponent(corpus())}`);
    await lib.goto(url);
    const first = lib.locator('[data-testid="goal-row"]').first();
    const quote = await first.getAttribute('title');
    await first.click();
    await lib.fill('textarea[name="note"]', '年底核对是否完成');
    await lib.fill('input[name="tags"]', '核对, 质量');
    await lib.click('.annotation button[type="submit"]');
    await expect.poll(() => lib.textContent('[data-testid="message"]')).toBe('已保存');
    await lib.reload();
    const view = await sendFromPage(lib, 'library:page', { url: corpus() });
    const saved = view.goals.find((g) => g.quote === quote)!;
    expect(saved).toMatchObject({ note: '年底核对是否完成', tags: ['核对', '质量'] });
    await lib.locator('[data-testid="goal-row"]').first().click();
    expect(await lib.inputValue('textarea[name="note"]')).toBe('年底核对是否完成');

    lib.once('dialog', (d) => void d.accept());
    await lib.click('[data-testid="delete"]');
    await expect
      .poll(async () => (await sendFromPage(lib, 'library:page', { url: corpus() })).goals.length)
      .toBe(view.goals.length - 1);
    await lib.close();
  });

  it('loses nothing acknowledged when the service worker is stopped', async () => {
    const ext = await env.openExtensionPage('library.html');
    const clip = {
      url: corpus(),
      title: '测试页面',
      exact: '全年新增“品字标”企业500家',
      prefix: '',
      suffix: '',
      start: 10,
      end: 25,
      note: '停机前保存',
    };
    const { id } = await sendFromPage(ext, 'clip:save', clip);
    expect((await sendFromPage(ext, 'runtime:ping', {})).reports).toBeGreaterThan(0);
    const cdp = await env.context.newCDPSession(ext);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    // The next message starts a fresh worker (its report counter starts again at zero),
    // which reopens the database.
    await until(
      () => sendFromPage(ext, 'runtime:ping', {}),
      (ping) => ping.reports === 0,
      'a restarted service worker',
    );
    const clips = await sendFromPage(ext, 'clip:list-for-url', { url: corpus() });
    expect(clips.find((c) => c.id === id)).toMatchObject({ note: '停机前保存', exact: clip.exact });
    await ext.close();
  });

  it('stores two pages loaded at the same time', async () => {
    const urls = [
      env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html'),
      env.url('www.zengdu.gov.cn', '/corpus/zengdu-14th-fyp.html'),
    ];
    const pages = await Promise.all(urls.map(() => env.context.newPage()));
    await Promise.all(pages.map((p, i) => p.goto(urls[i]!)));
    const ext = await env.openExtensionPage('library.html');
    for (const url of urls) await waitStored(ext, url);
    await Promise.all(pages.map((p) => p.close()));
    await ext.close();
  });
});
