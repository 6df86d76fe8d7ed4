import { describe, expect, it } from 'vitest';
import v1 from '../fixtures/v1.json';
import type { LibraryData } from '../filter';
import type { GoalRecord } from '../records';
import { CSV_COLUMNS, csvField, parseCsv, toCsv } from './csv';
import { exportLibrary } from './index';
import { parseLibraryJson, toLibraryJson } from './json';
import { escapeMarkdown, toMarkdown } from './markdown';
import { ANNOTATION_CONTEXT, toWebAnnotations } from './w3c';

const data = v1 as unknown as LibraryData;
const when = new Date('2021-12-01T08:00:00Z');
const tricky: GoalRecord = {
  ...(data.goals[0] as GoalRecord),
  id: 'tricky',
  quote: '数量达到"1,000"家\n(含分支机构)',
  metric: '=SUM(A1)',
  note: '逗号,引号"和换行\n都要保留',
};

describe('CSV export', () => {
  it('starts with a BOM, has one row per goal and clip, and quotes commas, quotes and newlines', () => {
    const csv = toCsv({ ...data, goals: [...data.goals, tricky] });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(1 + data.goals.length + 1 + data.clips.length);
    const col = (name: string) => CSV_COLUMNS.indexOf(name as never);
    const last = rows.find((r) => r[col('quote')]?.startsWith('数量'))!;
    expect(last[col('quote')]).toBe(tricky.quote);
    expect(last[col('note')]).toBe(tricky.note);
    expect(last[col('metric')]).toBe("'=SUM(A1)");
    expect(last[col('title')]).toBe('2021年工作目标');
    expect(last[col('url')]).toBe(tricky.url);
    const clip = rows.find((r) => r[col('type')] === 'clip')!;
    expect(clip[col('tags')]).toBe('亚运; 安全');
  });

  it('quotes only where needed', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('=', false)).toBe('=');
    expect(csvField('+86 电话', true)).toBe("'+86 电话");
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField(0.25)).toBe('0.25');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(undefined)).toBe('');
  });
});

describe('JSON export', () => {
  it('round-trips through the importer unchanged', () => {
    const text = toLibraryJson({ ...data, goals: [...data.goals, tricky] }, when);
    const back = parseLibraryJson(text);
    expect(back.pages).toEqual(data.pages);
    expect(back.goals).toEqual([...data.goals, tricky]);
    expect(back.clips).toEqual(data.clips);
    expect(JSON.parse(text)).toMatchObject({ format: 'plan-goal-reader/library', version: 1 });
  });
});

describe('Markdown export', () => {
  it('quotes each item and cites title, publisher, date and URL', () => {
    const md = toMarkdown(data, when, 'zh-CN');
    const page = data.pages[0]!;
    const citation = `— 《${page.title}》,${escapeMarkdown(page.publisher!)},${page.published},<${page.url}>`;
    for (const g of data.goals.filter((x) => x.url === page.url)) {
      expect(md).toContain(`> ${escapeMarkdown(g.quote)}`);
    }
    // Every blockquote is followed (after its detail line) by the citation of its page.
    const blocks = md.split(/\n(?=> )/).slice(1);
    expect(blocks).toHaveLength(data.goals.length + data.clips.length);
    for (const block of blocks.filter((b) => b.includes(page.url)))
      expect(block).toContain(citation);
    expect(md).toContain('2021-06-30');
  });

  it('escapes markup in page text', () => {
    expect(escapeMarkdown('1. *重点* <b>')).toBe('1\\. \\*重点\\* \\<b\\>');
    const md = toMarkdown({ ...data, goals: [{ ...tricky, quote: '# 标题\n- 列表' }] }, when, 'en');
    expect(md).toContain('> \\# 标题\n> \\- 列表');
  });
});

describe('Web Annotation export', () => {
  it('is JSON-LD with a TextQuoteSelector and a TextPositionSelector per item', () => {
    const doc = JSON.parse(toWebAnnotations(data, when, 'en'));
    expect(doc['@context']).toBe(ANNOTATION_CONTEXT);
    expect(doc.type).toBe('AnnotationCollection');
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed JSON, checked field by field below
    const items = doc.first.items as Array<Record<string, any>>;
    expect(items).toHaveLength(data.goals.length + data.clips.length);
    const first = items[0]!;
    expect(first.type).toBe('Annotation');
    expect(first.target.source).toBe(data.goals[0]!.url);
    expect(first.target.selector).toEqual([
      {
        type: 'TextQuoteSelector',
        exact: data.goals[0]!.quote,
        prefix: data.goals[0]!.prefix,
        suffix: data.goals[0]!.suffix,
      },
      { type: 'TextPositionSelector', start: data.goals[0]!.start, end: data.goals[0]!.end },
    ]);
    const fields = first.body.find((b: { format?: string }) => b.format === 'application/json');
    expect(JSON.parse(fields.value)).toMatchObject({ kind: 'target', value: 100, unit: '%' });
    const clip = items.find((i) => i.id.startsWith('urn:uuid:'))!;
    expect(clip.motivation).toBe('commenting');
    expect(clip.body[0]).toMatchObject({ purpose: 'commenting', value: '亚运会 — 明年核对' });
  });
});

describe('exportLibrary', () => {
  it('names files by date and format', () => {
    expect(exportLibrary(data, 'csv', when, 'en').filename).toMatch(
      /^plan-goals-2021-12-0\d\.csv$/,
    );
    expect(exportLibrary(data, 'jsonld', when, 'en').mime).toContain('ld+json');
    expect(exportLibrary(data, 'markdown', when, 'en').filename).toMatch(/\.md$/);
  });
});
