/**
 * Indicator tables of five-year plans and work reports, as visible text: one cell per line (a
 * portal's <td>s) or cells split by tabs. Each row gives one item under the target column.
 */
import { describe, expect, it } from 'vitest';
import { items } from './test-cases';

const plan = { title: '某市教育事业发展“十四五”规划', published: '2022-01-10' };

const lines = (...cells: string[]): string => cells.join('\n\n');

describe('indicator tables', () => {
  it('reads one target per row, cells one per line, under the latest year', () => {
    const text = [
      '二、主要目标',
      '到2025年,全市教育事业发展主要指标如下:',
      lines('指标', '2020年', '2025年', '属性'),
      lines('学前教育毛入园率(%)', '92.5', '95', '预期性'),
      lines('九年义务教育巩固率(%)', '98.6', '99以上', '约束性'),
      lines('新建改扩建中小学校(所)', '—', '30', '预期性'),
      '三、主要任务',
      '(一)扩大学前教育资源。新建幼儿园12所。',
    ].join('\n\n');
    const goals = items(text, plan);
    expect(
      goals.map((g) => [g.kind, g.metric, g.comparator, g.value, g.unit, g.due, g.strength]),
    ).toEqual([
      ['target', '学前教育毛入园率', '=', 95, '%', '2025-12-31', 'plan'],
      ['target', '九年义务教育巩固率', '>=', 99, '%', '2025-12-31', 'plan'],
      ['target', '新建改扩建中小学校', '=', 30, '所', '2025-12-31', 'plan'],
      ['target', goals[3]?.metric, '=', 12, '所', undefined, 'plan'],
    ]);
    // The quote runs from the metric cell to the target cell; the baseline gives no item.
    expect(goals[0]?.quote.startsWith('学前教育毛入园率')).toBe(true);
    expect(goals[0]?.quote.endsWith('95')).toBe(true);
    expect(goals.some((g) => g.value === 92.5 || g.value === 98.6)).toBe(false);
  });

  it('reads tab-separated rows the same way', () => {
    const text = '指标\t2020年\t2025年\t属性\n学前教育毛入园率(%)\t92.5\t95\t预期性\n';
    expect(items(text, plan).map((g) => [g.metric, g.value, g.unit])).toEqual([
      ['学前教育毛入园率', 95, '%'],
    ]);
  });

  it('skips merged category cells and row numbers, and reads a unit column with 万', () => {
    const text = lines(
      '类别',
      '序号',
      '指标',
      '单位',
      '2020年',
      '2025年',
      '年均增长',
      '属性',
      '基础设施',
      '1',
      '高速公路通车里程',
      '公里',
      '1250',
      '1500',
      '[250]',
      '预期性',
      '2',
      '农村公路总里程',
      '万公里',
      '1.8',
      '≥2.0',
      '—',
      '预期性',
      '运输服务',
      '3',
      '城市公共交通机动化出行分担率',
      '%',
      '45',
      '60左右',
      '—',
      '预期性',
    );
    const goals = items(text, { title: '某省交通运输发展“十四五”规划', published: '2021-09-10' });
    expect(goals.map((g) => [g.metric, g.comparator, g.value, g.unit])).toEqual([
      ['高速公路通车里程', '=', 1500, '公里'],
      ['农村公路总里程', '>=', 20_000, '公里'],
      ['城市公共交通机动化出行分担率', '~', 60, '%'],
    ]);
  });

  it('reads the 完成 column of a review table as reported results, without a due', () => {
    const text =
      lines('主要指标', '2023年目标', '2023年完成', '指标属性') +
      '\n\n' +
      lines('地区生产总值增速(%)', '6', '6.3', '预期性');
    const goals = items(text, { title: '某县2023年工作总结', published: '2024-01-20' });
    expect(goals.map((g) => [g.kind, g.value, g.unit, g.due])).toEqual([
      ['achievement', 6.3, '%', undefined],
    ]);
  });

  it('gives nothing for a table whose years all lie before the page, or prose about 指标', () => {
    const old = lines('指标', '2015年', '2020年', '属性', '森林覆盖率(%)', '38', '40', '约束性');
    expect(items(old, { title: '某市林业发展规划', published: '2023-05-01' })).toEqual([]);
    expect(items('指标\n\n考核办法另行制定。\n\n', plan)).toEqual([]);
  });
});
