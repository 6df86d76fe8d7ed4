import { describe, expect, it } from 'vitest';
import { PLAN_THRESHOLD, mayBePlanPage, scorePlanPage, titleNamesPlan } from './detect';
import type { PageMeta } from './page-meta';

const portalMeta: PageMeta = {
  title: '市场监管局召开座谈会',
  metaTags: ['ArticleTitle', 'PubDate', 'ContentSource', 'ColumnName'],
  infoLabels: ['索引号', '发布机构', '公开日期'],
};

describe('scorePlanPage', () => {
  it('passes a plan page by its title cue, tags and info block', () => {
    const d = scorePlanPage({
      meta: { ...portalMeta, title: '2021年工作目标' },
      headings: [],
      textLength: 5000,
    });
    expect(d.score).toBeGreaterThanOrEqual(PLAN_THRESHOLD);
    expect(d.reasons).toContain('cue:工作目标');
  });

  it('finds cues in headings too', () => {
    const d = scorePlanPage({
      meta: { ...portalMeta, metaTags: [], infoLabels: [] },
      headings: ['“十四五”市场监管规划'],
      textLength: 4000,
      goalCount: 10,
    });
    expect(d.score).toBeGreaterThanOrEqual(PLAN_THRESHOLD);
  });

  it('never passes a page without plan cues, however many numbers it holds', () => {
    const d = scorePlanPage({
      meta: portalMeta,
      headings: ['新闻动态'],
      textLength: 2000,
      goalCount: 50,
    });
    expect(d.score).toBeLessThan(PLAN_THRESHOLD);
    expect(mayBePlanPage(scorePlanPage({ meta: portalMeta, headings: [], textLength: 2000 }))).toBe(
      false,
    );
  });

  it('lets the density of items lift a cue-only page', () => {
    const bare = {
      meta: { title: '实施方案', metaTags: [], infoLabels: [] },
      headings: [],
      textLength: 10_000,
    };
    expect(scorePlanPage(bare).score).toBeLessThan(PLAN_THRESHOLD);
    expect(mayBePlanPage(scorePlanPage(bare))).toBe(true);
    expect(scorePlanPage({ ...bare, goalCount: 20 }).score).toBeGreaterThanOrEqual(PLAN_THRESHOLD);
  });
});

describe('titleNamesPlan', () => {
  it('tells a plan title from a news title', () => {
    expect(
      titleNamesPlan('曾都区市场监督管理“十四五”建设规划 (2021—2025)_曾都区市场监督管理局'),
    ).toBe(true);
    expect(titleNamesPlan('2024年一季度主要经济指标完成情况')).toBe(true);
    expect(titleNamesPlan('市场监管局召开全体干部大会_新闻动态')).toBe(false);
  });
});
