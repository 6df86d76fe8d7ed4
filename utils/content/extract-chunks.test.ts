import { describe, expect, it } from 'vitest';
import { extractGoals } from '../extract/index';
import type { Goal } from '../extract/types';
import { CHUNK_MAX, chunkText, createChunkedExtractor } from './extract-chunks';
import type { Slicer } from './schedule';

const slicer: Slicer = { spent: () => false, pause: async () => undefined };

/** A long text of numbered lines, each with one countable item. */
function lines(n: number, from = 0): string {
  return Array.from({ length: n }, (_, i) => `第${i + from}条:全年新增企业${i + from}家。`).join(
    '\n',
  );
}

/** A stand-in extractor: one goal per 新增…家, counting its calls. */
function countingExtract() {
  const calls: string[] = [];
  const extract = (text: string): Goal[] => {
    calls.push(text);
    return [...text.matchAll(/新增企业\d+家/g)].map((m) => ({
      id: `g${m.index}`,
      kind: 'target',
      start: m.index!,
      end: m.index! + m[0].length,
      quote: m[0],
      metric: '企业',
      section: [],
    }));
  };
  return { extract, calls };
}

describe('chunkText', () => {
  it('keeps short texts whole and cuts long ones at line breaks', () => {
    expect(chunkText('短文本')).toEqual([{ start: 0, end: 3 }]);
    const text = lines(8000);
    const chunks = chunkText(text);
    expect(chunks.length).toBeGreaterThan(3);
    expect(chunks.map((c) => text.slice(c.start, c.end)).join('')).toBe(text);
    for (const c of chunks) {
      expect(c.end - c.start).toBeLessThanOrEqual(CHUNK_MAX);
      if (c.end < text.length) expect(text[c.end - 1]).toBe('\n');
    }
  });
});

describe('chunked extraction', () => {
  it('gives offsets into the whole text and unique ids', async () => {
    const text = lines(8000);
    const { extract } = countingExtract();
    const goals = await createChunkedExtractor(extract).extract(text, {}, slicer);
    expect(goals).toHaveLength(8000);
    for (const g of goals) expect(text.slice(g.start, g.end)).toBe(g.quote);
    expect(new Set(goals.map((g) => g.id)).size).toBe(goals.length);
  });

  it('extracts again only the chunks an edit touched', async () => {
    const text = lines(8000);
    const { extract, calls } = countingExtract();
    const extractor = createChunkedExtractor(extract);
    await extractor.extract(text, {}, slicer);
    const total = extractor.lastExtracted;
    expect(total).toBe(calls.length);
    const edited = text.replace('第4000条:全年新增企业4000家。', '第4000条:全年新增企业4001家。');
    const goals = await extractor.extract(edited, {}, slicer);
    expect(extractor.lastExtracted).toBeLessThanOrEqual(2);
    expect(extractor.lastExtracted).toBeGreaterThan(0);
    expect(goals.some((g) => g.quote === '新增企业4001家')).toBe(true);
  });

  it('gives items in later chunks the headings of earlier ones (years, modes, sections)', async () => {
    const report = Array.from(
      { length: 2500 },
      (_, i) => `${i + 1}.已完成改造老旧小区${i + 1}个。`,
    );
    const plan = Array.from(
      { length: 2500 },
      (_, i) => `${i + 1}.6月底前完成改造老旧小区${i + 1}个。`,
    );
    const text = ['一、2023年工作总结', ...report, '二、2024年工作计划', ...plan].join('\n');
    expect(chunkText(text).length).toBeGreaterThan(2);
    const context = { title: '某区住建局工作总结和计划', published: '2024-01-15' };
    const chunked = await createChunkedExtractor(extractGoals).extract(text, context, slicer);
    const whole = extractGoals(text, context);
    const fields = (g: Goal) => [g.start, g.end, g.kind, g.due, g.value, g.section[0]];
    expect(chunked.map(fields)).toEqual(whole.map(fields));
    const last = chunked.at(-1);
    expect([last?.kind, last?.due, last?.section[0]]).toEqual([
      'target',
      '2024-06-30',
      '二、2024年工作计划',
    ]);
  });
});
