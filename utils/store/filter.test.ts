import { describe, expect, it } from 'vitest';
import v1 from './fixtures/v1.json';
import { applyFilter, facets, foldText, quarterOf, sortGoals, type LibraryData } from './filter';

const data = v1 as unknown as LibraryData;

describe('filters', () => {
  it('searches metric and quote with every word, ignoring width and case', () => {
    expect(foldText('ＧＤＰ增长１００％')).toBe('gdp增长100%');
    expect(applyFilter(data, { text: '覆盖率 100%' }).goals.map((g) => g.id)).toEqual(['g1a2b3']);
    expect(applyFilter(data, { text: '覆盖率 90%' }).goals).toEqual([]);
  });

  it('combines kind, strength, due and status', () => {
    expect(
      applyFilter(data, { kinds: ['target'], strengths: ['plan'], status: 'current' }).goals.map(
        (g) => g.id,
      ),
    ).toEqual(['g1a2b3', 'g4c5d6']);
    expect(applyFilter(data, { dueQuarter: 2 }).goals.map((g) => g.id)).toEqual(['g0dead']);
    expect(applyFilter(data, { strengths: ['must'] }).clips).toEqual([]);
    expect(quarterOf('2021-06-30')).toBe(2);
    expect(quarterOf('2021-07-01')).toBe(3);
  });

  it('keeps only the pages the selection cites', () => {
    expect(applyFilter(data, { kinds: ['deadline'] }).pages).toHaveLength(1);
    expect(applyFilter(data, {}).pages).toHaveLength(2);
  });

  it('sorts by due date with undated goals last, in both directions, without mutating', () => {
    const before = data.goals.map((g) => g.id);
    expect(sortGoals(data.goals, 'due-asc').map((g) => g.due ?? '-')).toEqual([
      '2021-06-30',
      '2021-12-31',
      '-',
      '-',
    ]);
    expect(sortGoals(data.goals, 'due-desc').map((g) => g.due ?? '-')).toEqual([
      '2021-12-31',
      '2021-06-30',
      '-',
      '-',
    ]);
    expect(sortGoals(data.goals, 'document').map((g) => g.start)).toEqual([1312, 1431, 2141, 3001]);
    expect(data.goals.map((g) => g.id)).toEqual(before);
  });

  it('offers the years, sites and tags present', () => {
    expect(facets(data)).toEqual({
      years: [2021],
      sites: ['zengdu.gov.cn', 'zj.gov.cn'],
      tags: ['安全', '亚运'],
    });
  });
});
