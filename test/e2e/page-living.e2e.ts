/**
 * Pages that are not plain corpus pages: without plan cues (untouched), under a strict CSP,
 * with their own scripts, changing after load (mutations, SPA navigation), inside same-origin
 * iframes, and huge (2 MB of text, painted without long tasks).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, ROOT, sendFromPage, type ExtensionEnv } from './harness';
import {
  highlightSizes,
  highlightTexts,
  sendToPage,
  waitForCard,
  waitForPaint,
} from './page-helpers';

describe('the content script on living pages', () => {
  let env: ExtensionEnv;
  beforeAll(async () => {
    env = await launchExtension();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('leaves a gov.cn page without plan cues untouched', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.example.gov.cn', '/pages/news.html'));
    const state = await sendToPage(env, page, 'page:get-state', {});
    expect(state.analysed).toBe(false);
    expect(state.goals).toEqual([]);
    expect(Object.values(await highlightSizes(page)).every((n) => n === 0)).toBe(true);
    expect(await page.evaluate(() => document.querySelector('plan-goal-card'))).toBeNull();
    const html = await page.evaluate(() => document.getElementById('content')!.innerHTML);
    expect(html).toBe(
      await page.evaluate(() => (window as { pageTextAtLoad?: string }).pageTextAtLoad),
    );
    await page.click('#bump');
    expect(await page.textContent('#counter')).toBe('1');
    // "Analyze this page" (popup → background → this tab) forces the analysis.
    const popup = await env.openExtensionPage('popup.html');
    await page.bringToFront();
    const tabId = await env.serviceWorker.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]!.id!,
    );
    expect(await sendFromPage(popup, 'page:analyze', { tabId })).toEqual({ injected: false });
    const after = await sendToPage(env, page, 'page:get-state', {});
    expect(after.analysed).toBe(true);
    expect(after.goals.length).toBeGreaterThan(0);
    await waitForPaint(page);
    await popup.close();
    await page.close();
  });

  it('paints a page served with a strict CSP (default-src none), card included', async () => {
    // The page without its inline script: any CSP violation left would be the extension's.
    const html = readFileSync(join(ROOT, 'test/e2e/pages/plan-with-script.html'), 'utf8').replace(
      /<script>[\s\S]*?<\/script>/g,
      '',
    );
    env.server.route('/csp/plan.html', html, { 'content-security-policy': "default-src 'none'" });
    const page = await env.context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(env.url('www.csp.gov.cn', '/csp/plan.html'));
    await waitForPaint(page);
    const texts = await highlightTexts(page);
    expect(texts['pgr-target']).toContain('确保特种设备万台事故率控制在0.25以内');
    const state = await sendToPage(env, page, 'page:get-state', {});
    await sendToPage(env, page, 'page:scroll-to', { goalId: state.goals[0]!.id });
    await waitForCard(page, state.goals[0]!.quote);
    const position = await page.evaluate(() => {
      const frame = document.querySelector('plan-goal-card')?.shadowRoot?.querySelector('.frame');
      return frame ? getComputedStyle(frame).position : null;
    });
    expect(position).toBe('fixed');
    // The highlight colours come from the manifest CSS, which the CSP cannot block.
    const painted = await page.evaluate(() => {
      const p = document.getElementById('p2')!;
      return getComputedStyle(p, '::highlight(pgr-target)').backgroundColor;
    });
    expect(painted).toBe('rgb(255, 224, 138)');
    // User colours arrive as an adopted stylesheet (CSSOM), which the CSP does not block.
    await env.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { colors: { target: '#123456' } } }),
    );
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              getComputedStyle(document.getElementById('p2')!, '::highlight(pgr-target)')
                .backgroundColor,
          ),
        { timeout: 10_000 },
      )
      .toBe('rgb(18, 52, 86)');
    await env.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    expect(violations).toEqual([]);
    await page.close();
  });

  it("keeps the page's own scripts and DOM as they were", async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/pages/plan-with-script.html'));
    await waitForPaint(page);
    const now = await page.evaluate(() => document.getElementById('content')!.innerHTML);
    expect(now).toBe(await page.evaluate(() => (window as { initialHtml?: string }).initialHtml));
    await page.click('#p2');
    await page.click('#p2');
    expect(await page.textContent('#clicks')).toBe('2');
    await page.click('#link');
    expect(await page.getAttribute('body', 'data-hash')).toBe('#p3');
    await page.close();
  });

  it('re-extracts after the page changes, and re-runs on SPA navigation', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/pages/plan-with-script.html'));
    await waitForPaint(page);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '四、新增任务。年底前实现县级检验检测机构全覆盖,新增省级标准30项。';
      document.getElementById('content')!.append(p);
    });
    await expect
      .poll(
        async () =>
          Object.values(await highlightTexts(page))
            .flat()
            .join('|'),
        { timeout: 10_000 },
      )
      .toContain('新增省级标准30项');

    await page.goto(env.url('www.zj.gov.cn', '/pages/spa.html'));
    await waitForPaint(page);
    expect(
      Object.values(await highlightTexts(page))
        .flat()
        .join('|'),
    ).toContain('100%');
    await page.click('#next');
    await expect
      .poll(
        async () =>
          Object.values(await highlightTexts(page))
            .flat()
            .join('|'),
        { timeout: 10_000 },
      )
      .toContain('3000批次');
    const state = await sendToPage(env, page, 'page:get-state', {});
    expect(state.page?.url).toContain('article=2');
    expect(state.goals.some((g) => g.quote.includes('100%'))).toBe(false);
    await page.close();
  });

  it('covers a same-origin iframe of a gov.cn page', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/pages/frame-parent.html'));
    const frame = page.frame({ url: /plan-with-script/ })!;
    await frame.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('pgr-target')
          ?.size ?? 0) > 0,
      undefined,
      { timeout: 15_000 },
    );
    const texts = await frame.evaluate(() =>
      [
        ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
          'pgr-target',
        ) ?? []),
      ].map((r) => r.toString()),
    );
    expect(texts).toContain('力争新增“品字标”企业500家');
    await page.close();
  });

  it('opens the card when the pointer rests on a highlight, and pins it on click', async () => {
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/pages/plan-with-script.html'));
    await waitForPaint(page);
    const quote = '确保特种设备万台事故率控制在0.25以内';
    // The middle of the first line box of the highlighted text, from the page's own world.
    const point = await page.evaluate((q) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const range = [...registry.get('pgr-target')!].find((r) => r.toString() === q)!;
      const box = range.getClientRects()[0]!;
      return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    }, quote);
    await page.mouse.move(point.x, point.y);
    const fields = await waitForCard(page, quote);
    expect(fields.quantity).toBe('≤ 0.25');
    await page.mouse.click(point.x, point.y);
    await page.mouse.move(5, 5);
    await page.waitForTimeout(1000);
    expect((await waitForCard(page, quote)).quote).toBe(quote); // pinned: still open
    const copy = page.locator('plan-goal-card [data-action="copy"]');
    await copy.click();
    await expect.poll(() => copy.textContent(), { timeout: 10_000 }).toBe('已复制');
    expect(await page.evaluate(() => document.activeElement?.localName)).not.toBe('textarea');
    await page.keyboard.press('Escape');
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            document.querySelector('plan-goal-card')?.shadowRoot?.querySelector('.card'),
          ),
        { timeout: 10_000 },
      )
      .toBeNull();
    await page.close();
  });

  it('runs nothing automatically when detection is switched off', async () => {
    await env.serviceWorker.evaluate(() =>
      chrome.storage.local.set({ settings: { detection: false } }),
    );
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html'));
    await page.waitForTimeout(1500);
    expect(await highlightSizes(page)).toEqual({});
    expect((await sendToPage(env, page, 'page:get-state', {})).analysed).toBe(false);
    await env.serviceWorker.evaluate(() => chrome.storage.local.remove('settings'));
    await page.close();
  });
});
