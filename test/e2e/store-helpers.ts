/**
 * Helpers for the store's end-to-end tests: finding a page's tab from an extension page,
 * waiting until a page's report reached the library, and reading downloaded exports.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { sendFromPage } from './harness';

/**
 * The id of the tab whose top-frame content script reports `pageUrl`. Tab URLs are hidden
 * from the extension (no `tabs` permission), so each tab's content script is asked instead.
 */
export async function findTabId(ext: Page, pageUrl: string): Promise<number> {
  let id: number | undefined;
  await expect
    .poll(
      async () => {
        id = await ext.evaluate(async (url) => {
          for (const tab of await chrome.tabs.query({})) {
            try {
              const reply = await chrome.tabs.sendMessage(
                tab.id!,
                { channel: 'plan-goal-reader/v1', type: 'page:get-state', data: {} },
                { frameId: 0 },
              );
              if (reply?.value?.page?.url === url) return tab.id;
            } catch {
              // No content script in that tab.
            }
          }
          return undefined;
        }, pageUrl);
        return id;
      },
      { timeout: 15_000 },
    )
    .toBeDefined();
  return id!;
}

/** Polls `read` until `done` holds (works in hooks too, unlike expect.poll). */
export async function until<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  what: string,
  timeout = 20_000,
): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > end) throw new Error(`Timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Waits until the library holds at least `min` current goals of `url`; returns the view. */
export function waitStored(ext: Page, url: string, min = 1) {
  return until(
    () => sendFromPage(ext, 'library:page', { url }),
    (view) => view.goals.filter((g) => !g.removed).length >= min,
    `${min} stored goals of ${url}`,
  );
}

/** Clicks `selector` on `page` and returns the text of the file it downloads. */
export async function downloadText(
  page: Page,
  selector: string,
): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}
