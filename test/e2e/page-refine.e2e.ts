/**
 * Metric refinement off the page: segmentit runs in the offscreen document (never in the
 * content script), after the first paint; the page's goals take the refined metrics.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refineMetrics } from '../../utils/background/page-refine';
import { launchExtension, ROOT, sendFromPage, type ExtensionEnv } from './harness';
import { refinedChanges, sendToPage, waitForPaint } from './page-helpers';

describe('metric refinement', () => {
  let env: ExtensionEnv;
  beforeAll(async () => {
    env = await launchExtension();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('runs segmentit in the offscreen document and gives the same metrics as in Node', async () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/corpus/zj-2021-goals.txt'), 'utf8');
    const context = { title: '2021年工作目标', published: '2021-10-09' };
    const popup = await env.openExtensionPage('popup.html');
    const { metrics } = await sendFromPage(popup, 'page:refine', { text, context });
    expect(metrics.length).toBeGreaterThan(10);
    expect(metrics).toEqual(await refineMetrics(text, context));
    const contexts = await env.serviceWorker.evaluate(() =>
      chrome.runtime.getContexts({
        contextTypes: ['OFFSCREEN_DOCUMENT' as never],
      }),
    );
    expect(contexts.map((c) => new URL(c.documentUrl!).pathname)).toEqual(['/offscreen.html']);
    await popup.close();
  });

  it('keeps segmentit out of the content script and refines the page goals after the paint', async () => {
    const bundle = readFileSync(
      join(ROOT, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3/content-scripts/plan.js'),
      'utf8',
    );
    expect(bundle).not.toMatch(/segmentit/i);
    const id = 'zj-2020-q4-progress';
    const changed = await refinedChanges(id);
    expect(changed.length).toBeGreaterThan(0);

    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', `/corpus/${id}.html`));
    await waitForPaint(page);
    const metricOf = async (quote: string) =>
      (await sendToPage(env, page, 'page:get-state', {})).goals.find((g) => g.quote === quote)
        ?.metric;
    for (const c of changed) {
      await expect.poll(() => metricOf(c.quote), { timeout: 15_000 }).toBe(c.after);
    }
    // The store received the refined metrics (the report waits for the refinement).
    const popup = await env.openExtensionPage('popup.html');
    await expect
      .poll(
        async () => {
          const stored = await sendFromPage(popup, 'library:page', { url: page.url() });
          return changed.map((c) => stored.goals.find((g) => g.quote === c.quote)?.metric);
        },
        { timeout: 15_000 },
      )
      .toEqual(changed.map((c) => c.after));
    await popup.close();
    await page.close();
  });
});
