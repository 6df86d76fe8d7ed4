/**
 * The segmenter is injected, never required: with one, metrics are trimmed at word boundaries;
 * without one (or with one that fails) every item is still returned.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSegmentit } from '../../scripts/lib/segmenters';
import { runPipeline } from './index';
import type { Goal, Segmenter } from './types';

const TEXT =
  '建设有利于企业诚信守法的市场环境。发展专利示范企业15家,配齐执法监管人员100名,建成9个基层食品药品安全监管机构,新建、改扩建公办幼儿园30所。';

const essentials = (goals: Goal[]) => goals.map((g) => [g.kind, g.start, g.end, g.value, g.unit]);

describe('segmenter injection', () => {
  it('trims a leading action verb only where the segmenter puts a word boundary', () => {
    const calls: string[] = [];
    const segmenter: Segmenter = (t) => {
      calls.push(t);
      return t.startsWith('发展专利') ? ['发展', '专利', '示范', '企业'] : [t];
    };
    const goals = runPipeline(TEXT, {}, { segmenter });
    expect(goals.find((g) => g.value === 15)?.metric).toBe('专利示范企业');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.length).toBeLessThan(goals.length + 1); // only metrics that start like a verb
  });

  it('keeps every item when the segmenter throws', () => {
    const failing: Segmenter = () => {
      throw new Error('segmenter down');
    };
    expect(essentials(runPipeline(TEXT, {}, { segmenter: failing }))).toEqual(
      essentials(runPipeline(TEXT)),
    );
    expect(runPipeline(TEXT, {}, { segmenter: failing })).toHaveLength(4);
  });

  it('with real segmentit, finds the same items and trims metrics to noun phrases', async () => {
    const { segmenter } = await loadSegmentit();
    const withWords = runPipeline(TEXT, {}, { segmenter });
    expect(essentials(withWords)).toEqual(essentials(runPipeline(TEXT)));
    expect(withWords.find((g) => g.value === 15)?.metric).toBe('专利示范企业');
    expect(withWords.find((g) => g.value === 30)?.metric).toBe('新建、改扩建公办幼儿园');
  }, 20_000);

  it('utils/extract never imports segmentit (it must stay out of the content script)', () => {
    const dir = __dirname;
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    expect(sources.length).toBeGreaterThan(10);
    for (const file of sources) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect([file, /from\s+['"]segmentit|import\(\s*['"]segmentit/.test(code)]).toEqual([
        file,
        false,
      ]);
    }
  });
});
