/**
 * `npm run extract -- [--format jsonl|table] [--title T] [--published YYYY-MM-DD]
 *  [--segmenter segmentit|intl|none] FILE...`
 *
 * Prints the goal items of each file. `jsonl`: one item per line with the guide's field names
 * (plus `id`, `section`, and `file` when several files are given). `table`: an aligned view for
 * people. `--title`/`--published` override what the file's metadata says.
 */
import { parseArgs } from 'node:util';
import { extractGoals } from '../utils/extract/index';
import type { Goal } from '../utils/extract/types';
import type { LoadedDocument } from './lib/read-document';
import { readDocument } from './lib/read-document';
import { clip, table } from './lib/report';
import { segmenterNamed } from './lib/segmenters';

const FIELDS = [
  'kind',
  'start',
  'end',
  'quote',
  'metric',
  'comparator',
  'value',
  'valueMax',
  'unit',
  'due',
  'strength',
  'section',
  'id',
] as const;

function jsonLine(goal: Goal, file?: string): string {
  const out: Record<string, unknown> = file === undefined ? {} : { file };
  for (const field of FIELDS) if (goal[field] !== undefined) out[field] = goal[field];
  return JSON.stringify(out);
}

function valueText(g: Goal): string {
  if (g.value === undefined) return '';
  const range = g.valueMax !== undefined ? `${g.value}-${g.valueMax}` : String(g.value);
  return `${g.comparator ?? ''} ${range}${g.unit ?? ''}`.trim();
}

function tableOf(doc: LoadedDocument, goals: Goal[]): string {
  const rows = goals.map((g) => [
    String(g.start),
    g.kind,
    valueText(g),
    g.due ?? '',
    g.strength ?? '',
    clip(g.quote, 48),
    clip(g.section[g.section.length - 1] ?? '', 20),
  ]);
  const header = ['start', 'kind', 'value', 'due', 'strength', 'quote', 'section'];
  const title = doc.context.title ? ` — ${doc.context.title}` : '';
  const when = doc.context.published ? ` (${doc.context.published})` : '';
  return `${doc.path}${title}${when}: ${goals.length} items\n${table(header, rows, [true])}\n`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'jsonl' },
      title: { type: 'string' },
      published: { type: 'string' },
      segmenter: { type: 'string', default: 'segmentit' },
    },
  });
  if (positionals.length === 0) throw new Error('no FILE given (a .txt or .html)');
  if (values.format !== 'jsonl' && values.format !== 'table') {
    throw new Error(`--format must be jsonl or table, not "${values.format}"`);
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    throw new Error(`--published must be YYYY-MM-DD, not "${values.published}"`);
  }
  const docs = positionals.map(readDocument);
  const segmenter = await segmenterNamed(values.segmenter);
  for (const doc of docs) {
    const context = { ...doc.context };
    if (values.title !== undefined) context.title = values.title;
    if (values.published !== undefined) context.published = values.published;
    const goals = extractGoals(doc.text, context, segmenter ? { segmenter } : {});
    if (values.format === 'table') console.log(tableOf({ ...doc, context }, goals));
    else for (const g of goals) console.log(jsonLine(g, docs.length > 1 ? doc.path : undefined));
  }
}

main().catch((error: unknown) => {
  console.error(`extract: ${(error as Error).message}`);
  process.exitCode = 1;
});
