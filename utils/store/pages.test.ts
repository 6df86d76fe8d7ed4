import { beforeEach, describe, expect, it } from 'vitest';
import { checkReport, getPageView, saveReport } from './pages';
import type { LibraryDB } from './schema';
import { freshLibrary, goal, report } from './testing';

const URL_A = 'https://www.zj.gov.cn/art/2021/3/1/art_1.html';
const day = (d: string) => new Date(`${d}T10:00:00`);

describe('saveReport', () => {
  let db: LibraryDB;
  beforeEach(async () => {
    db = await freshLibrary();
  });

  it('stores the page under its normalised URL with its goals, and no diff on a first visit', async () => {
    const diff = await saveReport(
      db,
      report(`${URL_A}?utm_source=x#top`, [
        goal('覆盖率达到100%'),
        goal('新增企业500家', { start: 20, end: 27 }),
      ]),
      day('2021-10-09'),
    );
    expect(diff).toBeUndefined();
    const view = await getPageView(db, URL_A);
    expect(view.page?.url).toBe(URL_A);
    expect(view.page?.rawUrl).toBe(`${URL_A}?utm_source=x#top`);
    expect(view.page?.publisher).toBe('浙江省市场监管局');
    expect(view.page?.goalCount).toBe(2);
    expect(view.goals.map((g) => g.quote)).toEqual(['覆盖率达到100%', '新增企业500家']);
    expect(view.goals[0]?.firstSeen).toBe(day('2021-10-09').toISOString());
  });

  it('records what appeared and vanished since the previous visit', async () => {
    await saveReport(
      db,
      report(URL_A, [goal('A达到1家'), goal('B达到2家'), goal('C达到3家')]),
      day('2021-10-09'),
    );
    const diff = await saveReport(
      db,
      report(URL_A, [goal('A达到1家'), goal('D达到4家')]),
      day('2021-11-20'),
    );
    expect(diff).toEqual({
      since: '2021-10-09',
      added: ['D达到4家'],
      removed: ['B达到2家', 'C达到3家'],
    });
    const view = await getPageView(db, URL_A);
    expect(view.page?.changes).toHaveLength(1);
    expect(view.page?.changes[0]).toMatchObject({
      since: '2021-10-09',
      removed: ['B达到2家', 'C达到3家'],
    });
    // Vanished goals stay in the library, marked.
    const removed = view.goals.filter((g) => g.removed).map((g) => g.quote);
    expect(removed.sort()).toEqual(['B达到2家', 'C达到3家']);
    expect(view.page?.firstSeen).toBe(day('2021-10-09').toISOString());
    expect(view.page?.lastSeen).toBe(day('2021-11-20').toISOString());
  });

  it('keeps the first-seen date when a goal comes back under a new id, and drops the old key', async () => {
    await saveReport(db, report(URL_A, [goal('A达到1家', { id: 'old' })]), day('2021-10-09'));
    const diff = await saveReport(
      db,
      report(URL_A, [goal('A达到1家', { id: 'new' })]),
      day('2021-10-10'),
    );
    expect(diff).toEqual({ since: '2021-10-09', added: [], removed: [] });
    const view = await getPageView(db, URL_A);
    expect(view.goals.map((g) => g.id)).toEqual(['new']);
    expect(view.goals[0]?.firstSeen).toBe(day('2021-10-09').toISOString());
    expect(view.page?.changes).toEqual([]);
  });

  it('counts a vanished goal that returns as added', async () => {
    await saveReport(db, report(URL_A, [goal('A达到1家'), goal('B达到2家')]), day('2021-10-01'));
    await saveReport(db, report(URL_A, [goal('A达到1家')]), day('2021-10-02'));
    const diff = await saveReport(
      db,
      report(URL_A, [goal('A达到1家'), goal('B达到2家')]),
      day('2021-10-03'),
    );
    expect(diff).toEqual({ since: '2021-10-02', added: ['B达到2家'], removed: [] });
    expect((await getPageView(db, URL_A)).goals.every((g) => !g.removed)).toBe(true);
  });

  it('does not keep pages without goals or clips (the library is not a browsing history)', async () => {
    expect(await saveReport(db, report(URL_A, []), day('2021-10-01'))).toBeUndefined();
    expect((await getPageView(db, URL_A)).page).toBeNull();
  });

  it('lands both of two reports saved at the same time', async () => {
    const other = 'https://www.gov.cn/zhengce/2.htm';
    await Promise.all([
      saveReport(db, report(URL_A, [goal('A达到1家')])),
      saveReport(db, report(other, [goal('B达到2家')])),
      saveReport(db, report(URL_A, [goal('A达到1家'), goal('C达到3家')])),
    ]);
    expect((await getPageView(db, other)).goals).toHaveLength(1);
    expect((await getPageView(db, URL_A)).goals.map((g) => g.quote).sort()).toEqual([
      'A达到1家',
      'C达到3家',
    ]);
  });
});

describe('checkReport', () => {
  it('copies known fields and names the first wrong one', () => {
    const r = report(URL_A, [{ ...goal('A达到1家'), extra: 'x' } as never]);
    expect(checkReport(r).goals[0]).not.toHaveProperty('extra');
    expect(() => checkReport(report(URL_A, [goal('A', { kind: 'wish' as never })]))).toThrow(
      /goals\[0\]\.kind: expected one of target, deadline, achievement/,
    );
    expect(() => checkReport({ page: { url: 1 } })).toThrow(/\[invalid-input\] page\.url/);
    expect(() => checkReport(report(URL_A, [goal('A', { start: 5, end: 2 })]))).toThrow(
      /ends before/,
    );
  });
});
