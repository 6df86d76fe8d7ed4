import { describe, expect, it } from 'vitest';
import { defineMessages, pickLocale, translator } from './index';

const messages = defineMessages({
  'zh-CN': { hello: '你好,{name}', count: '{n} 项' },
  en: { hello: 'Hello, {name}', count: '{n} items' },
});

describe('translator', () => {
  it('fills placeholders in the chosen locale', () => {
    expect(translator(messages, 'en')('hello', { name: 'Ann' })).toBe('Hello, Ann');
    expect(translator(messages, 'zh-CN')('count', { n: 3 })).toBe('3 项');
  });

  it('leaves unknown placeholders visible instead of dropping them', () => {
    expect(translator(messages, 'en')('hello')).toBe('Hello, {name}');
    expect(translator(messages, 'en')('hello', { other: 1 })).toBe('Hello, {name}');
  });
});

describe('pickLocale', () => {
  it('takes the first supported language', () => {
    expect(pickLocale(['fr-FR', 'en-GB', 'zh-CN'])).toBe('en');
    expect(pickLocale(['zh-TW'])).toBe('zh-CN');
  });
  it('falls back to Chinese, the language of the pages', () => {
    expect(pickLocale(['fr'])).toBe('zh-CN');
    expect(pickLocale([])).toBe('zh-CN');
  });
});
