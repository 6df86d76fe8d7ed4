/**
 * Amount tables: columns that name amounts (播种面积(万亩), 户数) over rows that name places or
 * projects. Cases written after the blind sets' task-split and project tables.
 */
import { describe, expect, it } from 'vitest';
import { items } from './test-cases';

const plan = { title: '东坪县2024年粮食生产工作方案', published: '2024-02-20' };

describe('amount tables', () => {
  it('reads each number under an amount column, with 万 multiplied in and the row as metric', () => {
    const text = [
      '各乡镇(街道)粮食生产目标任务分解如下:',
      '乡镇(街道)\t播种面积(万亩)\t产量(万吨)',
      '坪城街道\t3.12\t1.26',
      '栗畈镇\t7.85\t3.30',
      '合计\t10.97\t4.56',
      '二、重点措施',
    ].join('\n');
    const goals = items(text, plan);
    expect(goals.map((g) => [g.kind, g.quote, g.value, g.unit, g.metric])).toEqual([
      ['target', '3.12', 31_200, '亩', '坪城街道播种面积'],
      ['target', '1.26', 12_600, '吨', '坪城街道产量'],
      ['target', '7.85', 78_500, '亩', '栗畈镇播种面积'],
      ['target', '3.30', 33_000, '吨', '栗畈镇产量'],
      ['target', '10.97', 109_700, '亩', '合计播种面积'],
      ['target', '4.56', 45_600, '吨', '合计产量'],
    ]);
  });

  it('reads numbered rows one cell per line, and a 户数 column bounded by its row’s 计划完工', () => {
    const text = [
      '序号',
      '小区名称',
      '户数',
      '改造内容',
      '计划完工',
      '1',
      '槐荫路小区',
      '386',
      '屋面防水、外墙保温',
      '2024年10月',
      '2',
      '粮站宿舍小区',
      '214',
      '雨污分流',
      '2024年9月',
    ].join('\n');
    const goals = items(text, { title: '2024年城镇老旧小区改造实施计划' });
    expect(goals.map((g) => [g.value, g.unit, g.metric, g.due])).toEqual([
      [386, '', '槐荫路小区户数', '2024-10-31'],
      [214, '', '粮站宿舍小区户数', '2024-09-30'],
    ]);
  });

  it('reads a table one cell per line under its caption, the header ending at the first figure', () => {
    const text = [
      '2024年各乡镇农村户厕改造任务分解表',
      '乡镇',
      '改造任务(户)',
      '其中新建(户)',
      '樟禾镇',
      '560',
      '120',
      '禾溪镇',
      '520',
      '160',
      '合计',
      '1080',
      '280',
    ].join('\n');
    const goals = items(text, { title: '张禾县2024年农村户厕改造实施方案' });
    expect(goals.map((g) => [g.kind, g.value, g.unit, g.metric])).toEqual([
      ['target', 560, '户', '樟禾镇改造任务'],
      ['target', 120, '户', '樟禾镇新建'],
      ['target', 520, '户', '禾溪镇改造任务'],
      ['target', 160, '户', '禾溪镇新建'],
      ['target', 1080, '户', '合计改造任务'],
      ['target', 280, '户', '合计新建'],
    ]);
  });

  it('dates the cells of a column named by its year (2024年(个))', () => {
    const text = [
      '县(市、区)\t2024年(个)\t2025年(个)',
      '渠阳区\t360\t300',
      '望川区\t310\t260',
    ].join('\n');
    const goals = items(text, { title: '临渠市数字基础设施建设行动计划(2024—2025年)' });
    expect(goals.map((g) => [g.value, g.unit, g.due])).toEqual([
      [360, '个', '2024-12-31'],
      [300, '个', '2025-12-31'],
      [310, '个', '2024-12-31'],
      [260, '个', '2025-12-31'],
    ]);
  });

  it('leaves money columns (资金(万元)) and tables of one row alone', () => {
    const money = [
      '序号\t项目名称\t资金(万元)\t完成时限',
      '1\t高原夏菜产业园\t2,160\t2024年10月底',
      '2\t肉牛养殖到户补助\t1,800\t2024年9月底',
    ].join('\n');
    expect(items(money, { title: '2024年衔接资金项目计划' })).toEqual([]);
    const oneRow = ['乡镇\t播种面积(万亩)\t产量(万吨)', '坪城街道\t3.12\t1.26'].join('\n');
    expect(items(oneRow, plan)).toEqual([]);
  });

  it('reads the cells of a report’s table as results', () => {
    const text = [
      '一、2023年工作完成情况',
      '乡镇\t播种面积(万亩)\t产量(万吨)',
      '坪城街道\t3.02\t1.21',
      '栗畈镇\t7.70\t3.25',
    ].join('\n');
    const goals = items(text, { title: '东坪县2023年粮食生产工作总结' });
    expect(goals.map((g) => [g.kind, g.due, g.strength])).toEqual(
      Array.from({ length: 4 }, () => ['achievement', undefined, undefined]),
    );
  });

  it('leaves exposure columns (威胁户数) out and reads a money column named as the target', () => {
    const hazard = [
      '序号\t隐患点名称\t威胁户数(户)\t威胁人数(人)\t防治措施\t完成时限',
      '1\t马家坪滑坡\t34\t126\t工程治理\t2024年10月底前',
      '2\t老鹰岩崩塌\t12\t47\t搬迁避让\t2024年12月底前',
    ].join('\n');
    const goals = items(hazard, { title: '某县2024年地质灾害防治方案', published: '2024-03-01' });
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '工程治理', '2024-10-31'],
      ['deadline', '搬迁避让', '2024-12-31'],
    ]);
    const invest = [
      '序号\t责任单位\t新签约项目目标值(个)\t到位资金目标值(亿元)\t完成时限',
      '1\t鹤城区\t46\t131\t12月底前',
      '2\t汀湖区\t38\t107\t11月底前',
    ].join('\n');
    const found = items(invest, { title: '2024年招商引资目标任务分解表', published: '2024-02-01' });
    expect(found.map((g) => [g.quote, g.value, g.unit, g.due])).toEqual([
      ['46', 46, '个', '2024-12-31'],
      ['131', 13_100_000_000, '元', '2024-12-31'],
      ['38', 38, '个', '2024-11-30'],
      ['107', 10_700_000_000, '元', '2024-11-30'],
    ]);
  });

  it('takes the unit of a line above the header (单位:套(间)、户) and units such as 场 and %', () => {
    const housing = [
      '2024年各区保障性住房建设任务分解表',
      '单位:套(间)、户',
      '区域\t筹集保障性租赁住房\t开工配售型保障性住房',
      '临溪区\t3000\t600',
      '北屿区\t2200\t—',
    ].join('\n');
    const plan = { title: '2024年保障性住房建设任务', published: '2024-03-15' };
    expect(items(housing, plan).map((g) => [g.quote, g.unit, g.metric])).toEqual([
      ['3000', '套', '临溪区筹集保障性租赁住房'],
      ['600', '套', '临溪区开工配售型保障性住房'],
      ['2200', '套', '北屿区筹集保障性租赁住房'],
    ]);
    const money = housing.replace('单位:套(间)、户', '单位:万元');
    expect(items(money, plan)).toEqual([]);
    const events = [
      '县(市、区)\t促消费活动场次(场)\t社会消费品零售总额增速(%)',
      '明湖区\t60\t6.5',
      '西岭区\t55\t6.0',
    ].join('\n');
    expect(items(events, plan).map((g) => [g.value, g.unit])).toEqual([
      [60, '场'],
      [6.5, '%'],
      [55, '场'],
      [6, '%'],
    ]);
  });

  it('reads a column named by its measure word (计划批次) with that unit', () => {
    const text = [
      '序号\t食品大类\t计划批次\t主要抽检场所',
      '1\t粮食加工品\t120\t生产企业、商超',
      '2\t食用油、油脂及其制品\t80\t生产企业',
    ].join('\n');
    const goals = items(text, { title: '某县2024年食品安全监督抽检计划', published: '2024-02-01' });
    expect(goals.map((g) => [g.value, g.unit, g.metric])).toEqual([
      [120, '批次', '粮食加工品计划批次'],
      [80, '批次', '食用油、油脂及其制品计划批次'],
    ]);
  });

  it('takes the unit from the caption’s brackets (…任务分解表(单位:亩))', () => {
    const text = [
      '2024年造林绿化任务分解表(单位:亩)',
      '乡镇(街道)\t人工造林\t森林抚育',
      '岚溪镇\t3200\t15000',
      '石门乡\t2800\t14000',
    ].join('\n');
    const goals = items(text, {
      title: '某县林业局2023年工作总结和2024年工作计划',
      published: '2024-01-20',
    });
    expect(goals.map((g) => [g.value, g.unit])).toEqual([
      [3200, '亩'],
      [15_000, '亩'],
      [2800, '亩'],
      [14_000, '亩'],
    ]);
  });

  it('reads money columns named as a plan or a result, and leaves a total investment out', () => {
    const text = [
      '附表:2024年1—6月区级重点项目投资完成情况',
      '单位:亿元',
      '序号\t项目名称\t责任单位\t总投资\t全年计划投资\t1—6月完成投资\t完成全年计划(%)',
      '1\t溆能新能源电池二期项目\t区经信局\t45.0\t12.0\t7.6\t63.3',
      '2\t枫溆智能装备产业园一期\t区科创集团\t28.6\t9.5\t6.1\t64.2',
    ].join('\n');
    const goals = items(text, {
      title: '某区2024年1—6月重点项目进展情况',
      published: '2024-07-16',
    });
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['target', 1_200_000_000, '元'],
      ['achievement', 760_000_000, '元'],
      ['achievement', 63.3, '%'],
      ['target', 950_000_000, '元'],
      ['achievement', 610_000_000, '元'],
      ['achievement', 64.2, '%'],
    ]);
  });

  it('leaves last year’s results in a plan’s table out (2023年实际…) and reads its 目标值', () => {
    const text = [
      '序号\t责任单位\t2023年实际到位资金(亿元)\t实际到位资金目标值(亿元)',
      '1\t鹤城区\t118.6\t131',
      '2\t汀湖区\t96.2\t107',
    ].join('\n');
    const goals = items(text, {
      title: '某市2024年招商引资目标任务分解表',
      published: '2024-02-01',
    });
    expect(goals.map((g) => [g.kind, g.quote])).toEqual([
      ['target', '131'],
      ['target', '107'],
    ]);
  });

  it('reads a total row whose 序号 is empty, and leaves a place’s own area out', () => {
    const roads = [
      '序号\t乡镇\t新改建(公里)\t危桥改造(座)',
      '1\t青石镇\t21.5\t2',
      '2\t柳溪镇\t18.2\t3',
      '\t合计\t39.7\t5',
    ].join('\n');
    const goals = items(roads, { title: '某县2024年农村公路建设计划', published: '2024-02-23' });
    expect(goals.map((g) => [g.quote, g.metric])).toEqual([
      ['21.5', '青石镇新改建'],
      ['2', '青石镇危桥改造'],
      ['18.2', '柳溪镇新改建'],
      ['3', '柳溪镇危桥改造'],
      ['39.7', '合计新改建'],
      ['5', '合计危桥改造'],
    ]);
    const farmland = [
      '单位：万亩',
      '州（市）\t耕地面积\t新建高标准农田\t改造提升高标准农田',
      '芷阳市\t1412.6\t58.6\t21.0',
      '桐湾市\t1108.3\t47.2\t18.5',
    ].join('\n');
    const planned = items(farmland, {
      title: '某省2024年高标准农田建设工作方案',
      published: '2024-03-08',
    });
    expect(planned.map((g) => g.quote)).toEqual(['58.6', '21.0', '47.2', '18.5']);
  });

  it('reads a 其中: column and leaves a stock column (2023年底…保有量) out', () => {
    const text = [
      '区（县）\t2023年底公共充电桩保有量（个）\t计划新建公共充电桩（个）\t其中：直流快充桩（个）\t计划新建集中式充电站（座）',
      '青澜区\t2460\t680\t280\t9',
      '东湖区\t2150\t620\t250\t8',
    ].join('\n');
    const goals = items(text, {
      title: '某市2024年充电基础设施建设工作方案',
      published: '2024-03-01',
    });
    expect(goals.map((g) => [g.quote, g.unit, g.metric])).toEqual([
      ['680', '个', '青澜区计划新建公共充电桩'],
      ['280', '个', '青澜区直流快充桩'],
      ['9', '座', '青澜区计划新建集中式充电站'],
      ['620', '个', '东湖区计划新建公共充电桩'],
      ['250', '个', '东湖区直流快充桩'],
      ['8', '座', '东湖区计划新建集中式充电站'],
    ]);
  });

  it('leaves out a count of communities and bounds each row by its 完成时限 cell', () => {
    const text = [
      '序号\t街道\t城市社区数(个)\t新建设施(个)\t新建助餐点(个)\t完成时限',
      '1\t云栖街道\t9\t3\t2\t2024年10月底前',
      '2\t白鹭街道\t8\t2\t2\t2024年11月底前',
    ].join('\n');
    const goals = items(text, {
      title: '某区2024年社区嵌入式服务设施建设实施方案',
      published: '2024-03-01',
    });
    expect(goals.map((g) => [g.quote, g.due])).toEqual([
      ['3', '2024-10-31'],
      ['2', '2024-10-31'],
      ['2', '2024-11-30'],
      ['2', '2024-11-30'],
    ]);
  });

  it('leaves out what is held now (现有车位) but reads what is to be held (保有量目标)', () => {
    const text = [
      '单位：个',
      '乡镇\t现有充电车位\t新增充电车位\t充电车位保有量目标',
      '城关镇\t320\t60\t380',
      '青石镇\t180\t40\t220',
    ].join('\n');
    const goals = items(text, { title: '某县2024年充电设施建设工作方案', published: '2024-03-01' });
    expect(goals.map((g) => g.quote)).toEqual(['60', '380', '40', '220']);
  });
});
