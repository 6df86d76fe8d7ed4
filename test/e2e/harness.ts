/**
 * End-to-end harness: the built extension (`.output/chrome-mv3`) loaded into a real Chromium
 * through playwright-core, with fixture pages served by a local HTTP server.
 *
 * Host names are resolved by Chromium itself (`--host-resolver-rules`): every `*.gov.cn` and
 * `*.example.test` name goes to the fixture server, so pages load under real gov.cn URLs and
 * the content script's `matches` apply exactly as in the field. Nothing leaves the machine.
 *
 * Usage (see foundation.e2e.ts):
 *   const env = await launchExtension();
 *   const page = await env.context.newPage();
 *   await page.goto(env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html'));
 *   ...
 *   await env.close();
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Worker,
} from 'playwright-core';
import {
  EXTENSION_DIR,
  findChromium,
  hostResolverFlag,
  startFixtureServer,
  type FixtureServer,
} from '../../scripts/lib/local-web';
import type { MessageType, RequestOf, ResponseOf } from '../../utils/messaging';

export { EXTENSION_DIR, findChromium, ROOT, startFixtureServer } from '../../scripts/lib/local-web';
export type { FixtureServer, ServedRequest } from '../../scripts/lib/local-web';
/**
 * Sends one protocol message from an extension page (popup.html, library.html …) and returns
 * the handler's value, exactly as `sendMessage` in utils/messaging.ts does.
 */
export async function sendFromPage<K extends MessageType>(
  page: Page,
  type: K,
  data: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const reply = (await page.evaluate(
    ([t, d]) => chrome.runtime.sendMessage({ channel: 'plan-goal-reader/v1', type: t, data: d }),
    [type, data] as const,
  )) as { ok: true; value: ResponseOf<K> } | { ok: false; error: string } | undefined;
  if (!reply) throw new Error(`No handler answered "${type}"`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

export interface ExtensionEnv {
  context: BrowserContext;
  server: FixtureServer;
  extensionId: string;
  serviceWorker: Worker;
  /** `http://<host>/<path>` served by the fixture server. */
  url(host: string, path: string): string;
  /** `chrome-extension://<id>/<path>` */
  extensionUrl(path: string): string;
  /** Opens an extension page (popup.html, library.html …) in a tab. */
  openExtensionPage(path: string): Promise<Page>;
  /**
   * Presses the extension's toolbar button on `page`'s tab through Chromium's own action path
   * (DevTools `Extensions.triggerAction`), which grants `activeTab` as a user's click does, and
   * returns the popup it opened. Needs `launchExtension({ toolbar: true })`.
   */
  clickToolbarButton(page: Page): Promise<ActionPopup>;
  close(): Promise<void>;
}

/** The action popup a toolbar click opened (not a tab: scripts run in it through DevTools). */
export interface ActionPopup {
  /** Evaluates `expression` (awaiting a promise) in the popup and returns its value. */
  evaluate<T>(expression: string): Promise<T>;
}

export interface LaunchOptions {
  /** Extra Chromium flags. */
  args?: string[];
  /** Directory of the unpacked extension (default `.output/chrome-mv3`). */
  extensionDir?: string;
  /** Opens a DevTools port on loopback so that tests can press the toolbar button. */
  toolbar?: boolean;
  /** An X display (`:93`) to open real windows on, instead of running headless. */
  display?: string;
}

/** Launches Chromium with the built extension and a fresh profile. */
export async function launchExtension(options: LaunchOptions = {}): Promise<ExtensionEnv> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension in ${extensionDir}: run \`npm run build\` first.`);
  }
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'pgr-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    // On an X display (see x-server.ts) the browser has real windows, and keys pressed there
    // reach its shortcuts as a person's do.
    headless: options.display === undefined,
    ...(options.display !== undefined ? { env: { ...process.env, DISPLAY: options.display } } : {}),
    locale: 'zh-CN',
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      hostResolverFlag(server.port),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      ...(options.toolbar ? ['--remote-debugging-port=0'] : []),
      ...(options.args ?? []),
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(serviceWorker.url()).host;
  let browser: Browser | undefined; // a second DevTools client, for the toolbar button
  const extensionUrl = (path: string) =>
    `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;
  return {
    context,
    server,
    extensionId,
    serviceWorker,
    url: (host, path) => `http://${host}${path.startsWith('/') ? path : `/${path}`}`,
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    async clickToolbarButton(page) {
      if (!options.toolbar) throw new Error('Launch with { toolbar: true } to press the button.');
      const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
      browser ??= await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
      const cdp = await browser.newBrowserCDPSession();
      const targets = async () =>
        (await cdp.send('Target.getTargets', { filter: [{}] } as never)).targetInfos;
      const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
      if (!tab) throw new Error(`No tab target shows ${page.url()}`);
      await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
      const popupUrl = extensionUrl('popup.html');
      let target: { targetId: string } | undefined;
      for (let i = 0; i < 50 && !target; i++) {
        target = (await targets()).find((t) => t.type === 'page' && t.url.startsWith(popupUrl));
        if (!target) await new Promise((resolve) => setTimeout(resolve, 100));
      }
      if (!target) throw new Error('The toolbar button opened no popup.');
      const { sessionId } = await cdp.send('Target.attachToTarget', {
        targetId: target.targetId,
        flatten: false,
      });
      let next = 0;
      return {
        evaluate<T>(expression: string) {
          const id = ++next;
          return new Promise<T>((resolve, reject) => {
            const onMessage = (event: { sessionId?: string; message: string }) => {
              const reply = JSON.parse(event.message) as {
                id?: number;
                result?: { result?: { value?: T }; exceptionDetails?: { text: string } };
              };
              if (event.sessionId !== sessionId || reply.id !== id) return;
              cdp.off('Target.receivedMessageFromTarget', onMessage);
              const details = reply.result?.exceptionDetails;
              if (details) reject(new Error(`In the popup: ${details.text}`));
              else resolve(reply.result?.result?.value as T);
            };
            cdp.on('Target.receivedMessageFromTarget', onMessage);
            const params = { expression, returnByValue: true, awaitPromise: true };
            const message = JSON.stringify({ id, method: 'Runtime.evaluate', params });
            cdp.send('Target.sendMessageToTarget', { sessionId, message }).catch(reject);
          });
        },
      };
    },
    async close() {
      await browser?.close().catch(() => undefined);
      await context.close();
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
