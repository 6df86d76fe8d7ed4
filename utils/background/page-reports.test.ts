import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { sendMessage } from '../messaging';
import { badgeText, registerPageHandlers } from './page-reports';

describe('badgeText', () => {
  it('is empty for no goals and capped at 999+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(17)).toBe('17');
    expect(badgeText(1000)).toBe('999+');
  });
});

describe('page handlers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    // The fake browser has no manifest; give it the one field the ping reads.
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'test',
      version: '9.9.9',
    });
  });

  it('answers reports with the count and the store diff, and counts them in ping', async () => {
    const off = registerPageHandlers({
      saveReport: async () => ({ since: '2021-10-09', added: ['新增A'], removed: [] }),
    });
    const page = { url: 'https://x.gov.cn/', title: 't', score: 1, textHash: '0', textLength: 0 };
    const reply = await sendMessage('page:report', { page, goals: [] });
    expect(reply).toEqual({
      count: 0,
      diff: { since: '2021-10-09', added: ['新增A'], removed: [] },
    });
    expect(await sendMessage('runtime:ping', {})).toEqual({ version: '9.9.9', reports: 1 });
    off();
  });
});

describe('FrameCounts', () => {
  it('adds up the frames of a tab and forgets a tab that reloads', async () => {
    const { FrameCounts } = await import('./page-reports');
    const counts = new FrameCounts();
    expect(counts.set(1, 0, 10)).toBe(10);
    expect(counts.set(1, 7, 5)).toBe(15);
    expect(counts.set(1, 0, 12)).toBe(17);
    expect(counts.set(2, 0, 1)).toBe(1);
    counts.forget(1);
    expect(counts.set(1, 0, 3)).toBe(3);
  });
});
