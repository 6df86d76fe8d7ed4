/**
 * Page benchmark (not a test): the time from the content script's start to highlights painted
 * on the largest corpus page, and the size of the content-script bundle.
 *
 *   npm run bench:page            # builds into .output-bench, 15 loads
 *   BENCH_RUNS=30 npm run bench:page
 *   BENCH_SKIP_BUILD=1 WXT_OUT_DIR=.output-page npm run bench:page
 *
 * The content script leaves `performance.mark`s (pgr:start, pgr:settings, pgr:text-read,
 * pgr:extracted, pgr:painted) in the page's timeline, which the page's main world shares; each
 * load is a fresh tab in a browser whose extension is already running.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { findChromium, hostResolverFlag, ROOT, startFixtureServer } from './lib/local-web';

const OUT = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output-bench');
const EXTENSION = join(OUT, 'chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const MARKS = ['pgr:settings', 'pgr:text-read', 'pgr:extracted', 'pgr:painted'] as const;

/** The corpus page with the most HTML. */
function largestCorpusPage(): string {
  const ids = ['zj-2021-goals', 'zj-2020-q4-progress', 'zengdu-14th-fyp'];
  const size = (id: string) => statSync(join(ROOT, 'test/fixtures/corpus', `${id}.html`)).size;
  return ids.sort((a, b) => size(b) - size(a))[0]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function main(): Promise<void> {
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    execFileSync('npx', ['wxt', 'build'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, WXT_OUT_DIR: OUT },
    });
  }
  const bundle = readFileSync(join(EXTENSION, 'content-scripts', 'plan.js'));
  const server = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'pgr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      hostResolverFlag(server.port),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
    ],
  });
  const id = largestCorpusPage();
  const url = `http://www.zj.gov.cn/corpus/${id}.html`;
  const rows: Array<Record<string, number>> = [];
  try {
    if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
    for (let i = 0; i < RUNS + 1; i++) {
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(
        () => performance.getEntriesByName('pgr:painted').length > 0,
        undefined,
        {
          timeout: 20_000,
        },
      );
      // A string, not a function: tsx wraps inner functions in a helper the page lacks.
      const row = (await page.evaluate(`(() => {
        const start = performance.getEntriesByName('pgr:start')[0].startTime;
        const out = {};
        for (const n of ${JSON.stringify(MARKS)}) {
          const e = performance.getEntriesByName(n)[0];
          out[n] = e ? e.startTime - start : NaN;
        }
        return out;
      })()`)) as Record<string, number>;
      if (i > 0) rows.push(row); // the first load warms the browser's caches
      await page.close();
    }
  } finally {
    await context.close();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  const painted = rows.map((r) => r['pgr:painted']!);
  console.log(`\nPage benchmark — ${id}.html, ${RUNS} loads (after one warm-up)`);
  for (const mark of MARKS) {
    const xs = rows.map((r) => r[mark]!);
    console.log(`  start → ${mark.padEnd(14)} median ${median(xs).toFixed(1)} ms`);
  }
  console.log(
    `  start → painted: median ${median(painted).toFixed(1)} ms, p90 ${pct(painted, 0.9).toFixed(1)} ms, ` +
      `max ${Math.max(...painted).toFixed(1)} ms (goal ≤ 50 ms)`,
  );
  console.log(
    `  content-scripts/plan.js: ${(bundle.length / 1024).toFixed(1)} KB minified, ` +
      `${(gzipSync(bundle).length / 1024).toFixed(1)} KB gzipped (goal ≤ 30 KB minified)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
