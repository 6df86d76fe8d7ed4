import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { clipHandlers } from '../background/store-handlers';
import type { MessageSender } from '../messaging';
import { announceChange, LIBRARY_CHANNEL, watchChanges, type ChangeKind } from './changes';
import { freshLibrary } from './testing';

const stops: Array<() => void> = [];
afterEach(() => stops.splice(0).forEach((stop) => stop()));

/** Collects the announced changes until `count` arrived (or 1 s passed). */
function collect(count: number): Promise<ChangeKind[]> {
  const seen: ChangeKind[] = [];
  return new Promise((resolve) => {
    stops.push(
      watchChanges((kind) => {
        seen.push(kind);
        if (seen.length === count) resolve(seen);
      }),
    );
    setTimeout(() => resolve(seen), 1000);
  });
}

describe('library change feed', () => {
  it('delivers announcements and ignores foreign messages on the channel', async () => {
    const got = collect(2);
    const foreign = new BroadcastChannel(LIBRARY_CHANNEL);
    foreign.postMessage({ type: 'something-else', kind: 'report' });
    foreign.postMessage('library-changed');
    foreign.close();
    announceChange('import');
    announceChange('clear');
    expect(await got).toEqual(['import', 'clear']);
  });

  it('is announced by the background after a clip was saved, not after a refused one', async () => {
    fakeBrowser.reset();
    const db = await freshLibrary();
    const handlers = clipHandlers({ db: async () => db });
    const url = 'https://www.zj.gov.cn/art/1.html';
    const sender: MessageSender = { id: fakeBrowser.runtime.id, url, tab: { id: 1, url } as never };
    const clip = { url, title: 't', exact: '确保零事故', prefix: '', suffix: '', start: 0, end: 5 };
    const got = collect(2);
    await expect(
      handlers['clip:save']({ ...clip, url: 'https://other.example.test/' }, sender),
    ).rejects.toThrow(/forbidden/);
    await handlers['clip:save'](clip, sender);
    expect(await got).toEqual(['clip']);
  });
});
