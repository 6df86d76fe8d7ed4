/**
 * The Firefox build in a real Firefox (ESR 140 here): the content script paints a corpus page
 * with the gold kinds through the CSS Custom Highlight API, segmentit refines the metrics in the
 * background page (Firefox has no offscreen documents), and the refined page reaches the store.
 */
import type { Page } from 'playwright-core';
import type { Page as FirefoxPage } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxEnv } from './firefox';
import { highlightSizes, quoteCoverage, readGold, refinedChanges } from './page-helpers';

/** The helpers read the page through `evaluate`, which both drivers offer alike. */
const asPage = (page: FirefoxPage) => page as unknown as Page;

describe('the Firefox build in Firefox', () => {
  let env: FirefoxEnv;
  beforeAll(async () => {
    env = await launchFirefox();
  });
  afterAll(async () => {
    await env?.close();
  });

  async function open(id: string): Promise<FirefoxPage> {
    const page = await env.browser.newPage();
    await page.goto(`http://www.zj.gov.cn/corpus/${id}.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(
      () => {
        const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
        return ['pgr-target', 'pgr-deadline', 'pgr-achievement'].some(
          (n) => (registry?.get(n)?.size ?? 0) > 0,
        );
      },
      { timeout: 15_000 },
    );
    return page;
  }

  it('paints the gold quotes of a corpus page with their kinds', async () => {
    const page = await open('zj-2021-goals');
    const gold = readGold('zj-2021-goals');
    // The screen is painted first and the whole page after: the share is polled until it holds.
    const share = async () => {
      const coverage = await quoteCoverage(asPage(page), gold);
      return coverage.filter((c) => c.found && c.sameKind >= 0.9).length / gold.length;
    };
    await expect.poll(share, { timeout: 15_000 }).toBeGreaterThanOrEqual(0.9);
    const sizes = await highlightSizes(asPage(page));
    expect(sizes['pgr-target']).toBeGreaterThan(10);
    await page.close();
  });

  it('refines metrics with segmentit in the background page and stores the refined page', async () => {
    const id = 'zj-2020-q4-progress';
    const changed = await refinedChanges(id);
    expect(changed.length).toBeGreaterThan(0);

    const page = await open(id);
    const popup = await env.openExtensionPage('popup.html');
    await expect
      .poll(
        async () => {
          const stored = await env.send(popup, 'library:page', { url: page.url() });
          return changed.map((c) => stored.goals.find((g) => g.quote === c.quote)?.metric);
        },
        { timeout: 20_000 },
      )
      .toEqual(changed.map((c) => c.after));
    await popup.close();
    await page.close();
  });
});
