/**
 * The Firefox build (`.output/firefox-mv2`) in a real Firefox, driven over WebDriver BiDi by
 * puppeteer-core (Playwright's Firefox needs its own patched build). Pages are fetched through
 * the fixture server, set as Firefox's HTTP proxy, so gov.cn addresses load the fixture pages as
 * in the Chromium harness. The extension's pages get a fixed address (moz-extension://UUID/).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startFixtureServer, type FixtureServer } from '../../scripts/lib/local-web';
import type { MessageType, RequestOf, ResponseOf } from '../../utils/messaging';

export const FIREFOX_EXTENSION_DIR = join(
  ROOT,
  process.env.WXT_OUT_DIR ?? '.output',
  'firefox-mv2',
);
const GECKO_ID = 'plan-goal-reader@plan-goal-reader.invalid';
const UUID = '5f0c2a4e-8b1d-4c3a-9e7f-2d6b8a1c0e35';

/** Finds Firefox: `FIREFOX_PATH`, else Debian's `firefox-esr` or `firefox`, else a clear error. */
export function findFirefox(): string {
  const candidates = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'];
  for (const path of candidates) if (path && existsSync(path)) return path;
  throw new Error(
    'Firefox not found. Install it (Debian: `apt-get install -y firefox-esr`, version 138 or ' +
      'later for WebDriver BiDi extension installs) or point FIREFOX_PATH at a Firefox binary.',
  );
}

export interface FirefoxEnv {
  browser: Browser;
  server: FixtureServer;
  /** `moz-extension://<uuid>/<path>` */
  extensionUrl(path: string): string;
  /** Opens an extension page (popup.html, library.html …) in a tab, once its script can run. */
  openExtensionPage(path: string): Promise<Page>;
  /** Sends one protocol message from an extension page, as `sendMessage` does. */
  send<K extends MessageType>(page: Page, type: K, data: RequestOf<K>): Promise<ResponseOf<K>>;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxEnv> {
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\`.`);
  }
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'pgr-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'intl.accept_languages': 'zh-CN, zh',
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  const extensionUrl = (path: string) => `moz-extension://${UUID}/${path.replace(/^\//, '')}`;
  return {
    browser,
    server,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await browser.newPage();
      const url = extensionUrl(path);
      // Firefox reports no navigation events for moz-extension pages over BiDi: the page is
      // asked where it is until it says so.
      void page.goto(url).catch(() => undefined);
      const started = Date.now();
      for (;;) {
        const at = await page.evaluate(() => location.href).catch(() => '');
        if (at === url) return page;
        if (Date.now() - started > 15_000) throw new Error(`${url} did not open in 15 s`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async send(page, type, data) {
      const reply = (await page.evaluate(
        (t, d) =>
          (
            globalThis as unknown as {
              browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
            }
          ).browser.runtime.sendMessage({ channel: 'plan-goal-reader/v1', type: t, data: d }),
        type,
        data as never,
      )) as { ok: true; value: ResponseOf<typeof type> } | { ok: false; error: string } | undefined;
      if (!reply) throw new Error(`No handler answered "${type}"`);
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
