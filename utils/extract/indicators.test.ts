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

  it('reads units and rates written in the cells, signs, and a 现状 column as the base', () => {
    const text = lines(
      '序号',
      '指标',
      '2023年现状',
      '2024年目标',
      '2025年目标',
      '指标性质',
      '1',
      '人均预期寿命',
      '79.6岁',
      '≥80岁',
      '≥80.5岁',
      '预期性',
      '2',
      '孕产妇死亡率',
      '9.8/10万',
      '≤12/10万',
      '≤10/10万',
      '约束性',
      '3',
      '每千人口执业(助理)医师数',
      '2.86人',
      '≥3.0人',
      '＞3.2人',
      '预期性',
    );
    const goals = items(text, {
      title: '澜溪县健康县城建设实施方案(2024—2025年)',
      published: '2024-03-01',
    });
    expect(goals.map((g) => [g.comparator, g.value, g.unit, g.due])).toEqual([
      ['>=', 80, '岁', '2024-12-31'],
      ['>=', 80.5, '岁', '2025-12-31'],
      ['<=', 0.00012, '', '2024-12-31'],
      ['<=', 0.0001, '', '2025-12-31'],
      ['>=', 3, '人', '2024-12-31'],
      ['>', 3.2, '人', '2025-12-31'],
    ]);
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

  it('reads a review table: targets under 目标, results under 完成 quoting their own cell', () => {
    const text = lines(
      '序号',
      '指标名称',
      '2023年目标',
      '完成情况',
      '是否完成',
      '1',
      'PM2.5平均浓度(微克/立方米)',
      '≤38',
      '35.6',
      '是',
      '2',
      '较大及以上突发环境事件',
      '不发生',
      '未发生',
      '是',
    );
    const goals = items(text, { title: '某市生态环境局2023年工作总结', published: '2024-01-20' });
    expect(
      goals.map((g) => [g.kind, g.comparator, g.value, g.unit, g.quote.split('\n').at(-1)]),
    ).toEqual([
      ['target', '<=', 38, '微克/立方米', '≤38'],
      ['achievement', '=', 35.6, '微克/立方米', '35.6'],
      ['target', '=', 0, '', '不发生'],
      ['achievement', '=', 0, '', '未发生'],
    ]);
    expect(goals[1]?.quote).toBe('35.6');
  });

  it('reads the year after a named base column (2020年基期 | 2022年 | 2025年目标) as reached', () => {
    const text = [
      '序号\t指标名称\t单位\t2020年基期\t2022年\t2025年目标\t完成进度',
      '1\t铁路营业里程\t公里\t386\t412\t520\t滞后序时进度',
    ].join('\n');
    const goals = items(text, {
      title: '某市“十四五”综合交通运输发展规划中期评估报告',
      published: '2023-09-18',
    });
    expect(goals.map((g) => [g.kind, g.value, g.quote])).toEqual([
      ['achievement', 412, '412'],
      ['target', 520, '520'],
    ]);
  });

  it('reads every named target column: last year’s plan restated, and next year’s target', () => {
    const text = [
      '指标名称\t单位\t2023年计划\t2023年完成\t2024年预期目标',
      '地区生产总值增长\t%\t6左右\t5.2\t5.5左右',
      '固定资产投资增长\t%\t5\t-3.5\t3',
    ].join('\n');
    const goals = items(text, {
      title: '某市2023年计划执行情况与2024年计划草案',
      published: '2024-01-16',
    });
    expect(goals.map((g) => [g.kind, g.comparator, g.value, g.unit, g.quote])).toEqual([
      ['target', '~', 6, '%', '6左右'],
      ['achievement', '=', 5.2, '%', '5.2'],
      ['target', '~', 5.5, '%', '5.5左右'],
      ['target', '=', 5, '%', '5'],
      ['achievement', '=', -3.5, '%', '-3.5'],
      ['target', '=', 3, '%', '3'],
    ]);
  });

  it('gives nothing for a table whose years all lie before the page, or prose about 指标', () => {
    const old = lines('指标', '2015年', '2020年', '属性', '森林覆盖率(%)', '38', '40', '约束性');
    expect(items(old, { title: '某市林业发展规划', published: '2023-05-01' })).toEqual([]);
    expect(items('指标\n\n考核办法另行制定。\n\n', plan)).toEqual([]);
  });
});

describe('progress tables, one cell per line', () => {
  it('leaves out a baseline column (法定时限) beside the committed one', () => {
    const text = lines(
      '序号',
      '事项名称',
      '法定办结时限',
      '承诺办结时限',
      '1',
      '企业设立登记',
      '3个工作日',
      '0.5个工作日',
      '2',
      '食品经营许可(新办)',
      '20个工作日',
      '3个工作日',
    );
    const goals = items(text, {
      title: '某区政务服务中心2024年度服务承诺',
      published: '2024-03-12',
    });
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['target', 0.5, '个工作日'],
      ['target', 3, '个工作日'],
    ]);
  });

  it('reads 年度目标 cells as commitments and 进展情况 cells as results', () => {
    const text = lines(
      '序号',
      '重点工作',
      '年度目标',
      '进展情况',
      '责任科室',
      '1',
      '高标准农田建设',
      '新建高标准农田45万亩',
      '截至9月底,已完成主体工程39.6万亩,占年度任务的88%。',
      '农田建设管理科',
      '2',
      '农村户厕改造',
      '完成农村户厕改造1.5万户',
      '完成户厕改造1.32万户,改造完成率88%。',
      '农村社会事业促进科',
    );
    const goals = items(text, { title: '某市农业农村局2024年三季度重点工作进展情况' });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 450_000],
      ['achievement', 396_000],
      ['achievement', 88],
      ['target', 15_000],
      ['achievement', 13_200],
      ['achievement', 88],
    ]);
  });
});

describe('task lists with a 完成时限 column, one cell per line', () => {
  it('bound every item of a row by its 完成时限 cell, and make its tasks deadlines', () => {
    const text = lines(
      '序号',
      '工作任务',
      '目标要求',
      '完成时限',
      '责任单位',
      '1',
      '推进医共体建设',
      '县域内就诊率达到90%以上,完成县级紧急医学救援队伍调整充实',
      '11月底前',
      '医政医管股',
      '2',
      '做实家庭医生签约服务',
      '重点人群家庭医生签约率达到75%以上',
      '全年',
      '基层卫生股',
    );
    const goals = items(text, {
      title: '2024年度卫生健康重点工作任务清单',
      published: '2024-03-12',
    });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 90, '2024-11-30'],
      ['deadline', undefined, '2024-11-30'],
      ['target', 75, '2024-12-31'],
    ]);
  });

  it('with a 目标要求 column, the 工作任务 column describes the work and gives no deadline', () => {
    const text = lines(
      '序号',
      '测评项目',
      '工作任务',
      '目标要求',
      '责任单位',
      '完成时限',
      '1',
      '志愿服务',
      '健全志愿服务组织体系,常态化开展文明交通志愿服务活动。',
      '志愿者注册人数占常住人口比例达到15%以上',
      '市文明办',
      '6月底前',
      '2',
      '创建档案',
      '完善创建档案资料,组织开展模拟测评。',
      '完成测评迎检材料归档',
      '市文明办',
      '9月底前',
    );
    const goals = items(text, { title: '2024年全国文明城市创建测评任务分解表' });
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['target', '志愿者注册人数占常住人口比例达到15%以上', '2024-06-30'],
      ['deadline', '完成测评迎检材料归档', '2024-09-30'],
    ]);
  });

  it('a 抽查时间 column with a month range bounds its row by the range’s end', () => {
    const text = [
      '序号\t抽查事项\t抽查对象\t抽查比例\t抽查时间\t实施机构',
      '1\t食品生产企业监督检查\t获证食品生产企业\t不低于10%\t2024年5月—8月\t食品生产科',
      '2\t餐饮服务单位监督检查\t持证餐饮服务单位\t5%\t2024年6月—10月\t餐饮服务科',
    ].join('\n');
    const goals = items(text, { title: '2024年度“双随机、一公开”抽查工作计划' });
    expect(goals.map((g) => [g.comparator, g.value, g.due])).toEqual([
      ['>=', 10, '2024-08-31'],
      ['=', 5, '2024-10-31'],
    ]);
  });

  it('read rows written one per line with tabs, and a 计划完工 column bounds each row', () => {
    const text = [
      '表1 禾溪县2024年城镇老旧小区改造重点项目清单(户数150户以上)',
      '序号\t小区名称\t户数\t改造内容\t计划开工\t计划完工',
      '1\t槐荫路小区\t386\t供排水管网改造、加装电梯4部\t2024年4月\t2024年10月',
      '2\t粮站宿舍小区\t214\t外墙保温、新增停车位60个\t2024年4月\t2024年9月',
    ].join('\n');
    const goals = items(text, { title: '2024年城镇老旧小区改造实施计划' });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 386, '2024-10-31'], // the 户数 cell (amount-tables.ts)
      ['target', 4, '2024-10-31'],
      ['target', 214, '2024-09-30'],
      ['target', 60, '2024-09-30'],
    ]);
  });
});

describe('indicator tables with other column orders', () => {
  it('reads 年度计划 / 执行情况 columns, and an attribute column before the values', () => {
    const report = lines(
      '指标名称',
      '单位',
      '年度计划',
      '执行情况',
      '地区生产总值增长',
      '%',
      '6.5左右',
      '4.9',
      '城镇调查失业率',
      '%',
      '5.5以内',
      '5.1',
    );
    const a = items(report, { title: '关于2023年计划执行情况与2024年计划草案的报告' });
    expect(a.map((g) => [g.kind, g.comparator, g.value, g.unit])).toEqual([
      ['target', '~', 6.5, '%'],
      ['achievement', '=', 4.9, '%'],
      ['target', '<=', 5.5, '%'],
      ['achievement', '=', 5.1, '%'],
    ]);
    const midterm = lines(
      '指标',
      '属性',
      '2020年基期值',
      '2025年目标值',
      '2022年实现值',
      '评估结论',
      '森林覆盖率(%)',
      '约束性',
      '52.6',
      '53.5',
      '53.1',
      '符合预期',
    );
    const b = items(midterm, { title: '某市“十四五”规划中期评估报告', published: '2023-09-01' });
    expect(b.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 53.5, '2025-12-31'],
      ['achievement', 53.1, undefined],
    ]);
  });
});

describe('midterm tables', () => {
  it('read the latest plain year after the base, up to publication, as the value reached', () => {
    const text = lines(
      '序号',
      '指标',
      '单位',
      '2020年',
      '2022年',
      '2025年目标',
      '进展情况',
      '1',
      '地区生产总值',
      '亿元',
      '913.6',
      '1078.2',
      '1350',
      '符合预期',
      '2',
      '一般公共预算收入',
      '亿元',
      '63.9',
      '71.5',
      '90',
      '滞后',
    );
    const goals = items(text, {
      title: '某县“十四五”规划纲要实施情况中期评估报告',
      published: '2023-08-20',
    });
    expect(goals.map((g) => [g.kind, g.value, g.due, g.quote])).toEqual([
      ['achievement', 107_820_000_000, undefined, '1078.2'],
      ['target', 135_000_000_000, '2025-12-31', '1350'],
      ['achievement', 7_150_000_000, undefined, '71.5'],
      ['target', 9_000_000_000, '2025-12-31', '90'],
    ]);
  });

  it('reads a monitoring column (2023年监测值) beside the target column as results', () => {
    const text = [
      '序号\t指标名称\t目标值\t2023年监测值\t评价',
      '1\t妇女常见病筛查率\t≥90%\t91.3%\t已实现',
      '2\t农村自来水普及率\t≥98%\t97.4%\t未实现',
    ].join('\n');
    const goals = items(text, {
      title: '某市妇女发展规划2023年度监测报告',
      published: '2024-06-21',
    });
    expect(goals.map((g) => [g.kind, g.quote, g.value])).toEqual([
      ['target', '≥90%', 90],
      ['achievement', '91.3%', 91.3],
      ['target', '≥98%', 98],
      ['achievement', '97.4%', 97.4],
    ]);
  });

  it('leaves a 基数 column out, reads units written in value cells, and a bracket that qualifies', () => {
    const text = [
      '序号\t指标名称\t2023年基数\t2024年目标\t指标属性',
      '1\t发明专利授权量\t2136件\t≥2300件\t预期性',
      '2\t博物馆年接待观众量\t15.2万人次\t25万人次\t预期性',
      '3\t文物保护修缮工程(累计)\t—\t40项\t预期性',
    ].join('\n');
    const goals = items(text, { title: '某市2024年知识产权工作要点', published: '2024-02-01' });
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['target', 2300, '件'],
      ['target', 250_000, '人次'],
      ['target', 40, '项'],
    ]);
  });

  it('reads a range cell (8—10) as value and valueMax under a unit column', () => {
    const text = [
      '序号\t指标名称\t单位\t2023年完成\t2024年预期目标',
      '1\t固定资产投资增长\t%\t9.8\t8—10',
      '2\t粮食总产量\t万吨\t18.3\t≥18',
    ].join('\n');
    const goals = items(text, {
      title: '某县2023年计划执行情况与2024年计划草案的报告',
      published: '2024-02-01',
    });
    expect(goals.map((g) => [g.kind, g.value, g.valueMax, g.unit])).toEqual([
      ['achievement', 9.8, undefined, '%'],
      ['target', 8, 10, '%'],
      ['achievement', 183_000, undefined, '吨'],
      ['target', 180_000, undefined, '吨'],
    ]);
  });

  it('reads 剂次 and 批次 written in value cells', () => {
    const text = [
      '指标名称\t2024年目标\t上半年完成',
      '流感疫苗接种\t5万剂次\t3.26万剂次',
      '食品抽检\t2000批次\t1180批次',
    ].join('\n');
    const goals = items(text, { title: '某区卫健委2024年上半年工作总结', published: '2024-07-10' });
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['target', 50_000, '剂次'],
      ['achievement', 32_600, '剂次'],
      ['target', 2000, '批次'],
      ['achievement', 1180, '批次'],
    ]);
  });

  it('reads targets written as a change (增长6%左右) and a 同比 column beside the results', () => {
    const text = [
      '指标名称\t全年目标\t一季度完成\t同比增长（%）',
      '地区生产总值（亿元）\t增长6%左右\t548.37\t5.8',
      '外贸进出口总额（亿元）\t增长3%\t118.25\t-2.7',
      '城镇调查失业率（%）\t5.5以内\t5.2\t—',
    ].join('\n');
    const goals = items(text, {
      title: '某市2024年一季度主要经济指标完成情况',
      published: '2024-04-22',
    });
    expect(goals.map((g) => [g.kind, g.quote, g.value, g.unit, g.comparator])).toEqual([
      ['target', '增长6%左右', 6, '%', '~'],
      ['achievement', '548.37', 54_837_000_000, '元', '='],
      ['achievement', '5.8', 5.8, '%', '='],
      ['target', '增长3%', 3, '%', '='],
      ['achievement', '118.25', 11_825_000_000, '元', '='],
      ['achievement', '-2.7', -2.7, '%', '='],
      ['target', '5.5以内', 5.5, '%', '<='],
      ['achievement', '5.2', 5.2, '%', '='],
    ]);
  });

  it('reads a 完成率 column beside the results as results in %', () => {
    const text = [
      '序号\t指标名称\t全年目标\t前三季度完成\t完成率',
      '1\t体育彩票销售额（亿元）\t10.5\t8.36\t79.6%',
      '2\t新建（改造）社会足球场（块）\t10\t12\t120%',
    ].join('\n');
    const goals = items(text, {
      title: '某市体育局2024年前三季度工作总结',
      published: '2024-10-12',
    });
    expect(goals.map((g) => [g.kind, g.quote, g.value, g.unit])).toEqual([
      ['target', '10.5', 1_050_000_000, '元'],
      ['achievement', '8.36', 836_000_000, '元'],
      ['achievement', '79.6%', 79.6, '%'],
      ['target', '10', 10, '块'],
      ['achievement', '12', 12, '块'],
      ['achievement', '120%', 120, '%'],
    ]);
  });

  it('reads rows after a category cell, 年均6左右 and a target in words (与…同步)', () => {
    const text = [
      '序号\t类别\t指标名称\t单位\t2020年基期值\t2025年目标值\t2023年完成值\t指标属性',
      '1\t经济发展\t地区生产总值增长\t%\t3.6\t年均6左右\t6.2\t预期性',
      '2\t\t人均地区生产总值\t万元\t7.12\t9.5\t8.64\t预期性',
      '3\t民生福祉\t居民人均可支配收入增长\t%\t4.1\t与经济增长基本同步\t6.5\t预期性',
      '4\t\t城镇调查失业率\t%\t5.2\t<5.5\t5.0\t预期性',
    ].join('\n');
    const goals = items(text, {
      title: '某市“十四五”规划纲要主要指标2023年完成情况的报告',
      published: '2024-05-20',
    });
    expect(goals.map((g) => [g.kind, g.value, g.comparator])).toEqual([
      ['target', 6, '~'],
      ['achievement', 6.2, '='],
      ['target', 95_000, '='],
      ['achievement', 86_400, '='],
      ['achievement', 6.5, '='],
      ['target', 5.5, '<'],
      ['achievement', 5, '='],
    ]);
  });

  it('reads 个百分点 written in a cell under a % unit column', () => {
    const text = [
      '指标名称\t单位\t2023年\t2024年目标',
      '户籍人口城镇化率\t%\t43.9\t提高1个百分点以上',
    ].join('\n');
    const [g] = items(text, { title: '某省2024年新型城镇化重点任务', published: '2024-04-16' });
    expect([g?.value, g?.unit, g?.comparator]).toEqual([1, '个百分点', '>=']);
  });

  it('takes 牵头单位 and 配合单位 as note columns, and an acronym in brackets is no unit', () => {
    const text = [
      '序号\t指标名称\t目标值\t牵头单位\t配合单位',
      '1\t新创建国家卫生乡镇\t2个\t县爱卫办\t白沙镇、龙潭乡',
      '2\t蚊幼虫布雷图指数(BI)\t≤5\t县疾控中心\t各乡镇',
      '3\t数据存储容量(TB)\t≥500\t县大数据局\t各乡镇',
    ].join('\n');
    const goals = items(text, { title: '某县2024年爱国卫生工作计划', published: '2024-02-23' });
    expect(goals.map((g) => [g.quote, g.value, g.unit, g.metric])).toEqual([
      ['新创建国家卫生乡镇\t2个', 2, '个', '新创建国家卫生乡镇'],
      ['蚊幼虫布雷图指数(BI)\t≤5', 5, '', '蚊幼虫布雷图指数(BI)'],
      ['数据存储容量(TB)\t≥500', 500, 'TB', '数据存储容量'],
    ]);
  });
});
