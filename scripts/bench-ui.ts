/**
 * UI benchmark: first-render times of the library page and the popup with 10,000 goals, in
 * the built extension in real Chromium (`npm run bench:ui`; build first, or set
 * WXT_OUT_DIR to a fresh build).
 *
 * - Library: 10,000 generated goals on 100 pages are imported through the library's own JSON
 *   import, then library.html is opened RUNS times.
 * - Popup: a corpus page, then a generated gov.cn page with 10,000 commitments, is loaded
 *   (the content script analyses it), then popup.html?tab=<id> is opened RUNS times.
 *
 * For each it prints, in milliseconds from navigation start: when the first data arrived
 * (the library's preview of its first screen, or the content script's state) and when the
 * first list was committed to the DOM, plus the render time alone (committed − data); for
 * the library also when all goals were loaded and listed. Goal: first list ≤ 100 ms.
 */
import { toLibraryJson } from '../utils/store/export/json';
import type { LibraryData } from '../utils/store/filter';
import type { GoalRecord, PageRecord } from '../utils/store/records';
import { launchExtension, sendFromPage, type ExtensionEnv } from '../test/e2e/harness';
import type { Page } from 'playwright-core';

const GOALS = 10_000;
const PAGES = 100;
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const KINDS = ['target', 'deadline', 'achievement'] as const;
const UNITS = ['家', '项', '%', '个', '人次', '亿元'];

/** A deterministic library of GOALS goals spread over PAGES pages. */
export function generateLibrary(): LibraryData {
  const seen = '2021-10-09T03:15:00.000Z';
  const pages: PageRecord[] = Array.from({ length: PAGES }, (_, p) => ({
    url: `https://www.bench${p}.gov.cn/plan/${p}.html`,
    rawUrl: `https://www.bench${p}.gov.cn/plan/${p}.html`,
    title: `第${p + 1}号 2021年工作目标`,
    publisher: `基准测试局${p + 1}`,
    published: '2021-10-09',
    firstSeen: seen,
    lastSeen: seen,
    score: 0.9,
    textHash: 'bench',
    textLength: 50_000,
    goalCount: GOALS / PAGES,
    changes: [],
  }));
  const goals: GoalRecord[] = Array.from({ length: GOALS }, (_, i) => {
    const kind = KINDS[i % 3]!;
    const unit = UNITS[i % UNITS.length]!;
    const value = (i * 37) % 1000;
    const quote = `第${i}项:全年新增重点监管对象${value}${unit}`;
    return {
      url: pages[i % PAGES]!.url,
      id: `g${i}`,
      kind,
      start: i * 40,
      end: i * 40 + quote.length,
      quote,
      metric: `第${i}项重点监管对象`,
      ...(kind === 'deadline' ? {} : { comparator: '=' as const, value, unit }),
      ...(kind === 'achievement'
        ? {}
        : { due: `${2021 + (i % 5)}-${String((i % 12) + 1).padStart(2, '0')}-28` }),
      ...(kind === 'achievement' ? {} : { strength: 'plan' as const }),
      section: ['一、总体目标'],
      prefix: '',
      suffix: '。',
      firstSeen: seen,
      lastSeen: seen,
    };
  });
  return { pages, goals, clips: [] };
}

interface Run {
  /** The page's script started (navigation start → here is loading the page itself). */
  start: number;
  data: number;
  rendered: number;
  rows: number;
  /** Library only: when all 10,000 goals were in the page and listed. */
  complete?: number;
}

/** Reads the marks the pages set; `data` names are tried in order (first one present wins). */
async function marks(
  page: Page,
  start: string,
  data: string[],
  rendered: string,
  complete?: string,
) {
  const last = complete ?? rendered;
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, last, {
    timeout: 60_000,
  });
  return page.evaluate(
    // No named helpers inside: tsx would wrap them in a __name() the page does not have.
    ([s, ds, r, c]): Run => ({
      start: performance.getEntriesByName(s)[0]!.startTime,
      data: Math.min(...ds.map((d) => performance.getEntriesByName(d)[0]?.startTime ?? Infinity)),
      rendered: performance.getEntriesByName(r)[0]!.startTime,
      rows: document.querySelectorAll('[data-testid="goal-row"]').length,
      ...(c ? { complete: performance.getEntriesByName(c)[0]!.startTime } : {}),
    }),
    [start, data, rendered, complete] as const,
  );
}

function summary(name: string, runs: Run[]) {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const fmt = (x: number) => x.toFixed(1).padStart(6);
  const m = (f: (r: Run) => number) => fmt(median(runs.map(f)));
  console.log(
    `${name.padEnd(8)} script start ${m((r) => r.start)} | data ${m((r) => r.data)} | first list ${m(
      (r) => r.rendered,
    )} ms after navigation start`,
  );
  console.log(
    `${''.padEnd(8)} first list ${m((r) => r.rendered - r.start)} ms after script start; render alone ${m(
      (r) => r.rendered - r.data,
    )} ms (max ${fmt(Math.max(...runs.map((r) => r.rendered - r.data)))}); rows in DOM ${runs[0]!.rows}`,
  );
  if (runs[0]!.complete !== undefined) {
    console.log(
      `${''.padEnd(8)} all ${GOALS} goals loaded and listed ${m((r) => r.complete!)} ms after navigation start`,
    );
  }
}

async function benchLibrary(env: ExtensionEnv) {
  const setup = await env.openExtensionPage('options.html');
  const started = performance.now();
  const counts = await sendFromPage(setup, 'library:import', {
    text: toLibraryJson(generateLibrary(), new Date()),
  });
  console.log(
    `imported ${counts.goals} goals on ${counts.pages} pages in ${(performance.now() - started).toFixed(0)} ms`,
  );
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const page = await env.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(env.extensionUrl('library.html'));
    runs.push(
      await marks(
        page,
        'pgr-library-start',
        ['pgr-library-preview', 'pgr-library-data'],
        'pgr-library-rendered',
        'pgr-library-complete',
      ),
    );
    await page.close();
  }
  summary('library', runs);
  await setup.close();
}

function planPage(count: number): string {
  const lines = Array.from(
    { length: count },
    (_, i) => `<p>${i + 1}. 全年新增第${i + 1}类重点企业${(i % 900) + 10}家。</p>`,
  );
  return `<!doctype html><meta charset="utf-8"><title>2022年工作目标</title><body><h1>2022年工作目标</h1>${lines.join('')}</body>`;
}

async function findTab(ext: Page, url: string): Promise<number | undefined> {
  return ext.evaluate(async (u) => {
    for (const tab of await chrome.tabs.query({})) {
      try {
        const r = await chrome.tabs.sendMessage(
          tab.id!,
          { channel: 'plan-goal-reader/v1', type: 'page:get-state', data: {} },
          { frameId: 0 },
        );
        if (r?.value?.page?.url === u && r.value.goals.length > 0) return tab.id;
      } catch {
        // no content script there
      }
    }
    return undefined;
  }, url);
}

/** The popup on one page: `path` served under `host`; `label` names the printed line. */
async function benchPopup(env: ExtensionEnv, host: string, path: string, label: string) {
  const url = env.url(host, path);
  const page = await env.context.newPage();
  await page.goto(url);
  const ext = await env.openExtensionPage('options.html');
  let tabId: number | undefined;
  for (let i = 0; i < 300 && tabId === undefined; i++) {
    tabId = await findTab(ext, url);
    if (tabId === undefined) await new Promise((r) => setTimeout(r, 500));
  }
  if (tabId === undefined)
    throw new Error('The content script did not analyse the benchmark page.');
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
    runs.push(await marks(popup, 'pgr-popup-start', ['pgr-popup-state'], 'pgr-popup-rendered'));
    await popup.close();
  }
  const goals = await popup0Count(env, tabId);
  console.log(`${label}: ${goals} goals found by the content script`);
  summary('popup', runs);
  await page.close();
}

async function popup0Count(env: ExtensionEnv, tabId: number): Promise<number> {
  const popup = await env.openExtensionPage(`popup.html?tab=${tabId}`);
  await popup.waitForSelector('.kind-option[data-kind="all"]');
  const n = Number(await popup.getAttribute('.kind-option[data-kind="all"]', 'data-count'));
  await popup.close();
  return n;
}

const env = await launchExtension();
try {
  console.log(`UI benchmark, ${RUNS} runs each, medians (Chromium, ${GOALS} goals)`);
  await benchLibrary(env);
  await benchPopup(
    env,
    'www.zj.gov.cn',
    '/corpus/zj-2020-q4-progress.html',
    'popup on a corpus page',
  );
  env.server.route('/bench/plan.html', planPage(GOALS));
  await benchPopup(env, 'www.bench.gov.cn', '/bench/plan.html', 'popup on a generated page');
} finally {
  await env.close();
}
