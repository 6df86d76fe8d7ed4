/**
 * Page benchmark (not a test): the time from the content script's start to highlights painted
 * on the largest corpus page, and the size of the content-script bundle. Two ways of opening
 * the page are measured: in a new tab (a fresh renderer process: cold JIT and font caches, and
 * the browser busy opening the tab) and in a tab already showing a page of the site (a link
 * followed in place). Each load starts once the previous page was reported (pgr:reported) and
 * the browser had `SETTLE_MS` to itself, so that one load's background work does not fall
 * into the next.
 *
 *   npm run bench:page            # builds into .output-bench, 15 loads
 *   BENCH_RUNS=30 npm run bench:page
 *   BENCH_SKIP_BUILD=1 WXT_OUT_DIR=.output-page npm run bench:page
 *   BENCH_BASELINE=.output-old npm run bench:page   # also an older build, in turns
 *   BENCH_ROWS=1 npm run bench:page                 # also each load's marks
 *
 * The content script leaves `performance.mark`s (pgr:start, pgr:settings, pgr:text-read,
 * pgr:span, pgr:reply, pgr:extracted, pgr:painted, pgr:reported) in the page's timeline, which the page's main world shares; each
 * load is a fresh tab in a browser whose extension is already running. On a shared machine
 * the figures move from run to run; a baseline build measured in turns is the fair comparison.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { launchBareChromium, type BareChromium } from './lib/bare-chromium';
import { findChromium, hostResolverFlag, ROOT, startFixtureServer } from './lib/local-web';

const OUT = resolve(ROOT, process.env.WXT_OUT_DIR ?? '.output-bench');
const EXTENSION = join(OUT, 'chrome-mv3');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Another build's output folder (e.g. of the previous commit), measured load by load in turn. */
const BASELINE = process.env.BENCH_BASELINE ? resolve(ROOT, process.env.BENCH_BASELINE) : null;
const MARKS = [
  'pgr:settings',
  'pgr:text-read',
  'pgr:span',
  'pgr:reply',
  'pgr:extracted',
  'pgr:painted',
] as const;
/** Quiet time after a page was reported, before the next load. */
const SETTLE_MS = 250;
type Scenario = 'new tab' | 'open tab';
const SCENARIOS: Scenario[] = ['new tab', 'open tab'];
/** How long a tab loads on its own before the bare client attaches to read its marks. */
const UNATTACHED_MS = 600;
type Row = Record<string, number>;

/** The corpus page with the most HTML. */
function largestCorpusPage(): string {
  const ids = ['zj-2021-goals', 'zj-2020-q4-progress', 'zengdu-14th-fyp'];
  const size = (id: string) => statSync(join(ROOT, 'test/fixtures/corpus', `${id}.html`)).size;
  return ids.sort((a, b) => size(b) - size(a))[0]!;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

/** The switches both kinds of browser get: the extension, the fixture host, no GPU. */
const extensionArgs = (extension: string, port: number) => [
  `--disable-extensions-except=${extension}`,
  `--load-extension=${extension}`,
  hostResolverFlag(port),
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
];

/**
 * A browser with one build loaded and no automation attached to its tabs, its service worker
 * running. Headless tabs are not put in the background (as with Playwright's switches).
 */
async function launchBare(extension: string, port: number): Promise<BareChromium> {
  const browser = launchBareChromium(findChromium(), [
    '--headless',
    '--hide-scrollbars',
    '--mute-audio',
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
    '--disable-backgrounding-occluded-windows',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-default-browser-check',
    '--disable-default-apps',
    ...extensionArgs(extension, port),
  ]);
  const worker = browser.event('Target.targetCreated', (p) => {
    const info = p.targetInfo as { type?: string; url?: string };
    return info.type === 'service_worker' && Boolean(info.url?.startsWith('chrome-extension://'));
  });
  await browser.send('Target.setDiscoverTargets', { discover: true });
  await worker;
  return browser;
}

/**
 * Opens the page in a new tab that nothing is attached to while it loads, then attaches to
 * read the marks (waiting for the report as the other loads do) and closes the tab.
 */
async function loadUnattached(browser: BareChromium, url: string): Promise<Row> {
  const { targetId } = await browser.send('Target.createTarget', { url });
  await new Promise((resolve) => setTimeout(resolve, UNATTACHED_MS));
  const { sessionId } = (await browser.send('Target.attachToTarget', {
    targetId,
    flatten: true,
  })) as { sessionId: string };
  const evaluate = async (expression: string) => {
    const reply = (await browser.send(
      'Runtime.evaluate',
      { expression, awaitPromise: true, returnByValue: true },
      sessionId,
    )) as { result?: { value?: unknown }; exceptionDetails?: { text?: string } };
    if (reply.exceptionDetails) throw new Error(reply.exceptionDetails.text ?? 'page error');
    return reply.result?.value;
  };
  await evaluate(marksSeen(['pgr:painted', 'pgr:extracted', 'pgr:reported']));
  const row = (await evaluate(readMarks)) as Row;
  await browser.send('Target.closeTarget', { targetId });
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return row;
}

/** A browser with one build of the extension loaded, its service worker running. */
async function launch(extension: string, port: number) {
  const profile = mkdtempSync(join(tmpdir(), 'pgr-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless: true,
    args: extensionArgs(extension, port),
  });
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, close };
}

/** Resolves once every mark in `names` is in the page's timeline (a string: see below). */
const marksSeen = (names: readonly string[]) => `new Promise((resolve, reject) => {
  const seen = () => ${JSON.stringify(names)}.every((n) => performance.getEntriesByName(n).length > 0);
  if (seen()) return resolve(true);
  const observer = new PerformanceObserver(() => {
    if (seen()) { observer.disconnect(); resolve(true); }
  });
  observer.observe({ type: 'mark', buffered: true });
  setTimeout(() => reject(new Error('marks ${names.join(', ')} not all seen within 20 s')), 20000);
})`;

/**
 * Each mark's time after pgr:start. A string, not a function: tsx wraps inner functions in a
 * helper the page lacks.
 */
const readMarks = `(() => {
  const start = performance.getEntriesByName('pgr:start')[0].startTime;
  const out = {};
  for (const n of ${JSON.stringify(MARKS)}) {
    const e = performance.getEntriesByName(n)[0];
    out[n] = e ? e.startTime - start : NaN;
  }
  return out;
})()`;

/** The tab each browser keeps for the "open tab" loads. */
const openTabs = new Map<BrowserContext, Page>();
let loads = 0;

/** Opens the page and reads the content script's marks, relative to its start. */
async function loadOnce(context: BrowserContext, url: string, scenario: Scenario): Promise<Row> {
  const reuse = scenario === 'open tab';
  const page = (reuse && openTabs.get(context)) || (await context.newPage());
  if (reuse) openTabs.set(context, page);
  // Another address each time: the same address again would be a reload.
  await page.goto(reuse ? `${url}?load=${++loads}` : url, { waitUntil: 'commit' });
  // Waits for the marks without polling: a polling wait (requestAnimationFrame) would make the
  // browser render frames during the very load being measured.
  await page.evaluate(marksSeen(['pgr:painted', 'pgr:extracted']));
  const row = (await page.evaluate(readMarks)) as Row;
  await page.evaluate(marksSeen(['pgr:reported']));
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  if (!reuse) await page.close();
  return row;
}

function summary(label: string, rows: Row[]): void {
  console.log(label);
  for (const mark of MARKS) {
    const xs = rows.map((r) => r[mark]!);
    console.log(`  start → ${mark.padEnd(14)} median ${median(xs).toFixed(1)} ms`);
  }
  if (process.env.BENCH_ROWS === '1') {
    // Each load's marks, to see which step a slow load lost its time in.
    console.log(`  loads (ms): ${MARKS.map((m) => m.slice(4)).join(' / ')}`);
    for (const r of rows) console.log(`    ${MARKS.map((m) => r[m]!.toFixed(1)).join(' / ')}`);
  }
  const painted = rows.map((r) => r['pgr:painted']!);
  console.log(
    `  start → painted: median ${median(painted).toFixed(1)} ms, p90 ${pct(painted, 0.9).toFixed(1)} ms, ` +
      `max ${Math.max(...painted).toFixed(1)} ms (goal ≤ 50 ms)`,
  );
}

/** `RUNS` rounds in which each build loads once; who goes first alternates. */
async function inTurns(load: (build: number) => Promise<Row>, perBuild: Row[][]): Promise<void> {
  for (let i = 0; i < RUNS; i++) {
    const order = i % 2 ? [...perBuild.keys()].reverse() : [...perBuild.keys()];
    for (const b of order) perBuild[b]!.push(await load(b));
  }
}

/** Load i of each build ran back to back: their difference cancels the machine's moods. */
function paired(how: string, mine: Row[], base: Row[]): void {
  const diffs = mine.map((r, i) => r['pgr:painted']! - base[i]!['pgr:painted']!);
  const faster = diffs.filter((d) => d < 0).length;
  console.log(
    `\nPaired (this build − baseline), ${how}, start → painted: median ${median(diffs).toFixed(1)} ms; ` +
      `this build faster in ${faster} of ${diffs.length} pairs`,
  );
  // The same for the screen's round trip alone (layout done → extraction's reply).
  const trip = (r: Row) => r['pgr:reply']! - r['pgr:span']!;
  const tripDiffs = mine.map((r, i) => trip(r) - trip(base[i]!));
  console.log(
    `  pgr:span → pgr:reply: this build ${median(mine.map(trip)).toFixed(1)} ms, baseline ` +
      `${median(base.map(trip)).toFixed(1)} ms, paired median ${median(tripDiffs).toFixed(1)} ms`,
  );
}

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
  const id = largestCorpusPage();
  const url = `http://www.zj.gov.cn/corpus/${id}.html`;
  const builds = [{ label: 'this build', dir: EXTENSION }];
  if (BASELINE) builds.push({ label: `baseline ${BASELINE}`, dir: join(BASELINE, 'chrome-mv3') });
  const browsers: Array<Awaited<ReturnType<typeof launch>>> = [];
  // rows[scenario][build]: one row of marks per load.
  const rows = SCENARIOS.map(() => builds.map((): Row[] => []));
  const unattached = builds.map((): Row[] => []);
  try {
    for (const build of builds) browsers.push(await launch(build.dir, server.port));
    for (const [s, scenario] of SCENARIOS.entries()) {
      // One warm-up load each (the browser's caches), then the builds take turns, load by
      // load, so that both see the same moments of a shared machine.
      for (const browser of browsers) await loadOnce(browser.context, url, scenario);
      await inTurns((b) => loadOnce(browsers[b]!.context, url, scenario), rows[s]!);
    }
    for (const browser of browsers.splice(0)) await browser.close();
    const bare: BareChromium[] = [];
    try {
      for (const build of builds) bare.push(await launchBare(build.dir, server.port));
      for (const browser of bare) await loadUnattached(browser, url);
      await inTurns((b) => loadUnattached(bare[b]!, url), unattached);
    } finally {
      for (const browser of bare) await browser.close();
    }
  } finally {
    for (const browser of browsers) await browser.close();
    await server.close();
  }
  const report = (how: string, perBuild: Row[][]) => {
    for (const [b, build] of builds.entries()) {
      summary(
        `\nPage benchmark — ${id}.html opened in ${how}, ${RUNS} loads (after one warm-up), ${build.label}`,
        perBuild[b]!,
      );
    }
    const [mine, base] = perBuild;
    if (mine && base) paired(how, mine, base);
  };
  report('a new tab (Playwright attached)', rows[0]!);
  report('an open tab (Playwright attached)', rows[1]!);
  report('a new tab with nothing attached while it loads', unattached);
  console.log(
    `  content-scripts/plan.js: ${bundle.length} bytes (${(bundle.length / 1024).toFixed(1)} KiB) minified, ` +
      `${(gzipSync(bundle).length / 1024).toFixed(1)} KiB gzipped (goal ≤ 30 KB minified)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
