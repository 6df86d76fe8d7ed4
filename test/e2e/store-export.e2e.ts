/**
 * Exports and imports in real Chromium: after visiting a corpus page and clipping a sentence,
 * each export downloaded from the library page parses and contains the saved items; the JSON
 * export re-imports into an emptied library; a damaged file changes nothing; clearing needs a
 * confirmation; the options page warns about low-contrast colours and switches language.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../utils/store/export/csv';
import { launchExtension, sendFromPage, type ExtensionEnv } from './harness';
import { downloadText, waitStored } from './store-helpers';

describe('exports and data management', () => {
  let env: ExtensionEnv;
  let lib: Page;
  let quotes: string[];
  const pageUrl = () => env.url('www.zj.gov.cn', '/corpus/zj-2021-goals.html');
  const clipText = '全力做好亚运会筹办工作';

  beforeAll(async () => {
    env = await launchExtension();
    const page = await env.context.newPage();
    await page.goto(pageUrl());
    lib = await env.openExtensionPage('library.html');
    const view = await waitStored(lib, pageUrl());
    quotes = view.goals.map((g) => g.quote);
    await sendFromPage(lib, 'clip:save', {
      url: pageUrl(),
      title: view.page!.title,
      exact: clipText,
      prefix: '',
      suffix: '',
      start: 0,
      end: clipText.length,
      note: '核对, "引号"',
      tags: ['亚运'],
    });
    await page.close();
    await lib.reload();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('downloads CSV with a BOM, one row per goal and clip', async () => {
    await lib.selectOption('select[name="scope"]', 'all');
    const { name, text } = await downloadText(lib, 'button[data-format="csv"]');
    expect(name).toMatch(/^plan-goals-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = parseCsv(text);
    expect(rows).toHaveLength(quotes.length + 1);
    const quoteCol = header!.indexOf('quote');
    expect(rows.map((r) => r[quoteCol]).sort()).toEqual([...quotes, clipText].sort());
    expect(rows.find((r) => r[0] === 'clip')![header!.indexOf('note')]).toBe('核对, "引号"');
  });

  it('downloads Markdown that cites every quote', async () => {
    const { text } = await downloadText(lib, 'button[data-format="markdown"]');
    const blocks = text.split(/\n(?=> )/).slice(1);
    expect(blocks).toHaveLength(quotes.length + 1);
    for (const block of blocks) {
      expect(block).toContain('《2021年工作目标》');
      expect(block).toContain('2021-10-09');
      expect(block).toContain(`<${pageUrl()}>`);
    }
  });

  it('downloads W3C Web Annotations with quote and position selectors', async () => {
    const { text } = await downloadText(lib, 'button[data-format="jsonld"]');
    const doc = JSON.parse(text);
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    const items = doc.first.items as {
      type: string;
      target: { source: string; selector: { type: string; exact?: string }[] };
    }[];
    expect(items).toHaveLength(quotes.length + 1);
    for (const item of items) {
      expect(item.type).toBe('Annotation');
      expect(item.target.source).toBe(pageUrl());
      expect(item.target.selector.map((s) => s.type)).toEqual([
        'TextQuoteSelector',
        'TextPositionSelector',
      ]);
    }
    expect(items.map((i) => i.target.selector[0]!.exact).sort()).toEqual(
      [...quotes, clipText].sort(),
    );
  });

  it('downloads JSON that re-imports into an emptied library', async () => {
    const { text } = await downloadText(lib, 'button[data-format="json"]');
    const before = await sendFromPage(lib, 'library:query', {});
    expect(JSON.parse(text).goals).toHaveLength(quotes.length);
    const options = await env.openExtensionPage('options.html');
    await options.click('[data-testid="ask"]');
    expect(await sendFromPage(options, 'library:query', {}).then((d) => d.goals.length)).toBe(
      quotes.length,
    );
    await options.click('[data-testid="confirm"]');
    await expect
      .poll(() => sendFromPage(options, 'library:query', {}).then((d) => d.goals.length))
      .toBe(0);

    const file = join(tmpdir(), `pgr-import-${Date.now()}.json`);
    writeFileSync(file, text);
    await options.setInputFiles('input[name="import"]', file);
    await expect
      .poll(() => options.textContent('[data-testid="message"]'))
      .toContain('已导入 1 个页面');
    const after = await sendFromPage(options, 'library:query', {});
    expect(after).toEqual(before);
    await options.close();
  });

  it('refuses a damaged import with a clear message and changes nothing', async () => {
    const options = await env.openExtensionPage('options.html');
    const before = await sendFromPage(options, 'library:query', {});
    const file = join(tmpdir(), `pgr-bad-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify({
        format: 'plan-goal-reader/library',
        version: 1,
        pages: [{ url: 'javascript:alert(1)' }],
        goals: [],
      }),
    );
    await options.setInputFiles('input[name="import"]', file);
    await expect
      .poll(() => options.textContent('[data-testid="message"]'))
      .toMatch(/导入失败,资料库未改动:文件无法导入:.*pages\[0\]\.url/);
    expect(await sendFromPage(options, 'library:query', {})).toEqual(before);
    await options.close();
  });

  it('warns about a highlight colour black text cannot be read on, and switches language', async () => {
    const options = await env.openExtensionPage('options.html');
    expect(await options.getAttribute('[data-testid="contrast-target"]', 'role')).toBeNull();
    await options.locator('input[name="color-target"]').fill('#333333');
    await expect
      .poll(() => options.getAttribute('[data-testid="contrast-target"]', 'role'))
      .toBe('alert');
    expect(await options.textContent('[data-testid="contrast-target"]')).toContain('低于 4.5:1');
    await options.selectOption('select[name="locale"]', 'en');
    await expect.poll(() => options.textContent('h1')).toBe('Settings');
    // The setting reaches the other pages.
    const other = await env.openExtensionPage('library.html');
    await expect.poll(() => other.textContent('h1')).toBe('Library');
    await other.close();
    await options.close();
  });
});
