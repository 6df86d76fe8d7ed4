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

const fmtRate = (chars: number, ms: number): string =>
  `${Math.round((chars / ms) * 1000).toLocaleString('en-US')} chars/s`;

function main(): Promise<void> | void {
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
  const minChars = Number(values['min-chars']);
  // The benchmark text: the corpus pages, repeated until it reaches the size (each copy is a
  // separate page, extracted with its own context, as the extension would see it).
  const pages: typeof docs = [];
  let total = 0;
  while (total < minChars) {
    for (const d of docs) {
      pages.push(d);
      total += d.text.length;
    }
  }
  return run(pages, total, Number(values.runs), Number(values['segmentit-runs']), docs);
}

async function run(
  pages: ReturnType<typeof readCorpus>,
  total: number,
  runs: number,
  segRuns: number,
  docs: ReturnType<typeof readCorpus>,
): Promise<void> {
  console.log(`Corpus text: ${pages.length} pages, ${total.toLocaleString('en-US')} characters\n`);
  const extractAll = () => {
    for (const p of pages) extractGoals(p.text, p.context);
  };
  for (let i = 0; i < 3; i++) extractAll(); // warm-up: JIT and regex compilation
  const extractMs = median(Array.from({ length: runs }, () => time(extractAll)));
  console.log(
    `extractGoals (warm, median of ${runs}): ${extractMs.toFixed(1)} ms, ${fmtRate(total, extractMs)}`,
  );

  const { segmenter, initMs } = await loadSegmentit();
  const segmentAll = () => {
    for (const p of pages) segmenter(p.text);
  };
  segmentAll(); // warm-up
  const segMs = median(Array.from({ length: segRuns }, () => time(segmentAll)));
  console.log(
    `segmentit over all (warm, median of ${segRuns}): ${segMs.toFixed(1)} ms, ${fmtRate(total, segMs)} (init ${initMs.toFixed(0)} ms)`,
  );
  console.log(`ratio: extractor is ${(segMs / extractMs).toFixed(1)}x the segmentit baseline\n`);

  const largest = [...docs].sort((a, b) => b.text.length - a.text.length)[0];
  if (largest) {
    const ms = median(
      Array.from({ length: 11 }, () => time(() => extractGoals(largest.text, largest.context))),
    );
    console.log(
      `largest page alone (${largest.id}, ${largest.text.length.toLocaleString('en-US')} chars): ${ms.toFixed(2)} ms (median of 11)\n`,
    );
  }

  console.log('Robustness (1 MB adversarial inputs):');
  for (const { name, text } of adversarialInputs()) {
    let items = 0;
    const ms = time(() => {
      items = extractGoals(text, { title: '2021年工作计划', published: '2021-01-01' }).length;
    });
    console.log(`  ${name.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms  ${items} items`);
  }
}

Promise.resolve()
  .then(main)
  .catch((error: unknown) => {
    console.error(`bench: ${(error as Error).message}`);
    process.exitCode = 1;
  });
