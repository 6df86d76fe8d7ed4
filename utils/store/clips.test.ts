import { beforeEach, describe, expect, it } from 'vitest';
import type { ClipInput } from '../messages/store';
import {
  checkAnchorResults,
  checkClipInput,
  cleanTags,
  listClips,
  recordAnchors,
  saveClip,
} from './clips';
import { getPageView } from './pages';
import type { LibraryDB } from './schema';
import { freshLibrary } from './testing';

const URL_A = 'https://www.zj.gov.cn/art/2021/3/1/art_1.html';

function clip(extra: Partial<ClipInput> = {}): ClipInput {
  return {
    url: `${URL_A}#sec2`,
    title: '2021年工作目标',
    exact: '确保赛会保障零事故',
    prefix: '全力做好亚运会筹办工作,',
    suffix: '。',
    start: 120,
    end: 129,
    ...extra,
  };
}

describe('clips', () => {
  let db: LibraryDB;
  beforeEach(async () => {
    db = await freshLibrary();
  });

  it('saves a clip under the normalised URL with its selectors, and lists it for any form of that URL', async () => {
    const saved = await saveClip(
      db,
      clip({ note: '亚运', tags: ['安全'] }),
      new Date('2021-10-09T08:00:00Z'),
    );
    expect(saved.url).toBe(URL_A);
    expect(saved.created).toBe('2021-10-09T08:00:00.000Z');
    const listed = await listClips(db, `${URL_A}?utm_source=wechat`);
    expect(listed).toEqual([saved]);
    expect(listed[0]).toMatchObject({
      exact: '确保赛会保障零事故',
      prefix: '全力做好亚运会筹办工作,',
      start: 120,
      end: 129,
    });
  });

  it('creates a page record for a clip on a page the detector never stored', async () => {
    await saveClip(db, clip());
    const view = await getPageView(db, URL_A);
    expect(view.page).toMatchObject({ url: URL_A, title: '2021年工作目标', goalCount: 0 });
    expect(view.clips).toHaveLength(1);
  });

  it('lands every one of several clips saved at once', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => saveClip(db, clip({ start: i, end: i + 9 }))),
    );
    expect((await listClips(db, URL_A)).map((c) => c.start)).toEqual([
      0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
    ]);
  });

  it('records anchoring outcomes only for clips of the reported page', async () => {
    const a = await saveClip(db, clip());
    const b = await saveClip(db, clip({ url: 'https://www.gov.cn/other.htm' }));
    const updated = await recordAnchors(db, URL_A, [
      { id: a.id, status: 'orphaned' },
      { id: b.id, status: 'orphaned' },
      { id: 'unknown', status: 'anchored' },
    ]);
    expect(updated).toBe(1);
    expect((await listClips(db, URL_A))[0]?.anchor?.status).toBe('orphaned');
    expect((await listClips(db, 'https://www.gov.cn/other.htm'))[0]?.anchor).toBeUndefined();
  });
});

describe('clip validation', () => {
  it('refuses empty selections, bad offsets and foreign fields', () => {
    expect(() => checkClipInput(clip({ exact: '  ' }))).toThrow(/\[invalid-input\] clip\.exact/);
    expect(() => checkClipInput(clip({ start: -1 }))).toThrow(/clip\.start/);
    expect(() => checkClipInput({ ...clip(), tags: 'a' })).toThrow(/clip\.tags: expected an array/);
    expect(checkClipInput({ ...clip(), evil: '<script>' })).not.toHaveProperty('evil');
    expect(() => checkAnchorResults([{ id: 'a', status: 'lost' }])).toThrow(/results\[0\]\.status/);
  });

  it('cleans tags', () => {
    expect(cleanTags([' 安全 ', '', '安全', '亚运'])).toEqual(['安全', '亚运']);
  });
});
