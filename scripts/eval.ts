/**
 * `npm run eval [-- --corpus DIR --gold DIR --json --verbose]`: scores the extractor against the
 * gold exactly as the guide's Scoring section says — per document and overall precision,
 * recall, F1, F1 ignoring kind, value/unit/comparator/due accuracy, and F1 per kind. Defaults
 * to the fixtures copied from ../shared (test/fixtures/corpus and test/fixtures/gold).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchItems } from '../utils/extract/score';
import type { Scores } from '../utils/extract/score';
import type { DocumentResult } from './lib/evaluate';
import { DEFAULT_CORPUS, DEFAULT_GOLD, evaluate } from './lib/evaluate';
import { clip, fmt, table } from './lib/report';

const KINDS = ['target', 'deadline', 'achievement'];
const FIELDS = ['value', 'unit', 'comparator', 'due'] as const;

function row(name: string, s: Scores): string[] {
  return [
    name,
    fmt(s.precision),
    fmt(s.recall),
    fmt(s.f1),
    fmt(s.f1AnyKind),
    fmt(s.valueAccuracy),
    fmt(s.unitAccuracy),
    fmt(s.comparatorAccuracy),
    fmt(s.dueAccuracy),
    ...KINDS.map((k) => (s.perKind[k] ? fmt(s.perKind[k].f1) : '-')),
  ];
}

/** Lists the unmatched predictions (FP), gold items (FN) and fields that differ (≠) of one document. */
function misses(d: DocumentResult): string[] {
  const pairs = matchItems(d.predicted, d.gold, true);
  const p = new Set(pairs.map(([i]) => i));
  const g = new Set(pairs.map(([, j]) => j));
  const lines: string[] = [];
  d.predicted.forEach((x, i) => {
    if (!p.has(i)) lines.push(`  FP ${x.kind} ${x.start}-${x.end} ${clip(x.quote, 60)}`);
  });
  d.gold.forEach((x, j) => {
    if (!g.has(j)) lines.push(`  FN ${x.kind} ${x.start}-${x.end} ${clip(x.quote, 60)}`);
  });
  // Matched items whose fields differ: gold value first, then the prediction's.
  for (const [i, j] of pairs) {
    const x = d.predicted[i];
    const y = d.gold[j];
    if (!x || !y) continue;
    const wrong = FIELDS.filter((f) => (f === 'due' ? y.due !== undefined : true))
      .filter((f) =>
        f === 'value'
          ? y.value !== undefined &&
            Math.abs((x.value ?? NaN) - y.value) > 1e-6 * Math.abs(y.value || 1)
          : (x[f] ?? '') !== (y[f] ?? ''),
      )
      .map((f) => `${f} ${String(y[f] ?? '∅')} ≠ ${String(x[f] ?? '∅')}`);
    if (wrong.length > 0)
      lines.push(`  ≠  ${y.start}-${y.end} ${clip(y.quote, 40)}: ${wrong.join(', ')}`);
  }
  return lines;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', default: DEFAULT_CORPUS },
      gold: { type: 'string', default: DEFAULT_GOLD },
      json: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
    },
  });
  for (const dir of [values.corpus, values.gold]) {
    if (!existsSync(dir)) throw new Error(`No such folder: ${dir}`);
  }
  const ev = evaluate(values.corpus, values.gold);
  if (ev.documents.length === 0)
    throw new Error(`No document of ${values.corpus} has gold in ${values.gold}`);
  if (values.json) {
    const documents = ev.documents.map((d) => ({ id: d.id, counts: d.counts, scores: d.scores }));
    console.log(JSON.stringify({ documents, overall: ev.overall, counts: ev.counts }, null, 2));
    return;
  }
  const header = ['document', 'P', 'R', 'F1', 'F1 any kind', 'value', 'unit', 'cmp', 'due'];
  header.push(...KINDS.map((k) => `F1 ${k}`));
  const rows = ev.documents.map((d) => row(d.id, d.scores));
  rows.push(row('overall', ev.overall));
  console.log(
    table(
      header,
      rows,
      header.map((_, i) => i > 0),
    ),
  );
  const c = ev.counts;
  console.log(`\n${c.gold} gold items, ${c.predicted} predicted, ${c.matched} matched.`);
  if (values.verbose) {
    for (const d of ev.documents) console.log(`\n${d.id}\n${misses(d).join('\n') || '  (none)'}`);
  }
}

try {
  main();
} catch (error) {
  console.error(`eval: ${(error as Error).message}`);
  process.exitCode = 1;
}
