/**
 * `npm run bench`: extraction throughput on at least 1 MB of corpus text (characters per
 * second, warm, median of several runs) and, in the same run on the same text, the throughput
 * of running segmentit over all of it — both printed with their ratio. Also the time for the
 * largest corpus page alone, and a robustness section: 1 MB adversarial inputs must finish.
 *
 * Options: `--corpus DIR` (default test/fixtures/corpus), `--runs N` (extractor, default 7),
 * `--segmentit-runs N` (default 3), `--min-chars N` (default 1048576).
 */
import { parseArgs } from 'node:util';
import { extractGoals } from '../utils/extract/index';
import { adversarialInputs } from './lib/adversarial';
import type { CorpusDocument } from './lib/corpus';
import { readCorpus } from './lib/corpus';
import { DEFAULT_CORPUS } from './lib/evaluate';
import { loadSegmentit } from './lib/segmenters';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

const timeRuns = (runs: number, fn: () => void): number =>
  median(Array.from({ length: runs }, () => time(fn)));

const rate = (chars: number, ms: number): string =>
  `${Math.round((chars / ms) * 1000).toLocaleString('en-US')} chars/s`;

/** The corpus pages, repeated until they hold `minChars` characters (each copy a page). */
function benchPages(docs: CorpusDocument[], minChars: number): CorpusDocument[] {
  const pages: CorpusDocument[] = [];
  for (let total = 0; total < minChars;) {
    for (const d of docs) {
      pages.push(d);
      total += d.text.length;
    }
  }
  return pages;
}

async function throughput(pages: CorpusDocument[], runs: number, segRuns: number) {
  const total = pages.reduce((n, p) => n + p.text.length, 0);
  console.log(`Corpus text: ${pages.length} pages, ${total.toLocaleString('en-US')} characters\n`);
  const extractAll = () => {
    for (const p of pages) extractGoals(p.text, p.context);
  };
  for (let i = 0; i < 3; i++) extractAll(); // warm-up: JIT and regex compilation
  const extractMs = timeRuns(runs, extractAll);
  console.log(
    `extractGoals (warm, median of ${runs}): ${extractMs.toFixed(1)} ms, ${rate(total, extractMs)}`,
  );

  const { segmenter, initMs } = await loadSegmentit();
  const segmentAll = () => {
    for (const p of pages) segmenter(p.text);
  };
  segmentAll(); // warm-up
  const segMs = timeRuns(segRuns, segmentAll);
  console.log(
    `segmentit over all (warm, median of ${segRuns}): ${segMs.toFixed(1)} ms, ${rate(total, segMs)} (init ${initMs.toFixed(0)} ms)`,
  );
  console.log(`ratio: extractor is ${(segMs / extractMs).toFixed(1)}x the segmentit baseline\n`);
}

function largestPage(docs: CorpusDocument[]): void {
  const largest = [...docs].sort((a, b) => b.text.length - a.text.length)[0];
  if (!largest) return;
  const ms = timeRuns(11, () => extractGoals(largest.text, largest.context));
  const chars = largest.text.length.toLocaleString('en-US');
  console.log(
    `largest page alone (${largest.id}, ${chars} chars): ${ms.toFixed(2)} ms (median of 11)\n`,
  );
}

/** The adversarial inputs run under a plan's title and a report's: rules that read only in one
 * genre (a report's paragraph labels, a plan's event days) are exercised too. */
const TITLES = [
  { genre: 'plan', context: { title: '2021年工作计划', published: '2021-01-01' } },
  {
    genre: 'report',
    context: { title: '2021年工作总结', published: '2022-01-10' },
  },
];

function robustness(): void {
  console.log('Robustness (1 MB adversarial inputs, under a plan title and a report title):');
  for (const { name, text } of adversarialInputs()) {
    const cells = TITLES.map(({ genre, context }) => {
      let items = 0;
      const ms = time(() => {
        items = extractGoals(text, context).length;
      });
      return `${genre} ${ms.toFixed(0).padStart(6)} ms ${String(items).padStart(6)} items`;
    });
    console.log(`  ${name.padEnd(42)} ${cells.join('   ')}`);
  }
}

function positive(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new Error(`--${name} must be a positive integer, not "${value}"`);
  return n;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      runs: { type: 'string', default: '7' },
      'segmentit-runs': { type: 'string', default: '3' },
      'min-chars': { type: 'string', default: String(1 << 20) },
    },
  });
  const docs = readCorpus(values.corpus);
  if (docs.length === 0) throw new Error(`no .txt in ${values.corpus}`);
  const pages = benchPages(docs, positive('min-chars', values['min-chars']));
  await throughput(
    pages,
    positive('runs', values.runs),
    positive('segmentit-runs', values['segmentit-runs']),
  );
  largestPage(docs);
  robustness();
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
