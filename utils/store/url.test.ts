import { describe, expect, it } from 'vitest';
import { isTrackingParam, normalizeUrl, sameUrl, siteOf } from './url';

describe('normalizeUrl', () => {
  it('drops the fragment and tracking parameters and lower-cases the host', () => {
    expect(
      normalizeUrl('HTTPS://WWW.ZJ.GOV.CN/art/2021/3/1/art_1.html?utm_source=wx&spm=a.b#part2'),
    ).toBe('https://www.zj.gov.cn/art/2021/3/1/art_1.html');
  });

  it('keeps meaningful parameters, sorted', () => {
    expect(normalizeUrl('http://x.gov.cn/list.jsp?page=2&id=9&from=timeline&fbclid=1')).toBe(
      'http://x.gov.cn/list.jsp?id=9&page=2',
    );
    expect(normalizeUrl('http://x.gov.cn/a?b=2&a=1')).toBe(
      normalizeUrl('http://x.gov.cn/a?a=1&b=2'),
    );
  });

  it('keeps repeated parameters in value order', () => {
    expect(normalizeUrl('http://x.gov.cn/a?t=b&t=a')).toBe('http://x.gov.cn/a?t=a&t=b');
  });

  it('rejects text that is not an absolute URL', () => {
    expect(() => normalizeUrl('not a url')).toThrow(TypeError);
    expect(() => normalizeUrl('/relative/path')).toThrow(TypeError);
  });

  it('recognises utm_* in any case', () => {
    expect(isTrackingParam('UTM_Campaign')).toBe(true);
    expect(isTrackingParam('id')).toBe(false);
  });
});

describe('sameUrl and siteOf', () => {
  it('compares normalised URLs and never throws', () => {
    expect(sameUrl('http://x.gov.cn/a#b', 'http://X.gov.cn/a?utm_medium=1')).toBe(true);
    expect(sameUrl('http://x.gov.cn/a', 'http://x.gov.cn/b')).toBe(false);
    expect(sameUrl('garbage', 'garbage')).toBe(false);
    expect(sameUrl(undefined, 'http://x.gov.cn/')).toBe(false);
  });

  it('gives the host without www', () => {
    expect(siteOf('https://www.zj.gov.cn/a')).toBe('zj.gov.cn');
    expect(siteOf('nonsense')).toBe('');
  });
});
