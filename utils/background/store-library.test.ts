import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { MessageSender } from '../messaging';
import { parseCsv } from '../store/export/csv';
import { toLibraryJson } from '../store/export/json';
import v1 from '../store/fixtures/v1.json';
import type { LibraryData } from '../store/filter';
import type { LibraryDB } from '../store/schema';
import { freshLibrary } from '../store/testing';
import { libraryHandlers } from './store-library';

const fixture = v1 as unknown as LibraryData;

describe('library handlers', () => {
  let db: LibraryDB;
  let h: ReturnType<typeof libraryHandlers>;
  const extensionPage = (): MessageSender => ({
    id: fakeBrowser.runtime.id,
    url: fakeBrowser.runtime.getURL('/library.html'),
  });
  const page = fixture.pages[0]!.url;
  const contentScript: MessageSender = {
    id: 'plan-goal-reader-test',
    url: page,
    tab: { id: 1, url: page } as never,
  };

  beforeEach(async () => {
    fakeBrowser.reset();
    db = await freshLibrary();
    h = libraryHandlers({ db: async () => db, now: () => new Date('2021-12-01T00:00:00Z') });
    await h['library:import']({ text: toLibraryJson(fixture, new Date()) }, extensionPage());
  });

  it('refuses every whole-library message from a content script, even on a stored page', async () => {
    const attempts = [
      h['library:query']({}, contentScript),
      h['library:annotate'](
        { target: { type: 'clip', id: fixture.clips[0]!.id }, note: 'x' },
        contentScript,
      ),
      h['library:delete']({ pages: [page] }, contentScript),
      h['library:clear']({ confirm: true }, contentScript),
      h['library:export']({ format: 'json', locale: 'en' }, contentScript),
      h['library:import']({ text: toLibraryJson(fixture, new Date()) }, contentScript),
    ];
    for (const attempt of attempts) await expect(attempt).rejects.toThrow(/^\[forbidden\]/);
    expect(await db.count('goals')).toBe(fixture.goals.length);
  });

  it('exports the current filter or everything', async () => {
    const all = await h['library:export']({ format: 'csv', locale: 'zh-CN' }, extensionPage());
    expect(parseCsv(all.text)).toHaveLength(1 + fixture.goals.length + fixture.clips.length);
    const some = await h['library:export'](
      { format: 'csv', locale: 'zh-CN', filter: { kinds: ['deadline'] } },
      extensionPage(),
    );
    expect(parseCsv(some.text)).toHaveLength(2);
    expect(some.filename).toBe('plan-goals-2021-12-01.csv');
  });

  it('imports nothing from a damaged file and says why', async () => {
    await h['library:clear']({ confirm: true }, extensionPage());
    const damaged = toLibraryJson(fixture, new Date()).replace('"2021-06-30"', '"June"');
    await expect(h['library:import']({ text: damaged }, extensionPage())).rejects.toThrow(
      /^\[invalid-import\] .*goals\[3\]\.due: expected a YYYY-MM-DD date/,
    );
    expect(await db.count('pages')).toBe(0);
  });

  it('needs an explicit confirmation to clear, and cleans tags', async () => {
    await expect(h['library:clear']({} as never, extensionPage())).rejects.toThrow(/confirmation/);
    const updated = await h['library:annotate'](
      { target: { type: 'goal', url: page, id: 'g1a2b3' }, tags: [' 抽查 ', '抽查', ''] },
      extensionPage(),
    );
    expect(updated.tags).toEqual(['抽查']);
  });
});
