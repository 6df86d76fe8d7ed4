import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toLibraryJson, parseLibraryJson } from './export/json';
import v1 from './fixtures/v1.json';
import type { LibraryData } from './filter';
import {
  annotate,
  clearLibrary,
  deleteItems,
  importLibrary,
  loadLibrary,
  previewLibrary,
  queryLibrary,
} from './library';
import { saveReport } from './pages';
import type { LibraryDB } from './schema';
import { freshLibrary, goal, report } from './testing';

const fixture = v1 as unknown as LibraryData;
const ZJ = fixture.pages[0]!.url;

async function counts(db: LibraryDB) {
  return {
    pages: await db.count('pages'),
    goals: await db.count('goals'),
    clips: await db.count('clips'),
  };
}

describe('library import', () => {
  let db: LibraryDB;
  beforeEach(async () => {
    db = await freshLibrary();
  });
  afterEach(() => vi.restoreAllMocks());

  it('imports a file, and importing it again changes nothing', async () => {
    const text = toLibraryJson(fixture, new Date());
    expect(await importLibrary(db, parseLibraryJson(text))).toEqual({
      pages: 2,
      goals: 4,
      clips: 2,
    });
    await importLibrary(db, parseLibraryJson(text));
    expect(await counts(db)).toEqual({ pages: 2, goals: 4, clips: 2 });
  });

  it('merges into what is stored: notes and tags of both kept, nothing of the user lost', async () => {
    await importLibrary(db, fixture);
    const mine = await loadLibrary(db);
    const goal = mine.goals[0]!;
    const clip = mine.clips[0]!;
    await annotate(
      db,
      { type: 'goal', url: goal.url, id: goal.id },
      { note: '我的核对记录', tags: ['核对'] },
    );
    await annotate(db, { type: 'clip', id: clip.id }, { note: '原注', tags: ['甲'] });
    // A colleague's export of the same goals and clip, seen later, annotated differently.
    const theirs = structuredClone(fixture);
    const g = theirs.goals.find((x) => x.id === goal.id && x.url === goal.url)!;
    Object.assign(g, {
      note: '同事的说明',
      tags: ['核对', '质量'],
      lastSeen: '2030-01-01T00:00:00.000Z',
    });
    g.firstSeen = '2030-01-01T00:00:00.000Z';
    const c = theirs.clips.find((x) => x.id === clip.id)!;
    Object.assign(c, { note: undefined, tags: ['乙'] });
    await importLibrary(db, parseLibraryJson(toLibraryJson(theirs, new Date())));

    const after = await loadLibrary(db);
    const merged = after.goals.find((x) => x.id === goal.id && x.url === goal.url)!;
    expect(merged.note).toBe('我的核对记录\n同事的说明');
    expect(merged.tags).toEqual(['核对', '质量']);
    expect(merged.lastSeen).toBe('2030-01-01T00:00:00.000Z');
    expect(merged.firstSeen).toBe(goal.firstSeen);
    const mergedClip = after.clips.find((x) => x.id === clip.id)!;
    expect(mergedClip).toMatchObject({ note: '原注', tags: ['甲', '乙'] });
    expect(await counts(db)).toEqual({ pages: 2, goals: 4, clips: 2 });
    // Importing the same file again changes nothing more.
    await importLibrary(db, parseLibraryJson(toLibraryJson(theirs, new Date())));
    expect(await loadLibrary(db)).toEqual(after);
  });

  it('round-trips: export → import into an empty library → export gives the same data', async () => {
    await importLibrary(db, fixture);
    await saveReport(db, report('https://www.gov.cn/zhengce/1.htm', [goal('新增A达到5家')]));
    const first = await loadLibrary(db);
    const other = await freshLibrary();
    await importLibrary(other, parseLibraryJson(toLibraryJson(first, new Date())));
    expect(await loadLibrary(other)).toEqual(first);
  });

  it.each([
    ['not JSON', '{"format": ', /not JSON/],
    [
      'a foreign file',
      JSON.stringify({ type: 'FeatureCollection', features: [] }),
      /not a Plan Goal Reader library export/,
    ],
    [
      'a future version',
      JSON.stringify({ format: 'plan-goal-reader/library', version: 9, pages: [], goals: [] }),
      /version 9 is not supported/,
    ],
    ['an array', '[]', /not a Plan Goal Reader/],
  ])('rejects %s with a clear error', (_name, text, message) => {
    expect(() => parseLibraryJson(text)).toThrow(message);
    expect(() => parseLibraryJson(text)).toThrow(
      /^\[invalid-import\] This file cannot be imported/,
    );
  });

  it('names the first wrong field and writes nothing', async () => {
    const bad = structuredClone(fixture);
    (bad.goals[2] as unknown as Record<string, unknown>).kind = 'promise';
    expect(() => parseLibraryJson(toLibraryJson(bad, new Date()))).toThrow(
      'goals[2].kind: expected one of target, deadline, achievement',
    );
    const orphan = structuredClone(fixture);
    orphan.clips[0]!.url = 'https://elsewhere.gov.cn/';
    expect(() => parseLibraryJson(toLibraryJson(orphan, new Date()))).toThrow(
      /clips\[0\]\.url: no page/,
    );
    expect(await counts(db)).toEqual({ pages: 0, goals: 0, clips: 0 });
  });

  it('turns a full disk into a quota error and leaves no partial write', async () => {
    await importLibrary(db, { pages: [fixture.pages[1]!], goals: [], clips: [] });
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args
    ) {
      if (++calls > 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args as never);
    });
    await expect(importLibrary(db, fixture)).rejects.toThrow(
      /^\[quota\] .*nothing from this action was saved/,
    );
    vi.restoreAllMocks();
    expect(await counts(db)).toEqual({ pages: 1, goals: 0, clips: 0 });
  });
});

describe('library queries and edits', () => {
  let db: LibraryDB;
  beforeEach(async () => {
    db = await freshLibrary();
    await importLibrary(db, fixture);
  });

  it('filters through the indexes and the exact predicate alike', async () => {
    const deadlines = await queryLibrary(db, { kinds: ['deadline'] });
    expect(deadlines.goals.map((g) => g.id)).toEqual(['g0dead']);
    expect(deadlines.clips).toEqual([]);
    expect(deadlines.pages.map((p) => p.url)).toEqual([ZJ]);
    expect(
      (await queryLibrary(db, { dueYear: 2021, dueQuarter: 4 })).goals.map((g) => g.id),
    ).toEqual(['g4c5d6']);
    expect(
      (await queryLibrary(db, { url: `${ZJ}#x`, status: 'removed' })).goals.map((g) => g.id),
    ).toEqual(['g7e8f9']);
    const search = await queryLibrary(db, { text: '品字标 500' });
    expect(search.goals.map((g) => g.id)).toEqual(['g4c5d6']);
    expect((await queryLibrary(db, { text: '赛会' })).clips).toHaveLength(1);
    expect((await queryLibrary(db, { site: 'zengdu.gov.cn' })).clips).toHaveLength(1);
  });

  it('previews the first goals in due order, then undated ones, with every page', async () => {
    const two = await previewLibrary(db, 2);
    expect(two.goals.map((g) => g.due)).toEqual(['2021-06-30', '2021-12-31']);
    expect(two.pages).toHaveLength(2);
    const three = await previewLibrary(db, 3);
    expect(three.goals).toHaveLength(3);
    expect(three.goals[2]?.due).toBeUndefined();
  });

  it('sets and clears notes and tags', async () => {
    await annotate(db, { type: 'goal', url: ZJ, id: 'g1a2b3' }, { note: '核对', tags: ['抽查'] });
    expect((await queryLibrary(db, { tag: '抽查' })).goals.map((g) => g.note)).toEqual(['核对']);
    await annotate(db, { type: 'goal', url: ZJ, id: 'g1a2b3' }, { note: '' });
    expect(await db.get('goals', [ZJ, 'g1a2b3'])).not.toHaveProperty('note');
    await expect(annotate(db, { type: 'clip', id: 'nope' }, { note: 'x' })).rejects.toThrow(
      /no longer/,
    );
  });

  it('keeps notes and tags when the page is visited again', async () => {
    await annotate(db, { type: 'goal', url: ZJ, id: 'g1a2b3' }, { note: '核对', tags: ['抽查'] });
    const g = fixture.goals[0]!;
    await saveReport(db, report(ZJ, [{ ...g, prefix: g.prefix, suffix: g.suffix }]));
    expect(await db.get('goals', [ZJ, 'g1a2b3'])).toMatchObject({ note: '核对', tags: ['抽查'] });
  });

  it('deletes a page with its goals and clips, single items, and everything', async () => {
    expect(await deleteItems(db, { pages: [ZJ] })).toBe(1 + 4 + 1);
    expect(await counts(db)).toEqual({ pages: 1, goals: 0, clips: 1 });
    expect(await deleteItems(db, { clips: [fixture.clips[1]!.id] })).toBe(1);
    await importLibrary(db, fixture);
    await clearLibrary(db);
    expect(await counts(db)).toEqual({ pages: 0, goals: 0, clips: 0 });
  });
});
