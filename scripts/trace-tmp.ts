import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChromium, hostResolverFlag, ROOT, startFixtureServer } from './lib/local-web';

const EXT = join(resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output-trace'), 'chrome-mv3');
const N = Number(process.env.N ?? 3);
async function main() {
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'pgr-tr-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(), headless: true,
    args: [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`, hostResolverFlag(server.port),
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--remote-debugging-port=0'],
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const port = readFileSync(join(profile, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  const cdp = await browser.newBrowserCDPSession();
  const url = `http://www.zj.gov.cn/corpus/zengdu-14th-fyp.html`;
  const load = async () => {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.evaluate(`new Promise((resolve) => { const seen = () => ['pgr:painted','pgr:extracted'].every((n) => performance.getEntriesByName(n).length > 0);
      if (seen()) return resolve(1); const o = new PerformanceObserver(() => { if (seen()) { o.disconnect(); resolve(1); } }); o.observe({ type: 'mark', buffered: true }); })`);
    const marks = await page.evaluate(`performance.getEntriesByType('mark').filter(m=>m.name.startsWith('pgr')).map(m=>[m.name, m.startTime])`);
    await page.close();
    return marks;
  };
  await load();
  for (let i = 0; i < N; i++) {
    const events: unknown[] = [];
    cdp.on('Tracing.dataCollected', (e: { value: unknown[] }) => events.push(...e.value));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['devtools.timeline', 'blink.user_timing', 'toplevel', 'ipc', 'mojom', 'extensions', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink', 'loading', 'navigation', 'ServiceWorker'] }, transferMode: 'ReportEvents' } as never);
    const marks = await load();
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    writeFileSync(`/tmp/tr/t${i}.json`, JSON.stringify({ marks, events }));
    console.log(i, JSON.stringify(marks));
  }
  await browser.close().catch(() => {});
  await context.close();
  await server.close();
}
main().catch((e) => { console.error(e); process.exit(1); });
