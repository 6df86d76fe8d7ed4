import { describe, expect, it } from 'vitest';
import { translator } from './index';
import { errorText, resolveLocale, storeMessages } from './store';
import { formatQuantity } from './store-format';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('store strings', () => {
  it('exist in both languages with the same placeholders', () => {
    for (const [key, zh] of Object.entries(storeMessages['zh-CN'])) {
      const en = storeMessages.en[key as keyof typeof storeMessages.en];
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(en), key).toEqual(placeholders(zh));
    }
  });

  it('translate store errors by their code, keeping the detail', () => {
    const t = translator(storeMessages, 'zh-CN');
    expect(
      errorText(new Error('[invalid-import] This file cannot be imported: goals[1].kind: x'), t),
    ).toBe('文件无法导入:This file cannot be imported: goals[1].kind: x');
    expect(errorText(new Error('[quota] full'), t)).toMatch(/^浏览器存储空间不足/);
    expect(errorText(new Error('boom'), t)).toBe('操作失败:boom');
  });

  it('follow the browser when the setting is auto', () => {
    expect(resolveLocale('auto', ['en-US'])).toBe('en');
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});

describe('formatQuantity', () => {
  it('formats comparators, ranges, units and large numbers per locale', () => {
    expect(formatQuantity({ comparator: '<=', value: 0.25, unit: '' }, 'zh-CN')).toBe('≤ 0.25');
    expect(formatQuantity({ comparator: '=', value: 6, valueMax: 10, unit: '人' }, 'zh-CN')).toBe(
      '6–10人',
    );
    expect(formatQuantity({ comparator: '=', value: 330_000_000, unit: '元' }, 'zh-CN')).toBe(
      '3.3亿元',
    );
    expect(formatQuantity({ comparator: '>', value: 682_000, unit: '户' }, 'en')).toBe('> 682K户');
    expect(formatQuantity({ value: undefined }, 'en')).toBe('');
  });
});
