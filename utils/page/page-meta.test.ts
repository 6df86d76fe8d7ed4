import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { parseDate, readPageMeta } from './page-meta';
import { buildTextMap } from './text-map';

const CORPUS = join(import.meta.dirname, '..', '..', 'test', 'fixtures', 'corpus');
const IDS = ['zj-2021-goals', 'zj-2020-q4-progress', 'zengdu-14th-fyp'];

function load(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

describe('readPageMeta on the corpus pages (linkedom, no layout)', () => {
  for (const id of IDS) {
    it(`reads ${id} as its metadata file says`, () => {
      const doc = load(readFileSync(join(CORPUS, `${id}.html`), 'utf8'));
      const expected = JSON.parse(readFileSync(join(CORPUS, `${id}.json`), 'utf8')) as {
        title: string;
        publisher: string;
        published: string;
      };
      const meta = readPageMeta(doc);
      expect(meta.title).toBe(expected.title);
      expect(meta.publisher).toBe(expected.publisher);
      expect(meta.published).toBe(expected.published);
      expect(meta.metaTags).toEqual(['ArticleTitle', 'PubDate', 'ContentSource', 'ColumnName']);
      expect(meta.infoLabels).toEqual(expect.arrayContaining(['索引号', '发布机构', '公开日期']));
    });
  }

  it('leaves the hidden print copy out of the visible text', () => {
    const doc = load(readFileSync(join(CORPUS, 'zj-2021-goals.html'), 'utf8'));
    const text = buildTextMap(doc.body).text;
    expect(text).not.toContain('002482410/2021-677219');
    expect(text).toContain('确保特种设备万台事故率控制在0.25以内');
    expect(text.split('确保特种设备万台事故率控制在0.25以内').length).toBe(2);
  });
});

describe('readPageMeta without guideline tags', () => {
  it('falls back to the info block, h1 and <title>', () => {
    const doc = load(
      '<html><head><title>年度工作要点 - 某市人民政府</title></head><body>' +
        '<table><tr><td>发布机构:</td><td>某市发展改革委</td><td>成文日期:</td><td>2023年3月5日</td></tr></table>' +
        '<h1>2023年工作要点</h1><p>正文</p></body></html>',
    );
    const meta = readPageMeta(doc);
    expect(meta).toMatchObject({
      title: '2023年工作要点',
      publisher: '某市发展改革委',
      published: '2023-03-05',
      metaTags: [],
    });
    expect(meta.infoLabels).toEqual(['发布机构', '成文日期']);
  });

  it('reads labels written with the full-width colon', () => {
    const doc = load(
      '<html><head><title>工作计划</title></head><body>' +
        '<p>索引号：11330000/2023-00012　发布机构：某县市场监管局　公开日期：2023年4月2日</p>' +
        '<h1>2023年工作计划</h1><p>正文</p></body></html>',
    );
    const meta = readPageMeta(doc);
    expect(meta).toMatchObject({ publisher: '某县市场监管局', published: '2023-04-02' });
    expect(meta.infoLabels).toEqual(['索引号', '发布机构', '公开日期']);
  });

  it('reads 来源 and 发布日期 written on one line', () => {
    const doc = load(
      '<html><head><title>计划_站点</title><meta name="SiteName" content="站点"></head><body>' +
        '<div>来源: 市场监管局 发布日期: 2022-1-7 字体:[大]</div></body></html>',
    );
    expect(readPageMeta(doc)).toMatchObject({
      title: '计划',
      publisher: '市场监管局',
      published: '2022-01-07',
    });
  });

  it('says nothing it does not know', () => {
    const meta = readPageMeta(load('<html><body><p>你好</p></body></html>'));
    expect(meta.publisher).toBeUndefined();
    expect(meta.published).toBeUndefined();
    expect(meta.infoLabels).toEqual([]);
  });
});

describe('parseDate', () => {
  it('normalises the ways portals write dates', () => {
    expect(parseDate('2021- 10- 09 11: 15')).toBe('2021-10-09');
    expect(parseDate('2021年2月7日')).toBe('2021-02-07');
    expect(parseDate('2021/2/30')).toBeUndefined();
    expect(parseDate('无')).toBeUndefined();
  });
});
