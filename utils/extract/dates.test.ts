import { describe, expect, it } from 'vitest';
import { findTimePhrases, monthEnd } from './dates';

/** The due of the first phrase of `text`, with `base` as the year of partial phrases. */
function due(text: string, base?: number): string | undefined {
  const phrases = findTimePhrases(text, (pos) => pos === 0);
  return phrases[0]?.due(base);
}

describe('time phrases → last allowed day', () => {
  it.each([
    ['6月底前完成', 2022, '2022-06-30'],
    ['年底前全面完成', 2021, '2021-12-31'],
    ['上半年完成', 2023, '2023-06-30'],
    ['一季度完成', 2023, '2023-03-31'],
    ['第三季度末前完成', 2023, '2023-09-30'],
    ['今年完成', 2023, '2023-12-31'],
    ['明年建成', 2023, '2024-12-31'],
    ['当年完成', 2022, '2022-12-31'],
    ['全年新增500家', 2021, '2021-12-31'],
    ['9月30日前完成', 2022, '2022-09-30'],
    ['2月底前完成', 2024, '2024-02-29'],
    ['11月中旬前完成冬季供暖设施检修', 2024, '2024-11-20'],
    ['5月上旬前完成', 2024, '2024-05-10'],
    ['今年6月30日前出台实施细则', 2024, '2024-06-30'],
    ['明年3月底前出台实施细则', 2024, '2025-03-31'],
    ['年度内完成老旧小区改造150个', 2024, '2024-12-31'],
    ['春节前完成农民工工资清欠', 2024, '2024-02-09'],
    ['春节前完成农民工工资清欠', 2025, '2025-01-28'],
    ['汛期前完成病险水库除险加固', 2024, '2024-05-31'],
    ['确保前三季度完成80%以上', 2024, '2024-09-30'],
    // A span of years counts from the year the page was published (the base year here).
    ['三年内新增A级旅游景区6家', 2024, '2026-12-31'],
    ['五年累计新增企业300家', 2021, '2025-12-31'],
    // A month range allows its last month.
    ['2024年5月—8月完成抽查', 2024, '2024-08-31'],
    ['2024年5—8月完成抽查', 2024, '2024-08-31'],
    ['2024年11月—2025年3月开展冬春整治', 2024, '2025-03-31'],
    ['汛前完成河道清淤', 2023, '2023-05-31'],
    ['国庆节前建成开放', 2023, '2023-09-30'],
    ['年中完成规划编制', 2023, '2023-06-30'],
    ['6月份组织开展应急演练不少于200场次', 2024, '2024-06-30'],
    ['明年上半年投入使用', 2023, '2024-06-30'],
    ['今年三季度完成', 2023, '2023-09-30'],
    ['年度目标筹集保障性租赁住房3500套', 2024, '2024-12-31'],
    // Solar terms: the term's day that year (清明 is 4 April in 2024, 5 April in 2026), or the
    // date the page gives in brackets.
    ['清明前完成早稻播种育秧', 2026, '2026-04-05'],
    ['清明前完成早稻播种育秧', 2024, '2024-04-04'],
    ['小满前大豆播种面积达到0.7万亩', 2026, '2026-05-21'],
    ['立春之前完成', 2025, '2025-02-03'],
    ['冬至前完成', 2026, '2026-12-22'],
    ['谷雨（4月20日）前完成早稻栽插', 2026, '2026-04-20'],
    ['芒种(6月5日)前完成一季晚稻移栽', 2026, '2026-06-05'],
    // A range of months that opens a clause on an inspection.
    ['3月至5月检查农资经营门店不少于3轮', 2026, '2026-05-31'],
    // A period of days ends on its last one.
    ['3月1日至4月30日,开展春季集中免疫', 2026, '2026-04-30'],
    ['1月24日—3月4日,全市开展春运道路交通安全专项行动', 2026, '2026-03-04'],
  ])('%s (base year %d) → %s', (text, base, expected) => {
    expect(due(text, base)).toBe(expected);
  });

  it.each([
    ['到2025年建成', '2025-12-31'],
    ['2023年前,实现', '2023-12-31'],
    ['力争到 2024年实现', '2024-12-31'],
    ['2022年6月底前完成', '2022-06-30'],
    ['2021—2025年', '2025-12-31'],
    ['“十四五”期间,发展放心店200家', '2025-12-31'],
    ['“十四五”规划期间', '2025-12-31'],
    ['“十三五”期间', '2020-12-31'],
    ['十五五时期', '2030-12-31'],
    ['"十四五"末,森林覆盖率达到45%', '2025-12-31'],
    ['2024年上半年完成', '2024-06-30'],
    ['2025年三季度前建成', '2025-09-30'],
    ['2024年一季度完成招标', '2024-03-31'],
    ['2026年春节前完成', '2026-02-16'],
    ['到2024年汛期前完成', '2024-05-31'],
    ['确保到2025年全市耕地保有量不低于405.8万亩', '2025-12-31'],
    ['2024年、2025年每年完成修复面积不少于700公顷', '2025-12-31'],
  ])('%s → %s whatever the base year', (text, expected) => {
    const phrases = findTimePhrases(text, () => false).filter((p) => p.due(1999));
    expect(phrases[0]?.due(1999)).toBe(expected);
  });

  it('a year after 到 bounds the amount after its 的 (从2020年的75%提高到2025年的90%)', () => {
    const phrases = findTimePhrases('普及率从2020年的75%提高到2025年的90%', () => false);
    expect(phrases.map((p) => p.due(undefined))).toEqual(['2025-12-31']);
  });

  it('汛期前 ends the day before the flood season the page names, else on 31 May', () => {
    const named = findTimePhrases('我市每年4月15日入汛。汛期前完成除险加固', () => false);
    expect(named.map((p) => p.due(2024))).toContain('2024-04-14');
    expect(due('汛期前完成除险加固', 2024)).toBe('2024-05-31');
  });

  it('a partial phrase without any base year gives no due', () => {
    expect(due('6月底前完成')).toBeUndefined();
  });

  it.each([
    '在2019年基础上翻一番',
    '2020年度星级规范化市场监管所评定',
    '截至2020年底,全省累计',
    '12月25日,全省26个',
    '今年以来,全市累计',
    '结合2020年全国营商环境评价情况',
    '前三季度',
    '截至9月底,已开工96个',
    '下半年是攻坚冲刺的关键时期',
    '确保5月份排查出的重大事故隐患全部整改',
    '二氧化碳排放比2020年下降3.5%',
    '清洁能源车辆数量较2020年翻两番',
    '煤炭消费总量与2020年相比下降5%',
  ])('%s is no time bound', (text) => {
    const phrases = findTimePhrases(text, () => false).filter((p) => p.due(2021) !== undefined);
    expect(phrases).toEqual([]);
  });

  it('a bare year bounds only when it opens its clause (2025年,全区…)', () => {
    expect(findTimePhrases('2025年,全区强检计量器具受检率达95%以上', (p) => p === 0)).toHaveLength(
      1,
    );
    expect(findTimePhrases('突出抓好2021年签订重点项目推进', () => false)).toHaveLength(0);
  });

  it('marks 全年 and “十四五”时期 as too weak for a deadline', () => {
    expect(findTimePhrases('全年', () => false)[0]?.explicit).toBe(false);
    expect(findTimePhrases('“十四五”时期', () => false)[0]?.explicit).toBe(false);
    expect(findTimePhrases('年底前', () => false)[0]?.explicit).toBe(true);
  });
});

describe('monthEnd', () => {
  it('knows month lengths and leap years', () => {
    expect(monthEnd(2021, 2)).toBe('2021-02-28');
    expect(monthEnd(2000, 2)).toBe('2000-02-29');
    expect(monthEnd(1900, 2)).toBe('1900-02-28');
    expect(monthEnd(2022, 11)).toBe('2022-11-30');
  });
});

describe('a year with its quarter, and years before their amounts', () => {
  it('2024年三季度 is one phrase (the quarter is not read again with the base year)', () => {
    const text = '推广应用,2024年三季度实现全县14个乡镇全覆盖。';
    const phrases = findTimePhrases(text, () => false);
    expect(phrases.map((p) => [text.slice(p.start, p.end), p.due(2026)])).toEqual([
      ['2024年三季度', '2024-09-30'],
    ]);
  });

  it('a year before 安排 / 投入 bounds the amount (其中2024年安排4800万元)', () => {
    const text = '其中2024年安排4800万元。';
    const phrases = findTimePhrases(text, () => false);
    expect(phrases.map((p) => p.due(undefined))).toEqual(['2024-12-31']);
  });
});
