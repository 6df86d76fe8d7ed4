import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings';
import { grantedPatterns, isBuiltInSite, sitePatterns } from './page-sites';

describe('auto sites', () => {
  const settings = { ...DEFAULT_SETTINGS, autoSites: ['gov.cn', 'example.org', 'plans.test'] };
  const granted = new Set(sitePatterns('example.org'));
  const contains = async (origins: string[]) => origins.every((o) => granted.has(o));

  it('registers only the granted sites beyond gov.cn', async () => {
    expect(await grantedPatterns(settings, contains)).toEqual([
      '*://example.org/*',
      '*://*.example.org/*',
    ]);
    expect(isBuiltInSite('www.gov.cn')).toBe(true);
    expect(isBuiltInSite('example.org')).toBe(false);
  });

  it('registers nothing while detection is off', async () => {
    expect(await grantedPatterns({ ...settings, detection: false }, contains)).toEqual([]);
  });
});
