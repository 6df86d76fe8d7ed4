/**
 * Property tests: the extractor never throws, on any string, and every item it returns quotes
 * exactly its own span. Random Unicode (lone surrogates, emoji, control characters), random mixes
 * of plan vocabulary, and 1 MB adversarial inputs (digits, no punctuation, open quotes …).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adversarialInputs } from '../../scripts/lib/adversarial';
import { runPipeline } from './index';
import { COMPARATORS, GOAL_KINDS, STRENGTHS } from './types';
import type { ExtractContext, Goal } from './types';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Every way `g` breaks the contract for `text` (plain checks: 1 MB inputs give 200k items). */
function violations(text: string, g: Goal): string[] {
  const out: string[] = [];
  const bad = (what: string) => out.push(`${what}: ${JSON.stringify(g).slice(0, 200)}`);
  if (!Number.isInteger(g.start) || !Number.isInteger(g.end)) bad('offsets not integers');
  if (g.start < 0 || g.end > text.length || g.end <= g.start) bad('offsets out of range');
  if (g.quote !== text.slice(g.start, g.end)) bad('quote is not text.slice(start, end)');
  if (!GOAL_KINDS.includes(g.kind)) bad('kind');
  if (g.comparator !== undefined && !COMPARATORS.includes(g.comparator)) bad('comparator');
  if (g.strength !== undefined && !STRENGTHS.includes(g.strength)) bad('strength');
  if (g.value !== undefined && !Number.isFinite(g.value)) bad('value not finite');
  if (g.due !== undefined) {
    const valid = ISO_DAY.test(g.due) && !Number.isNaN(Date.parse(`${g.due}T00:00:00Z`));
    const roundTrip = valid && new Date(`${g.due}T00:00:00Z`).toISOString().startsWith(g.due);
    if (!roundTrip) bad('due is not a real day');
  }
  if (g.kind === 'achievement' && (g.due ?? g.strength) !== undefined) bad('achievement with due');
  if (!Array.isArray(g.section)) bad('section');
  return out;
}

/** Checks every invariant of the contract on the items of `text`, with one assertion. */
function checkItems(text: string, goals: Goal[]): void {
  const problems = goals.flatMap((g) => violations(text, g));
  const ids = new Set(goals.map((g) => g.id));
  if (ids.size !== goals.length) problems.push(`${goals.length - ids.size} duplicate ids`);
  expect(problems.slice(0, 5)).toEqual([]);
}

// Pieces of plan text, markup and hostile characters, so random strings hit real code paths.
const PIECES = [
  '达到',
  '不少于',
  '以上',
  '以内',
  '控制在',
  '力争',
  '确保',
  '全覆盖',
  '零事故',
  '翻一番',
  '到2025年',
  '6月底前',
  '“十四五”期间',
  '万分之三',
  '10/百万人口',
  '6-10人',
  '30余万批次',
  '一是',
  '(一)',
  '1.',
  '①',
  '——',
  '\n',
  '。',
  ',',
  ';',
  ':',
  '、',
  '“',
  '”',
  '《',
  '》',
  '100%',
  '５０％',
  '1.4万余家',
  '三千万',
  '第四届',
  '〔2021〕25号',
  '年底前建成',
  '完成',
  '\uD800',
  '\uDC00',
  '😀',
  '\u0000',
  '\u202E',
  '\uFEFF',
  ' ',
  '\u3000',
  '0',
  '9',
  '.',
  '-',
];

const contexts: fc.Arbitrary<ExtractContext> = fc.record(
  {
    title: fc.oneof(fc.string(), fc.constantFrom('2021年工作目标', '完成情况', '“十四五”规划')),
    published: fc.oneof(fc.string(), fc.constantFrom('2021-10-09', '1999-02-30', '')),
  },
  { requiredKeys: [] },
);

describe('never throws, and items quote their own spans', () => {
  it('on random Unicode, lone surrogates included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), contexts, (text, context) => {
        checkItems(text, runPipeline(text, context));
      }),
      { numRuns: 300 },
    );
  }, 30_000);

  it('on random mixes of plan vocabulary and hostile characters', () => {
    const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((a) => a.join(''));
    fc.assert(
      fc.property(texts, contexts, (text, context) => {
        const goals = runPipeline(text, context);
        checkItems(text, goals);
        // Deterministic: the same input gives the same items, ids included.
        expect(runPipeline(text, context)).toEqual(goals);
      }),
      { numRuns: 500 },
    );
  }, 30_000);

  it('on odd arguments', () => {
    expect(runPipeline('', {})).toEqual([]);
    expect(runPipeline(undefined as unknown as string)).toEqual([]);
    expect(runPipeline('达到100%', null as unknown as ExtractContext)).toHaveLength(1);
  });

  // The two named cases at full size; the other hostile shapes at 128 KB each (the bench
  // script's robustness section runs all of them at 1 MB).
  const full = new Set(['digits', 'no punctuation']);
  it.each(
    adversarialInputs()
      .filter((a) => full.has(a.name))
      .concat(adversarialInputs(1 << 17).filter((a) => !full.has(a.name)))
      .map((a) => [a.name, a.text.length, a.text] as const),
  )(
    'on %s (%d characters)',
    (_name, _length, text) => {
      checkItems(text, runPipeline(text, { title: '2021年工作计划', published: '2021-01-01' }));
    },
    60_000,
  );

  it('1 MB inputs are really 1 MB', () => {
    for (const a of adversarialInputs()) expect(a.text.length).toBe(1 << 20);
  });
});
