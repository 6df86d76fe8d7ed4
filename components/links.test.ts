import { describe, expect, it } from 'vitest';
import { quoteHref, safeHref } from './links';

describe('links from page data', () => {
  it('keeps only http(s) addresses', () => {
    expect(safeHref('https://www.zj.gov.cn/a.html')).toBe('https://www.zj.gov.cn/a.html');
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<b>x</b>')).toBeUndefined();
    expect(safeHref('not a url')).toBeUndefined();
  });

  it('opens a page at a quote with a text fragment that decodes back to the quote', () => {
    const quote = '确保特种设备万台事故率控制在0.25以内';
    const href = quoteHref('https://www.zj.gov.cn/art/1.html', quote)!;
    expect(href.startsWith('https://www.zj.gov.cn/art/1.html#:~:text=')).toBe(true);
    expect(decodeURIComponent(href.split(':~:text=')[1]!)).toBe(quote);
  });

  it('escapes the characters the directive reserves and keeps an existing fragment', () => {
    const href = quoteHref('http://a.gov.cn/p.html#sec2', '6-10人, A&B  考核')!;
    const directive = href.split(':~:text=')[1]!;
    expect(directive).not.toMatch(/[-,&]/);
    expect(decodeURIComponent(directive)).toBe('6-10人, A&B 考核');
    expect(href.startsWith('http://a.gov.cn/p.html#sec2:~:text=')).toBe(true);
    // A fragment that already holds a directive is replaced, not stacked.
    expect(quoteHref('http://a.gov.cn/p.html#:~:text=old', '新')).toBe(
      `http://a.gov.cn/p.html#:~:text=${encodeURIComponent('新')}`,
    );
  });

  it('gives no link for unsafe addresses and the bare page for an empty quote', () => {
    expect(quoteHref('javascript:alert(1)', '零事故')).toBeUndefined();
    expect(quoteHref('https://a.gov.cn/', '  ')).toBe('https://a.gov.cn/');
  });
});
