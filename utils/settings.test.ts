import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  normalizeSettings,
  updateSettings,
  watchSettings,
} from './settings';

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts from the defaults', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs damaged records field by field', () => {
    const s = normalizeSettings({
      detection: 'yes',
      autoSites: ['gov.cn', 3, ''],
      colors: { target: '#000' },
      locale: 'fr',
    });
    expect(s.detection).toBe(true);
    expect(s.autoSites).toEqual(['gov.cn']);
    expect(s.colors.target).toBe('#000');
    expect(s.colors.deadline).toBe(DEFAULT_SETTINGS.colors.deadline);
    expect(s.locale).toBe('auto');
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
  });

  it('persists updates and notifies watchers', async () => {
    const seen: boolean[] = [];
    const off = watchSettings((s) => seen.push(s.detection));
    await updateSettings({ detection: false });
    expect((await getSettings()).detection).toBe(false);
    await expect.poll(() => seen).toEqual([false]);
    off();
  });
});
