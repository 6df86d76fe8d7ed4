import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, sendFromPage, type ExtensionEnv } from './harness';

describe('the extension in Chromium', () => {
  let env: ExtensionEnv;
  beforeAll(async () => {
    env = await launchExtension();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('starts its service worker with the manifest we built', async () => {
    expect(env.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await env.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).not.toContain('<all_urls>');
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.content_scripts?.[0]?.matches).toEqual(['*://*.gov.cn/*']);
  });

  it('runs the content script on a gov.cn plan page, which reports to the background', async () => {
    const popup = await env.openExtensionPage('popup.html');
    const before = (await sendFromPage(popup, 'runtime:ping', {})).reports;
    const page = await env.context.newPage();
    await page.goto(env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html'));
    await expect
      .poll(async () => (await sendFromPage(popup, 'runtime:ping', {})).reports, {
        timeout: 15_000,
      })
      .toBeGreaterThan(before);
    await page.close();
    await popup.close();
  });

  it('does not run the content script outside gov.cn', async () => {
    const popup = await env.openExtensionPage('popup.html');
    const before = (await sendFromPage(popup, 'runtime:ping', {})).reports;
    const page = await env.context.newPage();
    await page.goto(env.url('plans.example.test', '/corpus/zj-2021-goals.html'));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect((await sendFromPage(popup, 'runtime:ping', {})).reports).toBe(before);
    await page.close();
    await popup.close();
  });

  it('renders the popup page', async () => {
    const popup = await env.openExtensionPage('popup.html');
    await expect.poll(() => popup.textContent('[data-testid="status"]')).toMatch(/\d/);
    expect(await popup.textContent('h1')).toBeTruthy();
    await popup.close();
  });
});
