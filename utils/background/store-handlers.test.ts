import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../messaging';
import type { LibraryDB } from '../store/schema';
import { freshLibrary, goal, report } from '../store/testing';
import { clipHandlers, reportSaver } from './store-handlers';

const PAGE = 'https://www.zj.gov.cn/art/2021/3/1/art_1.html';
const clipOn = (url: string) => ({
  url,
  title: 't',
  exact: '确保零事故',
  prefix: '',
  suffix: '',
  start: 0,
  end: 5,
});

describe('store access control', () => {
  let db: LibraryDB;
  let handlers: ReturnType<typeof clipHandlers>;
  const extensionPage = (): MessageSender => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/library.html'),
  });
  const contentScript = (url: string): MessageSender => ({
    id: fakeBrowser.runtime.id,
    url,
    tab: { id: 3, url } as never,
    frameId: 0,
  });

  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshLibrary();
    handlers = clipHandlers({ db: async () => db });
  });

  it('lets a content script save and list clips of its own page only', async () => {
    const own = contentScript(`${PAGE}#part`);
    const { id } = await handlers['clip:save'](clipOn(PAGE), own);
    expect((await handlers['clip:list-for-url']({ url: PAGE }, own)).map((c) => c.id)).toEqual([
      id,
    ]);
    const other = 'https://evil.example.test/';
    await expect(handlers['clip:save'](clipOn(other), own)).rejects.toThrow(/\[forbidden\]/);
    await expect(
      handlers['clip:list-for-url']({ url: PAGE }, contentScript(other)),
    ).rejects.toThrow(/\[forbidden\]/);
    await expect(
      handlers['clip:anchor-report'](
        { url: PAGE, results: [{ id, status: 'orphaned' }] },
        contentScript(other),
      ),
    ).rejects.toThrow(/\[forbidden\]/);
  });

  it('keeps the library view for extension pages', async () => {
    await handlers['clip:save'](clipOn(PAGE), extensionPage());
    const view = await handlers['library:page']({ url: PAGE }, extensionPage());
    expect(view.clips).toHaveLength(1);
    await expect(handlers['library:page']({ url: PAGE }, contentScript(PAGE))).rejects.toThrow(
      /\[forbidden\]/,
    );
  });

  it('stores a report only for the page that sent it', async () => {
    const save = reportSaver({ db: async () => db });
    await expect(
      save(report('https://www.gov.cn/other', [goal('A达到1家')]), contentScript(PAGE)),
    ).rejects.toThrow(/\[forbidden\]/);
    await save(report(PAGE, [goal('A达到1家')]), contentScript(PAGE));
    expect((await handlers['library:page']({ url: PAGE }, extensionPage())).goals).toHaveLength(1);
  });
});
