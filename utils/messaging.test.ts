import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isExtensionPage, onMessage, sendMessage } from './messaging';

describe('typed messaging', () => {
  beforeEach(() => fakeBrowser.reset());

  it('delivers the request and resolves with the handler value', async () => {
    onMessage('page:report', ({ goals, page }) => ({ count: goals.length + page.title.length }));
    const reply = await sendMessage('page:report', {
      page: {
        url: 'https://www.example.gov.cn/a',
        title: 'ab',
        score: 0.5,
        textHash: '0',
        textLength: 0,
      },
      goals: [],
    });
    expect(reply).toEqual({ count: 2 });
  });

  it('rejects with the handler error message', async () => {
    onMessage('runtime:ping', () => {
      throw new Error('database closed');
    });
    await expect(sendMessage('runtime:ping', {})).rejects.toThrow('database closed');
  });

  it('answers only the registered type and stops after removal', async () => {
    const off = onMessage('runtime:ping', async () => ({ version: '1', reports: 7 }));
    await expect(sendMessage('runtime:ping', {})).resolves.toEqual({ version: '1', reports: 7 });
    off();
    await expect(sendMessage('runtime:ping', {})).rejects.toThrow(/runtime:ping/);
  });
});

describe('isExtensionPage', () => {
  it('accepts our own pages and refuses content scripts and other extensions', () => {
    const own = fakeBrowser.runtime.getURL('/library.html');
    expect(isExtensionPage({ id: fakeBrowser.runtime.id, url: own })).toBe(true);
    expect(
      isExtensionPage({
        id: fakeBrowser.runtime.id,
        url: 'https://www.gov.cn/',
        tab: { id: 1 } as never,
      }),
    ).toBe(false);
    expect(isExtensionPage({ id: 'someone-else', url: own })).toBe(false);
  });
});
