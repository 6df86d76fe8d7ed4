/**
 * What the surroundings decide: kind (commitment or reported result), deadlines, due dates,
 * strength and the heading path.
 */
import { describe, expect, it } from 'vitest';
import { expectItem, expectNone, items } from './test-cases';

describe('kind', () => {
  it('reads commitments in a plan and results in a progress report', () => {
    expectItem('全年新增“品字标”企业500家', { kind: 'target' }, { title: '2021年工作目标' });
    expectItem(
      '年度发布“浙江制造”标准561项。',
      { kind: 'achievement' },
      { title: '省市场监管局年度重点工作四季度完成情况' },
    );
  });

  it('a clause that opens on its own bound looks forward after a reported one', () => {
    const goals = items('今年计划改造85公里,目前已开工58公里;年内完成窄路加宽改造40公里。', {
      published: '2024-05-10',
    });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 85, '2024-12-31'],
      ['achievement', 58, undefined],
      ['target', 40, '2024-12-31'],
    ]);
    // In a report, the same words tell what was done.
    expect(
      items('目前已开工58公里;年内完成窄路加宽改造40公里。', { title: '2023年工作总结' }).map(
        (g) => g.kind,
      ),
    ).toEqual(['achievement', 'achievement']);
  });

  it('拟 looks forward only as a verb of intent (拟于, 拟新建), not in 拟公开信息 or 虚拟', () => {
    const report = { title: '某局2023年政府信息公开工作年度报告', published: '2024-01-23' };
    expectItem('全年审核拟公开信息1,310条。', { kind: 'achievement' }, report);
    expectItem('推广虚拟经营等形式,帮扶企业30家。', { kind: 'achievement' }, report);
    expectItem('拟于明年新建学校3所。', { kind: 'target', due: '2024-12-31' }, report);
  });

  it('已有成效 names what exists; 将坚持 looks forward', () => {
    expectItem(
      '2024年,我局将坚持问题导向,在巩固已有成效的基础上,全年主动公开政府信息不少于1,300条。',
      { kind: 'target', value: 1300 },
      { title: '某局2023年政府信息公开工作年度报告', published: '2024-01-23' },
    );
  });

  it('a purpose opener followed by its own action keeps the amount (围绕…召开发布会4场)', () => {
    expectItem(
      '围绕“六五环境日”等节点召开新闻发布会4场。',
      { kind: 'achievement', value: 4 },
      { title: '2023年工作总结' },
    );
  });

  it('lets tense cues decide where the genre says nothing', () => {
    expectItem('截至目前,全省累计查处价格违法案件780余件。', { kind: 'achievement' });
    const done = items('完成食品抽样任务30余万批次,同比增长12%。');
    expect(done.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
    expectItem('力争新增新能源公交车500辆。', { kind: 'target' });
  });

  it('switches by heading in a mixed document (工作总结 / 工作计划)', () => {
    const text = [
      '一、2022年工作总结',
      '全年完成交通固定资产投资386亿元。',
      '二、2023年工作计划',
      '全年计划完成交通投资400亿元。',
    ].join('\n');
    const goals = items(text, { title: '交通运输2022年工作总结和2023年工作计划' });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 38_600_000_000],
      ['target', 40_000_000_000],
    ]);
  });

  it('reads a government work report: review first, then this year’s targets', () => {
    const text = [
      '一、2024年工作回顾',
      '过去一年,城镇新增就业12.5万人,城镇调查失业率5.1%。',
      '二、2025年经济社会发展主要目标',
      '城镇新增就业12万人以上,城镇调查失业率5.5%左右,居民消费价格涨幅2%左右。',
    ].join('\n');
    const goals = items(text, { title: '政府工作报告', published: '2025-01-20' });
    expect(goals.map((g) => [g.kind, g.comparator, g.value])).toEqual([
      ['achievement', '=', 125_000],
      ['achievement', '=', 5.1],
      ['target', '>=', 120_000],
      ['target', '~', 5.5],
      ['target', '~', 2],
    ]);
  });

  it('a task name in a progress table is a target, its progress a result', () => {
    const text =
      '38\n\n新建和改造提升社会公用计量标准装置100项\n\n超额完成建设任务,全年共完成123项。';
    const goals = items(text, { title: '年度重点工作四季度完成情况' });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 100],
      ['achievement', 123],
    ]);
  });

  it('a table row as text: each tab-separated cell takes the mode its header column names', () => {
    const text = [
      '序号\t项目名称\t年度目标任务\t1—9月完成情况\t牵头单位',
      '2\t老旧小区改造\t年底前完成老旧小区改造120个,惠及居民2.8万户\t已完工96个,惠及居民2.1万户\t市住建局',
      '4\t“15分钟健身圈”建设\t新建城市社区运动场地50处\t建成运动场地52处\t市体育局',
      '10\t平安校园建设\t确保校园安全事故零发生\t全市1268所中小学幼儿园全部接入“一键报警”系统,覆盖率100%\t市教育局',
    ].join('\n');
    const goals = items(text, {
      title: '2023年市政府民生实事项目1—9月推进情况',
      published: '2023-10-16',
    });
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['target', '年底前完成老旧小区改造120个', '2023-12-31'],
      ['target', '惠及居民2.8万户', '2023-12-31'],
      ['achievement', '已完工96个', undefined],
      ['achievement', '惠及居民2.1万户', undefined],
      ['target', '新建城市社区运动场地50处', undefined],
      ['achievement', '建成运动场地52处', undefined],
      ['target', '确保校园安全事故零发生', undefined],
      ['achievement', '全市1268所中小学幼儿园全部接入“一键报警”系统', undefined],
      ['achievement', '覆盖率100%', undefined],
    ]);
  });

  it('a field label gives the mode of what follows it (年度目标: / 进展情况:)', () => {
    const text = [
      '2.公办幼儿园建设',
      '年度目标:新建公办幼儿园10所;',
      '进展情况:已竣工7所,其余3所主体封顶,预计11月底前全部竣工。',
    ].join('\n');
    const goals = items(text, {
      title: '2023年市级重点民生项目三季度进展情况',
      published: '2023-10-20',
    });
    expect(goals.map((g) => [g.kind, g.quote])).toEqual([
      ['target', '新建公办幼儿园10所'],
      ['achievement', '已竣工7所'],
      ['achievement', '其余3所主体封顶'],
      ['deadline', '预计11月底前全部竣工'],
    ]);
  });

  it('a tab-separated row without a header naming modes follows the title', () => {
    const text = '1\t学前教育扩容\t新建公办幼儿园20所\t市教育局';
    expectItem(
      text,
      { kind: 'achievement', quote: '新建公办幼儿园20所' },
      {
        title: '民生实事项目推进情况',
      },
    );
  });

  it('figures under 存在的问题 or 基本情况 set the scene: no results, and no commitments', () => {
    const text = [
      '一、基本情况',
      '全县辖11个乡镇、186个行政村,2023年农村居民人均可支配收入18652元。',
      '二、存在的问题',
      '3个省重点项目未按期开工,乡镇水利站平均仅有技术人员2.1人。',
      '三、存在问题和下一步工作',
      '年底前再筹集保障性租赁住房400套以上。',
      '四、2024年工作思路',
      '新建公办幼儿园3所。',
    ];
    const goals = items(text.join('\n'), { title: '某区2023年工作完成情况和2024年工作思路' });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 400],
      ['target', 3],
    ]);
  });

  it('全年 in a paragraph opened by a past year looks back (2023年,…;全年追回…)', () => {
    const goals = items('2023年,全省参保率稳定在95%以上;全年追回医保基金4.6亿元。', {
      title: '2024年全省医疗保障工作要点',
      published: '2024-03-06',
    });
    expect(goals.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('results named by a subheading count under 发展基础和面临形势, the 形势 part not', () => {
    const text = [
      '一、发展基础和面临形势',
      '(一)“十三五”发展成就',
      '“十三五”期间,全市累计建成投产煤矿产能1800万吨/年,天然气产量11.3亿立方米。',
      '(二)面临的形势',
      '全市煤炭资源储量约120亿吨。',
      '二、发展目标',
      '到2025年,全市可再生能源发电装机达到500万千瓦。',
    ];
    const goals = items(text.join('\n'), {
      title: '某市“十四五”能源发展规划',
      published: '2022-06-10',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 18_000_000],
      ['achievement', 1_130_000_000],
      ['target', 5_000_000],
    ]);
  });

  it('面临的形势 sets the scene; 存在的主要问题 holds no results', () => {
    const text = [
      '第二节 面临的形势',
      '我市拥有各类科研院所和高等院校38家、两院院士6人。',
      '二、存在的主要问题',
      '全市农作物受灾面积约23万亩。',
    ];
    expect(items(text.join('\n'), { title: '某市工作总结', published: '2024-10-15' })).toEqual([]);
  });

  it('年度目标 / 全年计划 / 年度任务为 before an amount look forward in a report', () => {
    const goals = items(
      '全年计划新开工改造老旧小区96个,截至9月底,已开工96个。年度目标筹集保障性租赁住房3500套,已筹集3128套。年度任务为改造老旧管网186公里,已完成改造142.6公里,占年度任务的76.7%。',
      { title: '市住房和城乡建设局2024年1—9月重点工作进展情况', published: '2024-10-15' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 96, '2024-12-31'],
      ['achievement', 96, undefined],
      ['target', 3500, '2024-12-31'],
      ['achievement', 3128, undefined],
      ['target', 186, '2024-12-31'],
      ['achievement', 142.6, undefined],
      ['achievement', 76.7, undefined],
    ]);
  });

  it('a share of the plan (占计划投资的62.4%) is a result; a whole before 中 is no item', () => {
    const goals = items(
      '截至7月31日,48项任务中已完成9项。23个小区已全部开工,完成投资1.36亿元,占计划投资的62.4%。',
      { title: '关于2023年县政府重点工作任务落实情况的督查通报', published: '2023-08-21' },
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 9],
      ['achievement', 23],
      ['achievement', 136_000_000],
      ['achievement', 62.4],
    ]);
  });

  it('a heading that says 做好2024年…工作 opens commitments in a report; money paid out is a result', () => {
    const text = [
      '一、2023年预算执行情况',
      '拨付城乡居民基本养老保险基础养老金补助资金4.6亿元,获得省财政厅奖励资金1000万元。',
      '三、扎实做好2024年财政改革发展工作',
      '统筹整合涉农资金,新建高标准农田5万亩。',
    ];
    const goals = items(text.join('\n'), {
      title: '关于2023年预算执行情况和2024年预算草案的报告',
      published: '2024-01-22',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 460_000_000],
      ['achievement', 10_000_000],
      ['target', 50_000],
    ]);
  });

  it('an annual report (年度报告) reports; 因…造成的 names a kind of accident, not a past event', () => {
    expectItem(
      '全年为多子女家庭发放个人住房贷款412笔。',
      { kind: 'achievement', value: 412 },
      { title: '某市住房公积金2023年年度报告', published: '2024-03-29' },
    );
    expectItem(
      '确保不发生因气象服务失误造成的重大责任事故。',
      { kind: 'target', value: 0 },
      { title: '某县气象局2023年工作要点', published: '2023-02-16' },
    );
  });

  it('an introduction’s 报告如下: does not speak past a heading that names the genre', () => {
    const text = [
      '现将2023年工作总结和2024年工作计划报告如下:',
      '一、2023年工作总结',
      '(一)法治政府建设纵深推进。全年审核县政府规范性文件42件,提出修改意见136条。',
      '二、2024年工作计划',
      '(一)着力推进法治政府建设。力争全年办理法律援助案件1300件以上。',
    ];
    const goals = items(text.join('\n'), {
      title: '某县司法局2023年工作总结和2024年工作计划',
      published: '2024-01-12',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 42],
      ['achievement', 136],
      ['target', 1300],
    ]);
  });

  it('an opener that promises to report progress (通报进展情况:) still opens commitments', () => {
    const text = [
      '二、2024年工作安排',
      '(六)扎实推进“十件民生实事”。县政府将集中财力办好以下民生实事,定期向社会通报进展情况:',
      '1.教育提质工程。新建学校4所,新增学位2160个。',
    ];
    const goals = items(text.join('\n'), {
      title: '2024年县政府工作报告',
      published: '2024-01-16',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 4],
      ['target', 2160],
    ]);
  });

  it('each zero of a quoted list of them is a target', () => {
    const goals = items('确保实现“零重大火灾、零人员伤亡”目标。', {
      title: '某县森林防灭火工作方案',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 0],
      ['target', 0],
    ]);
    const unquoted = items('确保社区矫正对象零脱管、零漏管。', {
      title: '某县司法局2024年工作要点',
    });
    expect(unquoted.map((g) => [g.kind, g.value])).toEqual([
      ['target', 0],
      ['target', 0],
    ]);
  });

  it('计划 before an amount looks forward, even in a report', () => {
    const goals = items('新改建农村公路计划300公里,已完工265公里。', {
      title: '市交通运输局2023年度重点工作任务推进情况',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 300],
      ['achievement', 265],
    ]);
  });

  it('同比 states a target in a plan, a result in a report', () => {
    const plan = items('道路运输安全事故起数同比下降10%以上。', {
      title: '市交通运输局2024年工作要点',
    });
    expect(plan.map((g) => g.kind)).toEqual(['target']);
    const report = items('PM2.5平均浓度同比下降5.9%。', { title: '2023年上半年工作进展情况' });
    expect(report.map((g) => g.kind)).toEqual(['achievement']);
  });

  it('a restated annual target in a progress report stays a target', () => {
    const goals = items(
      '全年目标100亿元,已完成85亿元,完成率85%;已完成投资52亿元,占年度计划的65%。',
      {
        title: '2023年上半年重点工作进展情况',
      },
    );
    expect(goals.map((g) => g.kind)).toEqual([
      'target',
      'achievement',
      'achievement',
      'achievement',
      'achievement',
    ]);
    expect(goals[2]?.metric).toBe('完成率');
  });

  it('reads 工作开展情况 as a reporting section', () => {
    const text =
      '一、2022年工作开展情况\n新增三级医院5家。\n二、2023年工作思路\n新建社区卫生服务中心10个。';
    expect(items(text).map((g) => g.kind)).toEqual(['achievement', 'target']);
  });

  it('a past year that opens a paragraph frames its later sentences, until 今年 takes over', () => {
    const text =
      '2021年,国内生产总值达到114万亿元,增长8.1%。全国财政收入突破20万亿元。今年发展主要预期目标是:国内生产总值增长5.5%左右。';
    const goals = items(text, { published: '2022-03-05' });
    expect(goals.map((g) => g.kind)).toEqual([
      'achievement',
      'achievement',
      'achievement',
      'target',
    ]);
  });

  it('reads the publication date whatever its separators', () => {
    for (const published of ['2022-03-05', '2022/3/5', '2022年3月5日', '2022-03-05 09:33']) {
      expect(items('2021年,全国财政收入突破20万亿元。', { published })[0]?.kind).toBe(
        'achievement',
      );
    }
    expect(items('2021年,全国财政收入突破20万亿元。', { published: 'soon' })[0]?.kind).toBe(
      'target',
    );
  });

  it('a period that ended before publication looks back (“十三五”期间 in a later plan)', () => {
    expectItem(
      '“十三五”期间,全省PM2.5平均浓度下降28%。',
      { kind: 'achievement' },
      { title: '生态环境保护“十四五”规划', published: '2021-12-01' },
    );
  });

  it('累计 looks back in a review, forward in a plan', () => {
    const plan = {
      title: '某市生态环境保护三年行动实施方案(2023—2025年)',
      published: '2023-05-18',
    };
    const text = [
      '三、重点任务',
      '6.推进美丽河湖建设。每年创建省级美丽河湖5条,三年累计建成“美丽河湖”15条。',
      '7.到2025年,累计淘汰国三及以下排放标准营运柴油货车3000辆以上。',
    ].join('\n');
    expect(items(text, plan).map((g) => g.kind)).toEqual(['target', 'target', 'target']);
    const review = ['一、2023年工作回顾', '累计建成5G基站1.2万个。'].join('\n');
    expectItem(review, { kind: 'achievement' }, { title: '2024年某市政府工作报告' });
    expectItem(
      '第一章 发展基础\n五年累计新增养老床位5.6万张。',
      { kind: 'achievement' },
      { title: '某省“十四五”养老服务体系建设规划', published: '2021-12-20' },
    );
  });

  it('到 a year already over at publication does not look forward', () => {
    const context = { title: '某市全民健康“十四五”规划', published: '2021-12-01' };
    const text = [
      '一、“十三五”时期发展成就',
      '全市人均预期寿命提高到2020年的79.6岁,孕产妇死亡率、婴儿死亡率分别下降至8.2/10万、2.9‰。',
    ].join('\n');
    expect(items(text, context).map((g) => g.kind)).toEqual(['achievement', 'achievement']);
    expectItem('到2025年,人均预期寿命达到80.5岁。', { kind: 'target', due: '2025-12-31' }, context);
  });

  it('a year compared against is a baseline, not a past period (比2020年下降)', () => {
    const context = { title: '2023年全省交通运输工作要点', published: '2023-02-10' };
    expectItem(
      '营运车辆单位运输周转量二氧化碳排放比2020年下降约3.5%。',
      { kind: 'target', comparator: '~', value: 3.5 },
      context,
    );
    const g = expectItem(
      '到2025年,万元地区生产总值能耗较2020年下降14%。',
      { kind: 'target', value: 14, due: '2025-12-31' },
      context,
    );
    expect(g.quote).toBe('万元地区生产总值能耗较2020年下降14%');
  });
});

describe('deadlines', () => {
  it('a row that names a time and bounds it in the next cell is a deadline (时效指标)', () => {
    const text =
      '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t时效指标\t培训任务完成时间\t2024年11月30日前\n\t\t平台上线时间\t2024年10月底前\n序号\t任务\t完成时限\n';
    const goals = items(text, { title: '2024年度部门整体支出绩效目标表' });
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '培训任务完成时间\t2024年11月30日前', '2024-11-30'],
      ['deadline', '平台上线时间\t2024年10月底前', '2024-10-31'],
    ]);
  });

  it('巩固拓展脱贫攻坚成果 names a programme, not a vague aim', () => {
    expectItem(
      '10月底前完成2024年度巩固拓展脱贫攻坚成果和乡村振兴项目库建设。',
      { kind: 'deadline', due: '2024-10-31' },
      { title: '2024年乡村振兴工作计划', published: '2024-02-10' },
    );
  });

  it('资金拨付到位 and 公示 finish a task; 显著位置 is a place, not a vague aim', () => {
    expectItem('补贴资金于2024年12月底前拨付到位。', { kind: 'deadline', due: '2024-12-31' });
    expectItem(
      '县级配套资金于5月底前足额拨付至项目资金专户。',
      { kind: 'deadline' },
      { title: '2024年实施方案' },
    );
    expectItem(
      '3月15日前在小区显著位置和县政府门户网站公示改造方案,广泛听取居民意见。',
      { kind: 'deadline', due: '2024-03-15' },
      { title: '2024年城镇老旧小区改造实施计划' },
    );
  });

  it('a time-bound task without a quantity is a deadline', () => {
    expectItem(
      '6月底前完成所有超期未检燃气管道的定期检验工作。',
      {
        kind: 'deadline',
        due: '2022-06-30',
        quote: '6月底前完成所有超期未检燃气管道的定期检验工作',
      },
      { title: '2022年工作要点' },
    );
    expectItem('到2025年建成体制比较成熟、制度更加定型的市场监管体系。', {
      kind: 'deadline',
      due: '2025-12-31',
    });
  });

  it('reads action verbs beyond 完成/建成 (启动, 开工, 通车)', () => {
    expectItem(
      '上半年启动城市更新行动。',
      { kind: 'deadline', due: '2023-06-30' },
      { title: '2023年工作要点' },
    );
    expectItem(
      '确保沪渝蓉高铁年内开工。',
      { kind: 'deadline', strength: 'must', due: '2024-12-31' },
      { published: '2024-02-01' },
    );
    const plan = { title: '某省“十四五”养老服务体系建设规划', published: '2021-12-20' };
    const goals = items('建立统计监测制度,2023年开展中期评估,2025年底前完成总结评估。', plan);
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '2023年开展中期评估', '2023-12-31'],
      ['deadline', '2025年底前完成总结评估', '2025-12-31'],
    ]);
  });

  it('quotes the first clause after a time phrase that stands alone', () => {
    expectItem('2023年前,实现建设国家级食品安全城市目标。', {
      kind: 'deadline',
      quote: '实现建设国家级食品安全城市目标',
      due: '2023-12-31',
    });
  });

  it('a full date without 前 dates an event, not a task', () => {
    expect(items('2021年10月9日,市政府召开常务会议,审议通过实施方案。')).toEqual([]);
    expectItem('2021年10月9日前完成审议。', { kind: 'deadline', due: '2021-10-09' });
  });

  it('a vague aim after the time phrase is no item', () => {
    expect(items('到2024年,申请专利和授权专利数较以前有大幅度增加。')).toEqual([]);
    expect(items('奋力冲刺四季度,确保完成全年目标任务。', { published: '2020-12-24' })).toEqual([]);
  });

  it('争取 with funds is no tense cue: the mode decides (a summary reports what was obtained)', () => {
    const summary = items('二、2023年工作总结\n争取上级项目资金2100万元。', {
      title: '某镇2023年工作总结及2024年工作打算',
      published: '2024-01-10',
    });
    expect(summary.map((g) => g.kind)).toEqual(['achievement']);
    const plan = items('全年为外贸企业争取出口信用保险保费补贴2000万元。', {
      title: '2024年全市商务工作要点',
    });
    expect(plan.map((g) => g.kind)).toEqual(['target']);
  });

  it('a date that describes a noun (2000年底前建成的小区) frames no list', () => {
    const text = [
      '到2026年底基本完成2000年底前建成的需改造城镇老旧小区改造任务。具体为:',
      '——2024年,开工改造城镇老旧小区412个,惠及居民6.5万户。',
    ].join('\n');
    const goals = items(text, { title: '某市老旧小区改造三年行动计划', published: '2024-04-15' });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['deadline', undefined, '2026-12-31'],
      ['target', 412, '2024-12-31'],
      ['target', 65_000, '2024-12-31'],
    ]);
  });

  it('only the last sentence of a list opener speaks for its list', () => {
    const text = [
      '一、上半年工作完成情况',
      '气象服务保障任务较往年明显加重。全市气象部门主动作为,重点做好以下工作:',
      '(一)气象监测能力持续提升。新建区域自动气象站14个。',
    ].join('\n');
    const goals = items(text, { title: '某市气象局2024年上半年工作总结及下半年工作安排' });
    expect(goals.map((g) => g.kind)).toEqual(['achievement']);
  });

  it('the item’s own clause decides: what remains is planned, what was done is reported', () => {
    const goals = items(
      '已督促3个区归还专项债券资金6.84亿元,剩余1.16亿元计划于2024年6月30日前归还到位。其中2个项目已于2023年11月建成通车,剩余1个项目计划于2024年5月底前完工。',
      { title: '关于2022年度审计查出问题整改情况的报告', published: '2023-12-28' },
    );
    expect(goals.filter((g) => g.value !== 3).map((g) => [g.kind, g.value, g.due])).toEqual([
      ['achievement', 684_000_000, undefined],
      ['target', 116_000_000, '2024-06-30'],
      ['achievement', 2, undefined],
      ['target', 1, '2024-05-31'],
    ]);
  });

  it('a zero state written as a duty is a commitment even in a report; 造成 reports', () => {
    const goals = items('5月份全州发生事故2起,造成1人死亡。坚决防范同类事故再次发生。', {
      title: '全州5月份安全生产工作情况通报',
      published: '2024-06-05',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 2],
      ['achievement', 1],
      ['target', 0],
    ]);
  });

  it('a submission date is a deadline, even with a phone number in brackets after it', () => {
    expectItem(
      '于3月15日前报省局办公室(联系电话:0851-86512345)。',
      {
        kind: 'deadline',
        due: '2024-03-15',
      },
      { title: '2024年全省税务工作要点' },
    );
  });

  it('a quota handed down, bounded by the sentence’s year, is a deadline (完成省下达任务)', () => {
    const goals = items(
      '今年主要预期目标是:地区生产总值增长6%左右;单位地区生产总值能耗降低完成国家下达任务。',
      { title: '2025年政府工作报告', published: '2025-01-20' },
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2025-12-31'],
      ['deadline', '2025-12-31'],
    ]);
    expect(items('能耗降低完成国家下达任务。', { title: '2025年政府工作报告' })).toEqual([]);
  });

  it('a later clause opening on 建成, after a phrase that opens its sentence, is a deadline', () => {
    const goals = items(
      '到2025年,全市能源安全保障能力显著增强,绿色低碳转型取得明显成效,基本建成清洁低碳、安全高效的现代能源体系。',
      { title: '某市“十四五”能源发展规划', published: '2022-06-10' },
    );
    expect(goals.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '基本建成清洁低碳、安全高效的现代能源体系', '2025-12-31'],
    ]);
    // Not when the phrase sits inside a clause of its own rather than opening the sentence.
    expect(items('各地于2025年底前完成摸底,建成台账。', { title: '某市工作方案' })).toHaveLength(1);
  });

  it('a target with a date stays a target with a due, not a second deadline', () => {
    const goals = items('到2025年,重点工业产品监督抽查合格率达95%以上。');
    expect(goals.map((g) => [g.kind, g.due])).toEqual([['target', '2025-12-31']]);
  });

  it('a month (9月份) after 争取 / 确保 bounds a task of its own', () => {
    const goals = items('配合区城管局做好浑河沿岸亮化提升工程,争取9月份投入使用。', {
      title: '某街道2024年工作计划',
    });
    expect(goals.map((g) => [g.kind, g.due, g.strength])).toEqual([
      ['deadline', '2024-09-30', 'strive'],
    ]);
  });

  it('a bare completion after a sentence’s amounts dates them and is no task of its own', () => {
    const goals = items('完成老旧小区改造5个,惠及居民1860户,10月底前全部完工。', {
      title: '某街道2024年工作计划',
    });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 5, '2024-10-31'],
      ['target', 1860, '2024-10-31'],
    ]);
    // Without an amount before it, the dated task stands on its own.
    const alone = items('做好沿岸亮化提升工程,10月底前全部完工。', {
      title: '某街道2024年工作计划',
    });
    expect(alone.map((g) => [g.kind, g.due])).toEqual([['deadline', '2024-10-31']]);
  });

  it('a place profile holds no goals, but a ranking phrase does not make one', () => {
    const goals = items('我县主要经济指标位于全市前列,地区生产总值增长6.5%。', {
      title: '某县2024年工作要点',
    });
    expect(goals.map((g) => g.value)).toEqual([6.5]);
  });
});

describe('due', () => {
  it('an explicit phrase of the clause wins over the year of a noun (年度目标任务)', () => {
    const goals = items('确保9月底前完成年度目标任务的75%以上。', {
      title: '关于2023年重点工作任务落实情况的督查通报',
      published: '2023-08-21',
    });
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([['target', 75, '2023-09-30']]);
  });

  it('propagates through the sentence across ；, not past 。', () => {
    const text =
      '“十四五”规划期间,发展放心店200家;全区年食品安全事故率控制在10/百万人口以内,确保不发生重大食品安全事故。驰名商标总量达12件以上。';
    expect(items(text).map((g) => g.due)).toEqual([
      '2025-12-31',
      '2025-12-31',
      '2025-12-31',
      undefined,
    ]);
  });

  it('takes the year of a partial date from the heading, then the title, then published', () => {
    const text = '二、2022年工作计划\n6月底前完成老旧小区改造100个。';
    expect(items(text, { title: '2021年总结和2022年计划' })[0]?.due).toBe('2022-06-30');
    expect(items('年底前完成改造100个。', { title: '2021年工作目标' })[0]?.due).toBe('2021-12-31');
    expect(items('年底前完成改造100个。', { published: '2023-02-01' })[0]?.due).toBe('2023-12-31');
  });

  it('a bare year right before the verb of an aim bounds it (城镇化率2025年达到65%)', () => {
    expectItem('常住人口城镇化率2025年达到65%', { due: '2025-12-31', metric: '常住人口城镇化率' });
  });

  it('a time phrase inside a later item belongs to that item (其中6月底前建成1500个)', () => {
    const goals = items('新建5G基站3000个,其中6月底前建成1500个。', { title: '2024年工作计划' });
    expect(goals.map((g) => [g.value, g.due])).toEqual([
      [3000, undefined],
      [1500, '2024-06-30'],
    ]);
    // Without an item of its own, a later phrase still bounds the item before it.
    expect(items('新建5G基站3000个,6月底前全部完成。', { title: '2024年工作计划' })[0]?.due).toBe(
      '2024-06-30',
    );
  });

  it('a month that opens a schedule item bounds its task (3月份,听取和审议…的报告)', () => {
    const text =
      '1.3月份,听取和审议县政府关于2023年度国有资产管理情况的综合报告。\n2.7月份,开展农产品质量安全法执法检查。';
    const goals = items(text, { title: '县人大常委会2024年工作要点', published: '2024-02-01' });
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2024-03-31'],
      ['deadline', '2024-07-31'],
    ]);
  });

  it('a 完成时限 note closing the sentence bounds every item before it', () => {
    const text =
      '8.补齐污水处理短板。新建改造污水管网12公里,农村污水处理设施正常运行率不低于90%(责任单位:区住建局、区农业农村局;完成时限:2024年12月底前)。' +
      '9.开展巡河。区级河湖长每季度巡河不少于1次(责任单位:区河长办;完成时限:全年)。';
    const goals = items(text, { title: '2024年河湖长制工作要点' });
    expect(goals.map((g) => [g.quote, g.due])).toEqual([
      ['新建改造污水管网12公里', '2024-12-31'],
      ['农村污水处理设施正常运行率不低于90%', '2024-12-31'],
      ['区级河湖长每季度巡河不少于1次', '2024-12-31'],
    ]);
  });

  it('三年内 in a three-year plan ends with the plan, counted from the year it was published', () => {
    const goals = items('三年内新增A级旅游景区6家,三年累计发放文旅消费券不少于1500万元。', {
      title: '岭曦县文旅消费提振三年行动方案(2024—2026年)',
      published: '2024-03-15',
    });
    expect(goals.map((g) => g.due)).toEqual(['2026-12-31', '2026-12-31']);
  });

  it('a title or heading year alone gives no due', () => {
    expect(
      items('双随机抽查事项覆盖率达到100%。', { title: '2021年工作目标' })[0]?.due,
    ).toBeUndefined();
  });

  it('achievements never carry a due', () => {
    expectItem('2020年全年共完成123项。', { kind: 'achievement' });
    expect(items('2020年全年共完成123项。')[0]?.due).toBeUndefined();
  });
});

describe('strength', () => {
  it('reads 确保 / 坚决 as must, 力争 / 争创 as strive, else plan', () => {
    expectItem('确保特种设备万台事故率控制在0.25以内', { strength: 'must' });
    expectItem('力争新增异地异店无理由退货承诺企业200', { strength: 'strive' });
    expectItem('发展专利示范企业15家', { strength: 'plan' });
    expectItem('严守18亿亩耕地红线', {
      strength: 'must',
      value: 1.8e9,
      unit: '亩',
      metric: '耕地红线',
    });
  });

  it('a cue governs forward across commas but not backward nor across ；', () => {
    const text =
      '争创2家编钟质量奖和1家长江质量奖提名奖,中国驰名商标3件;发展放心店200家。驰名商标总量达12件以上,在原有的9件驰名商标上力争增加3件。';
    expect(items(text).map((g) => g.strength)).toEqual([
      'strive',
      'strive',
      'strive',
      'plan',
      'plan',
      'strive',
    ]);
  });

  it('an end state may carry its own cue (坚决遏制…事故发生)', () => {
    expectItem('坚决遏制重特大道路运输事故发生', { strength: 'must', value: 0 });
  });

  it('争取 with an object governs only its own clause', () => {
    const goals = items('争取国家项目投资3000万元,监管所按照平均300m2的标准建设。');
    expect(goals.map((g) => g.strength)).toEqual(['strive', 'plan']);
  });
});

describe('list openers', () => {
  const text = [
    '到2025年,力争实现以下目标:',
    '1.县域义务教育优质均衡发展县比例达到40%;',
    '2.学前教育毛入园率达到92%以上。',
    '',
    '以下是2023年工作回顾:',
    '1️⃣ 新增高速公路100公里。',
  ].join('\n');
  const goals = items(text, { published: '2024-01-15' });

  it('a 力争 that opens a list governs every item on it, with its time phrase', () => {
    expect(goals.slice(0, 2).map((g) => [g.kind, g.strength, g.due])).toEqual([
      ['target', 'strive', '2025-12-31'],
      ['target', 'strive', '2025-12-31'],
    ]);
  });

  it('an opener that reviews the past makes its items results', () => {
    expect(goals.slice(2).map((g) => [g.kind, g.value])).toEqual([['achievement', 100]]);
  });

  it('a plain paragraph is no list: the opener stops governing', () => {
    const after = items('力争实现以下目标:\n1.达到90%;\n此外,新增企业500家。');
    expect(after.map((g) => g.strength)).toEqual(['strive', 'plan']);
  });
});

describe('section', () => {
  it('a 0 alone on a line is a table cell, not a row heading', () => {
    const text = ['行政复议', '0', '0', '', '五、改进措施', '全年组织培训不少于3次。'].join('\n');
    expect(items(text, { title: '2023年年度报告' })[0]?.section).toEqual(['五、改进措施']);
  });

  it('is the heading path, outermost first, with readable labels', () => {
    const text = [
      '三、主要任务',
      '(三)守牢安全底线促发展',
      '1、强化食品药品安全监管。',
      '建成9个基层食品药品安全监管机构。',
    ].join('\n');
    expect(items(text)[0]?.section).toEqual([
      '三、主要任务',
      '(三)守牢安全底线促发展',
      '1、强化食品药品安全监管',
    ]);
  });

  it('names a progress-table row by its number and task', () => {
    const text = '12\n\n实施地理标志强企富农行动\n\n1.全年全省申报地理标志57件。';
    expect(items(text)[0]?.section[0]).toBe('12 实施地理标志强企富农行动');
  });

  it('reads a list number right before a month as a marker (2.9月1日前…)', () => {
    const g = expectItem(
      '2.9月1日前完成全市中小学食堂“明厨亮灶”改造。',
      {
        kind: 'deadline',
        due: '2024-09-01',
      },
      { title: '市教育局2024年工作计划' },
    );
    expect(g.quote).toBe('9月1日前完成全市中小学食堂“明厨亮灶”改造');
    expect(g.section).toEqual(['2.9月1日前完成全市中小学食堂“明厨亮灶”改造']);
    expectItem('学前教育普惠率提高2.9个百分点。', { value: 2.9, unit: '个百分点' });
  });

  it('picks up 一是 / 二是 inside a paragraph', () => {
    const text = '(二)深化改革。一是深化“证照分离”改革。二是推进质量提升,全年新增企业500家。';
    expect(items(text)[0]?.section).toEqual(['(二)深化改革', '二是推进质量提升']);
  });
});

describe('years and periods in reviews and plans', () => {
  const review = { title: '某市妇女发展规划2023年度监测评估报告', published: '2024-06-21' };

  it('a past year that states a value (2023年为31.2%) is a result in a later review', () => {
    const goals = items(
      '《规划》目标为到2030年达到35%以上。2023年为31.2%,比上年提高2.4个百分点。',
      review,
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 35],
      ['achievement', 31.2],
      ['achievement', 2.4],
    ]);
  });

  it('当年 qualifies an amount (that year’s); the year before it bounds the sentence', () => {
    const g = expectItem(
      '2030年,当年新增新能源交通工具比例达到40%左右。',
      {},
      { published: '2023-06-01' },
    );
    expect(g.due).toBe('2030-12-31');
  });

  it('三季度末累计 bounds a running total at the quarter’s end', () => {
    expectItem(
      '三季度末累计完成全年目标任务的75%以上。',
      { kind: 'target', due: '2024-09-30' },
      { title: '某市2024年招商引资工作方案', published: '2024-02-01' },
    );
  });

  it('a task with its own bound looks forward even when an 已 qualifies its object', () => {
    const plan = { title: '某县2024年地质灾害防治方案', published: '2024-03-01' };
    expectItem(
      '6月15日前完成全县已建监测设备的汛前巡检维护。',
      { kind: 'deadline', due: '2024-06-15' },
      plan,
    );
    expectItem(
      '三季度完成已竣工验收治理工程所涉隐患点的核销工作。',
      { kind: 'deadline', due: '2024-09-30' },
      plan,
    );
    expectNone('6月底前已完成全部整改。', plan);
  });

  it('figures under a 现状 heading describe the setting', () => {
    const text = [
      '(一)隐患点现状',
      '截至2023年12月底,全县在册地质灾害隐患点163处,其中滑坡104处。',
    ].join('\n');
    expect(items(text, { title: '某县2024年地质灾害防治方案', published: '2024-03-01' })).toEqual(
      [],
    );
  });
});

describe('reviews of a plan', () => {
  const midterm = { title: '某县“十四五”文物保护专项规划中期评估报告', published: '2023-12-06' };

  it('an evaluation report (评估报告) reports, and the plan’s aims it restates stay targets', () => {
    expectItem('评估组实地核查文物点85处。', { kind: 'achievement' }, midterm);
    const goals = items('《规划》要求孕产妇系统管理率稳定在92%以上。2023年为95.7%。', midterm);
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 92],
      ['achievement', 95.7],
    ]);
  });

  it('a year in the item’s clause bounds it before a later one (2024年达到85%、2025年达到100%)', () => {
    const goals = items('确保完成率2024年达到85%、2025年达到100%。', { published: '2023-12-06' });
    expect(goals.map((g) => [g.value, g.due])).toEqual([
      [85, '2024-12-31'],
      [100, '2025-12-31'],
    ]);
  });

  it('a progress bulletin heading with its period in brackets reports (月度进展通报(2024年1—6月))', () => {
    const text = [
      '五、月度进展通报(2024年1—6月)',
      '(二)分月情况',
      '1月:当月完成投资620万元。',
    ].join('\n');
    const plan = { title: '某县2024年农村公路建设年度目标任务清单', published: '2024-07-05' };
    expectItem(text, { kind: 'achievement', value: 6_200_000 }, plan);
  });

  it('under 基本情况, a year already over reports the work done, not the levels', () => {
    const text = [
      '一、基本情况',
      '截至2023年底,全县农村公路总里程4,862公里。2023年,全县完成农村公路新改建156.3公里,建制村通客车率为100%。',
    ].join('\n');
    const plan = { title: '某县2024年农村公路建设年度目标任务清单', published: '2024-07-05' };
    expect(items(text, plan).map((g) => [g.kind, g.value])).toEqual([['achievement', 156.3]]);
  });
});

describe('reports inside notices and bulletins', () => {
  it('a 工作基础 heading reviews the work done so far', () => {
    const text = [
      '一、工作基础',
      '2023—2024学年,全县52所义务教育学校全部开展课后服务,学生参与率达到93.6%。',
    ].join('\n');
    const notice = {
      title: '某县教育局关于做好2024年秋季学期“双减”工作的通知',
      published: '2024-08-23',
    };
    expect(items(text, notice).map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('实施三年来 looks back', () => {
    expectItem(
      '“双减”实施三年来,累计查处违规培训行为17起。',
      { kind: 'achievement' },
      { title: '2024年工作要点' },
    );
  });

  it('a bulletin on the state of things (…质量状况的通报) reports', () => {
    const bulletin = {
      title: '某市生态环境局关于2024年3月全市生态环境质量状况的通报',
      published: '2024-04-12',
    };
    expectItem(
      '3月份,全市PM2.5平均浓度为33μg/m³。',
      { kind: 'achievement', unit: '微克/立方米' },
      bulletin,
    );
  });

  it('the figure a change starts from (在上年118家的基础上) is a baseline', () => {
    const goals = items('学生课后服务参与率在上学年93.6%的基础上进一步提高,达到95%以上。', {
      title: '2024年工作要点',
    });
    expect(goals.map((g) => g.value)).toEqual([95]);
  });
});

describe('plans over several years, targets named in results, campaign ends', () => {
  it('a partial date in a plan over a range of years falls in its first year', () => {
    const plan = { title: '某市质量强市建设实施方案(2024—2027年)', published: '2024-04-12' };
    expectItem(
      '6月底前出台住宅工程质量分户验收管理办法。',
      { kind: 'deadline', due: '2024-06-30' },
      plan,
    );
  });

  it('the target a result is measured against is no item (未完成…6.5%的预期目标)', () => {
    const report = { title: '某县2023年计划执行情况的报告', published: '2024-02-01' };
    const goals = items('全年地区生产总值增长6.1%,但未完成年初确定的6.5%的预期目标。', report);
    expect(goals.map((g) => g.value)).toEqual([6.1]);
    expectNone('超额完成市下达的15%目标任务。', report);
  });

  it('a campaign that ends by a date (4月30日前全面结束, 12月上旬发放完毕) is a deadline; a forecast is not', () => {
    const plan = { title: '某县2024年动物防疫工作计划', published: '2024-02-20' };
    expectItem('3月1日开始,4月30日前全面结束。', { kind: 'deadline', due: '2024-04-30' }, plan);
    expectItem('第四轮于12月上旬发放完毕。', { kind: 'deadline', due: '2024-12-10' }, plan);
    expectNone('预计10月下旬收获完毕。', plan);
    expectNone('活动时间从2024年9月开始,至2024年11月底结束。', plan);
  });

  it('under 基本情况, counted work of a past year (共免疫…万头次) is a result; a stock column is a baseline', () => {
    const plan = { title: '某县2024年动物防疫工作计划', published: '2024-02-20' };
    const text = ['一、基本情况', '2023年,全县共免疫猪口蹄疫疫苗41.2万头次。'].join('\n');
    expectItem(text, { kind: 'achievement', value: 412_000, unit: '头次' }, plan);
    const table = [
      '畜种\t免疫病种\t2023年末存栏\t计划免疫数量\t免疫密度要求',
      '猪\t口蹄疫\t18.6万头\t40万头次\t≥90%',
    ].join('\n');
    expect(items(table, plan).map((g) => g.quote)).toEqual(['40万头次', '≥90%']);
  });
});

describe('baselines and thresholds', () => {
  it('a figure compared against (较2022年的36.16亿元) is a baseline', () => {
    const report = { title: '某镇2024年政府工作报告', published: '2024-01-19' };
    const goals = items(
      '2023年,全镇完成地区生产总值38.62亿元,较2022年的36.16亿元净增2.46亿元。',
      report,
    );
    expect(goals.map((g) => g.value)).toEqual([3_862_000_000, 246_000_000]);
  });

  it('a threshold that picks whom a measure is taken against (完成率低于90%的区) is no aim', () => {
    expectNone('对年度任务完成率低于90%的区进行约谈。');
    expectItem('对全省30%以上的县级税务局开展执法督察。', { value: 30, comparator: '>=' });
  });

  it('in a plan, 已 opening the subject qualifies it; 由2023年底的… is where the change starts', () => {
    const plan = { title: '某市2024年保障性住房工作任务', published: '2024-03-15' };
    const g = expectItem(
      '已竣工保障性租赁住房项目平均入住率由2023年底的72.6%提高到85%以上。',
      { kind: 'target', value: 85 },
      plan,
    );
    expect(g.due).toBeUndefined();
    expectItem('从2024年到2026年,新建学校10所。', { due: '2026-12-31' }, plan);
  });
});

describe('bulletins of the state of the environment', () => {
  const bulletin = {
    title: '某市生态环境局关于2024年3月全市生态环境质量状况的通报',
    published: '2024-04-12',
  };

  it('days counted in a report (共出现轻度污染4天) are results', () => {
    const goals = items('全月共出现轻度污染4天。累计出现重污染天气1天。', bulletin);
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['achievement', 4, '天'],
      ['achievement', 1, '天'],
    ]);
  });

  it('a share of the year’s plan (占年度计划投资的31.5%) reports progress', () => {
    expectItem('占年度计划投资的31.5%。', { kind: 'achievement', value: 31.5 }, bulletin);
  });

  it('reaching a class or a standard by a date is a deadline; a count before it makes a target', () => {
    const plan = { title: '2024年水污染防治工作要点', published: '2024-02-01' };
    expectItem(
      '6月底前太平港断面、西塘河口断面稳定达到Ⅲ类水质。',
      { kind: 'deadline', due: '2024-06-30' },
      plan,
    );
    expectItem(
      '6月底前14个乡镇工作站全部建成。',
      { kind: 'target', value: 14, due: '2024-06-30' },
      plan,
    );
    expectNone('位列全省前3位。', plan);
  });
});

describe('dividing the year’s tasks, and a title with two years', () => {
  it('分解落实 by a date is a deadline; 分解如下 and a 分解表 are not', () => {
    const plan = { title: '某县科技局2023年工作总结和2024年工作计划', published: '2024-01-20' };
    const g = expectItem(
      '二、工作要求\n3月底前将年度科技工作目标任务分解落实到各责任科室。',
      { kind: 'deadline' },
      plan,
    );
    // The plan part of a title with a review year and a plan year dates partial dates.
    expect(g.due).toBe('2024-03-31');
    expectNone('现将2024年全面推进乡村振兴重点任务分解如下:', plan);
    expectNone('附件:2024年林业重点工作任务分解表.xlsx', plan);
  });
});

describe('assessment notices and livelihood-project progress', () => {
  it('a notice of results (考核结果的通报) and a 总体情况 heading report', () => {
    const notice = {
      title: '某县水利局关于2023年度河湖长制工作考核结果的通报',
      published: '2024-03-15',
    };
    const text = [
      '一、2023年度工作总体情况',
      '(二)河湖治理成效明显。完成中小河流治理12.6公里。',
    ].join('\n');
    expectItem(text, { kind: 'achievement', value: 12.6 }, notice);
  });

  it('十件民生实事 names the programme, unless they are reported done', () => {
    const report = { title: '某市2024年十件民生实事项目进展情况', published: '2024-10-10' };
    expectNone('某市2024年十件民生实事项目进展情况(截至9月底)', report);
    expectItem('十件民生实事全面完成。', { kind: 'achievement', value: 10 }, report);
    expectItem('截至9月底,十件民生实事累计完成投资14.2亿元。', { value: 1_420_000_000 }, report);
  });

  it('a count of what is under way (3家正在施工) is no result', () => {
    expectNone('其中3家正在施工,其余2家正在评审。', { title: '2024年民生实事进展情况' });
  });
});

describe('years inside lists, and the year’s task as a whole', () => {
  const plan = { title: '某县养老服务体系建设三年行动方案(2024—2026年)', published: '2024-03-01' };

  it('each year of a list bounds its own value (2024年新建3个、2025年新建5个)', () => {
    const goals = items(
      '2024年新建3个、2025年新建5个。健康管理率2024年达到70%、2026年不低于75%。',
      plan,
    );
    expect(goals.map((g) => [g.value, g.due, g.metric])).toEqual([
      [3, '2024-12-31', '新建'],
      [5, '2025-12-31', '新建'],
      [70, '2024-12-31', '健康管理率'],
      [75, '2026-12-31', '健康管理率'],
    ]);
  });

  it('全年…任务的55% is a share of the year’s task; 上半年累计 bounds it', () => {
    expectItem(
      '上半年累计完成全年抽检任务的55%以上。',
      { due: '2024-06-30', value: 55 },
      { title: '2024年抽检计划', published: '2024-02-01' },
    );
  });
});

describe('task lists under captions', () => {
  it('a header opens on 序号 even under a caption of short labels (附件 / 重点任务清单)', () => {
    const text = [
      '附件',
      '重点任务清单',
      '序号\t重点任务\t牵头单位\t完成时限',
      '1\t上线运行惠企服务平台\t市政务服务管理办\t2024年6月底前',
      '2\t惠企政策“免申即享”事项不少于50项\t市发展改革委\t2024年12月底前',
    ].join('\n');
    const goals = items(text, { title: '某市2024年优化营商环境工作方案', published: '2024-02-20' });
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2024-06-30'],
      ['target', '2024-12-31'],
    ]);
  });
});

describe('targets with their base in brackets, and 已建 as a qualifier', () => {
  const notice = {
    title: '某市关于下达2024年就业和社会保险工作目标任务的通知',
    published: '2024-02-26',
  };

  it('a base in brackets (以2023年底参保人数118.6万人为基数) neither counts nor turns later targets into results', () => {
    const goals = items(
      '到2024年底,净增2.4万人(以2023年底参保人数118.6万人为基数);失业保险参保人数达到43.5万人。',
      notice,
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 24_000],
      ['target', 435_000],
    ]);
  });

  it('已建 before a noun qualifies it (已建工会企业); 已建成 reports', () => {
    const goals = items(
      '规模以上企业劳动合同签订率保持在95%以上,已建工会企业集体合同签订率达到90%。',
      notice,
    );
    expect(goals.map((g) => g.kind)).toEqual(['target', 'target']);
    expectItem('已建成5所学校。', { kind: 'achievement' }, { title: '2023年工作总结' });
  });
});

describe('progress columns', () => {
  it('a 形象进度 / 完成进度 column reports what was done', () => {
    const text = [
      '三、下半年工作安排',
      '序号\t项目名称\t责任单位\t形象进度',
      '1\t城东片区路网提升\t区住建局\t完成路基施工4.2公里',
      '2\t岚溪河综合治理\t区水利局\t完成河道清淤38万立方米',
    ].join('\n');
    const goals = items(text, {
      title: '某区2024年1—6月重点项目进展情况',
      published: '2024-07-16',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 4.2],
      ['achievement', 380_000],
    ]);
  });
});

describe('task-list rows that head their figures', () => {
  it('a line of work that the cell’s figures measure is no deadline; a deliverable is', () => {
    const plan = { title: '某市2024年数字政府建设重点任务清单', published: '2024-03-01' };
    const table = [
      '序号\t任务\t牵头单位\t完成时限',
      '1\t推进市政务云平台扩容升级，新增计算资源不少于8000核\t市数据局\t2024年9月底前',
      '2\t建成全市电子政务外网IPv6改造工程，骨干网络带宽提升至10Gbps\t市数据局\t2024年6月底前',
      '3\t推动笋竹现代农业产业园通过认定，启动创建省级现代农业产业园2个\t县农业局\t10月底前',
      '4\t组织数字政府专题培训\t市委组织部\t11月底前',
    ].join('\n');
    const found = items(table, plan);
    const deadlines = found.filter((g) => g.kind === 'deadline').map((g) => g.quote);
    expect(deadlines).toEqual([
      '建成全市电子政务外网IPv6改造工程',
      '推动笋竹现代农业产业园通过认定',
      '组织数字政府专题培训',
    ]);
    const first = found.find((g) => g.value === 8000);
    expect([first?.kind, first?.due]).toEqual(['target', '2024-09-30']);
  });
});

describe('shortfalls', () => {
  it('a level the page calls short (仅为, 尚有, 不足) is no result; how far a task got is', () => {
    const plan = { title: '某市2024年数字政府建设工作要点', published: '2024-03-01' };
    expectNone(
      '2023年，部门间数据共享率仅为58%，人均地区生产总值仅为全省平均水平的78%，市级部门尚有47个业务系统未完成上云迁移，部分县电子证照应用率不足60%。',
      plan,
    );
    expectItem(
      '2023年，全市46个入河排污口整治完成率仅为58.7%。',
      { kind: 'achievement', value: 58.7 },
      plan,
    );
  });
});

describe('a heading that names results and problems', () => {
  it('reads the figures under 工作成效和存在问题 as results', () => {
    const plan = { title: '某市2024年大气污染防治工作计划', published: '2024-03-01' };
    expectItem(
      '一、2023年工作成效和存在问题\n2023年，全年完成燃煤锅炉淘汰改造46台。',
      { kind: 'achievement', value: 46 },
      plan,
    );
    expectNone('一、存在的问题\n2023年，全年完成燃煤锅炉淘汰改造46台。', plan);
  });
});

describe('last year’s work in a plan’s background', () => {
  it('a paragraph that opened on a past year reports its later sentences’ work', () => {
    const plan = { title: '某镇2024年森林防灭火工作方案', published: '2024-01-19' };
    const found = items(
      '一、基本情况\n枫溪镇林地面积17.3万亩。2023年，全镇共排查整改火灾隐患214处。全年组织开展扑火实战演练5次，新建防火蓄水池3口。\n二、工作目标\n森林覆盖率达到77%。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 214],
      ['achievement', 5],
      ['achievement', 3],
      ['target', 77],
    ]);
  });

  it('so does a sentence that opens on a period already begun (2021年以来)', () => {
    const plan = { title: '某市2024—2026年公交优先发展三年行动计划', published: '2024-04-01' };
    expectItem(
      '一、发展现状\n2021年以来，累计新辟优化公交线路46条。',
      { kind: 'achievement', value: 46 },
      plan,
    );
  });
});

describe('stocks in a plan', () => {
  it('a stock the work starts from is no result; the year’s work is', () => {
    const plan = { title: '某市2024年“无废城市”建设工作方案', published: '2024-03-01' };
    const found = items(
      '一、工作基础\n2023年，全市一般工业固体废物产生量1286万吨，综合利用率达到86.4%。全县现有学校97所，在校学生5.38万人。全市机动车保有量已达62.4万辆，其中柴油货车2.3万辆。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([['achievement', 86.4]]);
  });
});

describe('a report’s next steps', () => {
  it('下一步工作重点 heads commitments in a progress report', () => {
    expectItem(
      '四、下一步工作重点\n（一）全力抓好项目建设。二季度新开工亿元以上项目不少于50个。',
      { kind: 'target', value: 50, due: '2024-06-30' },
      { title: '某市2024年一季度主要经济指标完成情况', published: '2024-04-22' },
    );
  });
});

describe('a completion that names only the last step', () => {
  it('dates the amounts before it and is no task of its own (完成采购安装)', () => {
    expectItem(
      '为农村学校配备智慧黑板320套，2024年12月底前完成采购安装。',
      { kind: 'target', value: 320, due: '2024-12-31' },
      { title: '某县教育局2024—2025学年工作要点', published: '2024-09-01' },
    );
  });
});

describe('a government work report’s estimates of the year just ended', () => {
  it('reads 预计全年… under a past year’s review as results, and the new year’s as targets', () => {
    const found = items(
      '一、2023年工作回顾\n预计全年地区生产总值完成286.5亿元，增长6.3%；一般公共预算收入15.8亿元。\n二、2024年工作安排\n全年地区生产总值增长6%。预计全年可达到53.6%左右。',
      { title: '2024年某县人民政府工作报告', published: '2024-01-16' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 28_650_000_000],
      ['achievement', 6.3],
      ['achievement', 1_580_000_000],
      ['target', 6],
    ]);
  });
});

describe('schedules, filings, harms prevented and what a place is made of', () => {
  const plan = { title: '某县2024年爱国卫生工作计划', published: '2024-02-23' };

  it('a month that opens its clause on an action schedules it within the month', () => {
    const found = items(
      '4.办好爱国卫生月活动。4月份集中开展第36个爱国卫生月活动。11月举办第五届全民健身运动会，设置比赛项目22个。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '4月份集中开展第36个爱国卫生月活动', '2024-04-30'],
      ['deadline', '11月举办第五届全民健身运动会', '2024-11-30'],
      ['target', '设置比赛项目22个', '2024-11-30'],
    ]);
    // Inside a sentence (于11月) or in a list of months, the month bounds nothing.
    expectNone('市体育局于11月举办全民健身运动会。', plan);
    expectNone('3月、5月开展集中排查。', plan);
  });

  it('申报 finishes a task', () => {
    const found = items('9月底前通过市爱卫会技术评估，10月底前向省爱卫会提出申报。', plan);
    expect(found.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '9月底前通过市爱卫会技术评估', '2024-09-30'],
      ['deadline', '10月底前向省爱卫会提出申报', '2024-10-31'],
    ]);
  });

  it('what is to be prevented from causing harm (严防…造成) reports nothing', () => {
    const found = items(
      '加强海洋灾害预警监测，新建海洋观测站点5个，严防赤潮等突发事件造成重大生态损害。',
      {
        title: '某市2024年海洋经济发展工作方案',
        published: '2024-03-18',
      },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['target', 5],
      ['target', 0],
    ]);
  });

  it('已建设施 names the facilities, not work already done', () => {
    expectItem(
      '确保已建设施正常运行率达到90%以上。',
      { kind: 'target', value: 90, metric: '已建设施正常运行率' },
      plan,
    );
  });

  it('what a county is made of (辖9镇2乡) is no result; 空方 is a unit', () => {
    const found = items(
      '一、基本情况\n全县常住人口38.6万人,辖9镇2乡、186个行政村。\n二、工作目标\n投放人工鱼礁12万空方。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.value, g.unit])).toEqual([['target', 120_000, '空方']]);
  });
});

describe('list items, conditions and bounds still ahead', () => {
  const plan = { title: '某县2024年水土保持工作实施方案', published: '2024-03-10' };

  it('a list item takes the year that opens it, not one its object names', () => {
    const found = items(
      '（三）提升监测水平\n\n1.5月15日前完成监测设备更新改造。\n2.三季度完成2023年度水土流失动态监测成果复核。\n3.6月底前完成第一批遥感监管图斑认定。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2024-05-15'],
      ['deadline', '2024-09-30'],
      ['deadline', '2024-06-30'],
    ]);
  });

  it('不新增 is a zero end state; where something is prohibited is no amount', () => {
    expectItem(
      '确保重点预防区内不新增采石取土场。',
      { value: 0, metric: '重点预防区内新增采石取土场' },
      plan,
    );
    expectNone('禁止在25度以上陡坡地开垦种植农作物。', plan);
  });

  it('a condition ending in 的 is no amount; a sum of money before its parts is one', () => {
    const found = items(
      '按上市进程分阶段给予总额最高600万元奖励:辅导备案后奖励100万元。募集资金70%以上投向本市的,按实际融资额的1%给予奖励。',
      { title: '某市2024年企业上市培育工作方案', published: '2024-03-10' },
    );
    expect(found.map((g) => [g.value, g.comparator])).toEqual([
      [6_000_000, '<='],
      [1_000_000, '='],
      [1, '='],
    ]);
  });

  it('in a report, that year’s counts under 基本情况 and a bound not yet passed', () => {
    const report = {
      title: '某市人民政府关于2024年度建议提案办理工作情况的报告',
      published: '2024-12-06',
    };
    const found = items(
      '一、基本情况\n2024年，市政府系统共承办建议提案627件，比上年增加38件。其中，人大代表建议286件，政协提案341件。\n二、主要做法\nB类建议提案中已有49件落实到位。12月底前，对反馈“基本满意”的48件建议提案完成二次走访。',
      report,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 627],
      ['achievement', 38],
      ['achievement', 286],
      ['achievement', 341],
      ['achievement', 49],
      ['target', 48],
    ]);
  });

  it('2024年前三季度 is a span of the year, not a bound before it', () => {
    const found = items('2024年前三季度，全市新增就业1.2万人。', {
      title: '某市2024年前三季度工作总结',
      published: '2024-10-15',
    });
    expect(found.map((g) => [g.kind, g.value])).toEqual([['achievement', 12_000]]);
  });
});

describe('a plan’s background year, shares of a plan, end states after a bound', () => {
  const plan = { title: '某省2024年深入推进新型城镇化重点任务', published: '2024-04-16' };

  it('全年 and 年末 after a paragraph’s past year mean that year; 仍有 is a shortfall', () => {
    const found = items(
      '一、发展基础和主要目标\n2023年，全省城镇化质量稳步提升。全年新增城镇落户农业转移人口38.7万人，完成城市燃气管道老化更新改造1860公里。全省仍有约520万农业转移人口未在城镇落户。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 387_000],
      ['achievement', 1860],
    ]);
  });

  it('a change of the population is an amount, the population itself is not', () => {
    expectItem('城区常住人口增加15万人左右。', { kind: 'target', value: 150_000 }, plan);
    expectNone('全市常住人口650万人。', plan);
  });

  it('为年度计划80亿元的108% is one result: the share, not the plan’s amount', () => {
    const found = items(
      '一、2023年工作总结\n全年完成交通固定资产投资86.4亿元,为年度计划80亿元的108%。',
      { title: '某市交通运输局2023年工作总结和2024年工作计划', published: '2024-01-20' },
    );
    expect(found.map((g) => [g.kind, g.quote, g.value])).toEqual([
      ['achievement', '全年完成交通固定资产投资86.4亿元', 8_640_000_000],
      ['achievement', '为年度计划80亿元的108%', 108],
    ]);
  });

  it('a bound’s later clause that passes its review, 迎接…复核 and 新一批 are deadlines', () => {
    const edu = { title: '某县2024年学前教育普及普惠工作方案', published: '2024-03-01' };
    const found = items(
      '到2024年底，全县学前三年毛入园率达到93%以上，县域学前教育普及普惠发展通过省级督导评估。11月底前完成县级自评，12月15日前迎接市级复核。10月底前完成新一批农村客运车辆外观统一标识。',
      edu,
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2024-12-31'],
      ['deadline', '2024-12-31'],
      ['deadline', '2024-11-30'],
      ['deadline', '2024-12-15'],
      ['deadline', '2024-10-31'],
    ]);
  });

  it('spending under 基本情况 after a past year is a result', () => {
    const found = items(
      '一、基本情况\n2023年，县委、县政府坚持把教育作为最大的民生工程，全年教育支出达到9.62亿元。',
      { title: '某县2024年学前教育普及普惠工作方案', published: '2024-03-01' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([['achievement', 962_000_000]]);
  });
});

describe('a year’s outputs in the setting, task headings, weak cues', () => {
  it('under 基本情况 a past year’s outputs are results; a level stated with 为 and a gap are not', () => {
    const found = items(
      '一、基本情况\n2023年,全县克服不利影响,全年粮食播种面积41.87万亩,总产量18.62万吨;全县县域内就诊率为84.6%,初中专任教师缺口约60人。',
      { title: '某县2024年粮食安全责任制目标任务', published: '2024-02-20' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 418_700],
      ['achievement', 186_200],
    ]);
  });

  it('a heading that asks for a summary (加强宣传总结) still heads commitments', () => {
    expectItem(
      '（十七）加强宣传总结。各地各部门每季度至少报送1篇信用工作信息。',
      { kind: 'target', value: 1 },
      { title: '某市2024年社会信用体系建设工作要点', published: '2024-03-01' },
    );
  });

  it('力争 outweighs 累计 in its clause, even in a report', () => {
    const found = items(
      '市级重点项目完成投资342.6亿元。下一步，力争三季度累计新开工亿元以上项目达到95个。',
      { title: '某市2024年上半年政府工作报告重点任务完成情况', published: '2024-07-15' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 34_260_000_000],
      ['target', 95],
    ]);
  });

  it('grounds cited with 根据 set no task; 调整充实 and 赶上序时进度 finish one', () => {
    const plan = { title: '某县2024年粮食安全责任制目标任务', published: '2024-02-20' };
    const found = items(
      '根据省、市关于2024年粮食生产目标任务的部署要求,现将目标任务下达给你们。各乡镇要在3月10日前调整充实粮食安全工作领导小组。确保三季度末前全部赶上序时进度。',
      plan,
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2024-03-10'],
      ['deadline', '2024-09-30'],
    ]);
  });
});

describe('progress paragraphs under a task’s heading, running totals, stages of a schedule', () => {
  const report = {
    title: '关于2024年县政府十件民生实事一季度进展情况的通报',
    published: '2024-04-12',
  };

  it('the task restated at the head of a progress paragraph is a target; the progress is not', () => {
    const found = items(
      '五、老年助餐服务扩面提质（牵头单位：县民政局）\n　　新建老年食堂20个，年内累计助餐不少于15万人次。截至3月底，已建成助餐点6个。\n六、农村供水保障提升工程（牵头单位：县水利局）\n　　更新改造农村供水管网120公里。一季度完成管网铺设41公里。',
      report,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['target', 20],
      ['target', 150_000],
      ['achievement', 6],
      ['target', 120],
      ['achievement', 41],
    ]);
    // Without a heading that names who leads the task, the paragraph reports as before.
    const plain = items(
      '（一）农村供水\n更新改造农村供水管网120公里。截至3月底，已完成41公里。',
      report,
    );
    expect(plain.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('a bound later in the clause wins over a period its object names', () => {
    expectItem(
      '二季度进展情况请于7月5日前报送县政府办。',
      { kind: 'deadline', due: '2024-07-05' },
      report,
    );
  });

  it('the stages of a schedule (4—6月:, 12月:) bound their tasks by their last month', () => {
    const found = items(
      '四、时间安排\n(二)4—6月:集中开展高素质农民培训。\n(五)12月:开展培训绩效评估和跟踪回访。',
      { title: '某县2024年乡村人才振兴培训计划', published: '2024-03-01' },
    );
    expect(found.map((g) => [g.kind, g.quote, g.due])).toEqual([
      ['deadline', '集中开展高素质农民培训', '2024-06-30'],
      ['deadline', '开展培训绩效评估和跟踪回访', '2024-12-31'],
    ]);
  });
});

describe('a self-inspection report’s setting', () => {
  it('in a report, what 基本情况 states of the year is its result; figures compared against are not', () => {
    const found = items(
      '一、基本情况\n2024年，全区安全生产形势总体平稳。全年共发生各类生产安全事故11起，与2023年（14起、10人、401万元）相比，同比下降21.4%。全区亿元GDP生产安全事故死亡率为0.012。新建改建夜间灯光球场15片。',
      { title: '某区2024年度安全生产责任制落实情况自查报告', published: '2025-01-10' },
    );
    expect(found.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['achievement', 11, '起'],
      ['achievement', 21.4, '%'],
      ['achievement', 0.012, ''],
      ['achievement', 15, '片'],
    ]);
  });
});

describe('a coverage table by township', () => {
  it('leaves the administrative-village count and the last year-end column out', () => {
    const found = items(
      [
        '序号\t乡镇（街道）\t行政村数（个）\t2023年底覆盖率\t2024年目标覆盖率\t完成时限',
        '1\t东坪街道\t8\t100%\t全覆盖\t6月底前',
        '2\t青石镇\t24\t66.7%\t≥90%\t9月底前',
      ].join('\n'),
      { title: '某市2024年农村生活垃圾分类工作实施方案', published: '2024-03-12' },
    );
    expect(found.map((g) => [g.value, g.comparator])).toEqual([
      [100, '='],
      [90, '>='],
    ]);
  });
});

describe('an opener before a plan heading', () => {
  it('the opening paragraph’s period does not frame the plan half of a summary and plan', () => {
    const found = items(
      '2024年上半年,市市场监管局坚持稳中求进工作总基调,各项工作取得积极成效。现将有关情况报告如下:\n\n一、上半年工作完成情况\n(一)查办各类违法案件412件。\n\n三、下半年工作计划\n(三)牢牢守住安全底线。电梯万台事故率控制在0.15以下。争创省政府质量奖1家。',
      { title: '某市市场监督管理局2024年上半年工作总结和下半年工作计划', published: '2024-07-15' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 412],
      ['target', 0.15],
      ['target', 1],
    ]);
  });
});

describe('a place’s waters and last year’s toll in a plan', () => {
  it('境内有… is what a place holds; 仍发生… is the problem the plan starts from', () => {
    const found = items(
      '一、工作背景\n2023年，全市境内有大小河流217条、水库84座。2023年全市仍发生中小学生溺水死亡事故6起。\n二、工作目标\n全市学生防溺水安全教育覆盖率达到100%。',
      { title: '某市2024年预防中小学生溺水工作方案', published: '2024-04-10' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([['target', 100]]);
  });
});

describe('a township’s spring sowing schedule', () => {
  it('bounds each task by the solar term it names, and the metric leaves the term out', () => {
    const found = items(
      '(三)栽插播种阶段。谷雨(4月20日)前完成早稻栽插1.05万亩以上;立夏前完成春玉米播种0.93万亩;5月中旬完成中稻集中育秧;小满前大豆播种面积达到0.7万亩。',
      { title: '某镇2026年春耕备耕工作方案', published: '2026-02-25' },
    );
    expect(found.map((g) => [g.kind, g.value, g.due, g.metric])).toEqual([
      ['target', 10500, '2026-04-20', '早稻栽插'],
      ['target', 9300, '2026-05-05', '春玉米播种'],
      ['deadline', undefined, '2026-05-20', '完成中稻集中育秧'],
      ['target', 7000, '2026-05-21', '大豆播种面积'],
    ]);
  });
});

describe('a threshold that picks a class before its count', () => {
  it('超10亿元的龙头企业2家 counts firms; the revenue names which firms', () => {
    const found = items(
      '到2027年,培育年营业收入超10亿元的龙头企业2家;全市算力总规模达到5000PFLOPS。',
      {
        title: '某市人工智能+行动方案(2026—2027年)',
        published: '2026-03-01',
      },
    );
    expect(found.map((g) => [g.quote, g.value, g.unit])).toEqual([
      ['培育年营业收入超10亿元的龙头企业2家', 2, '家'],
      ['全市算力总规模达到5000PFLOPS', 5000, 'PFLOPS'],
    ]);
  });

  it('an amount before a store it fills stays an amount (总投资不低于2,000亿元的招商项目储备库)', () => {
    const found = items('6月底前建立总投资不低于2,000亿元的招商项目储备库。', {
      title: '某市2024年招商引资工作方案',
      published: '2024-02-01',
    });
    expect(found.map((g) => [g.value, g.unit])).toEqual([[200000000000, '元']]);
  });
});

describe('a list of figures after 分别 and its comparator', () => {
  it('every figure of the list takes the comparator', () => {
    const found = items(
      '2026年,全市化学需氧量、氨氮、氮氧化物重点工程减排量分别不少于1860吨、96吨和610吨。',
      { title: '某市2026年生态环境保护目标责任书', published: '2026-03-12' },
    );
    expect(found.map((g) => [g.value, g.comparator])).toEqual([
      [1860, '>='],
      [96, '>='],
      [610, '>='],
    ]);
  });
});

describe('a per-county table of environmental targets', () => {
  const text = [
    '县（市、区）\t2025年PM2.5基准值（微克/立方米）\tPM2.5浓度目标（微克/立方米）\t优良天数比率目标（%）',
    '汀南区\t33.4\t≤32.0\t≥86.5',
    '鹤溪县\t29.9\t≤28.9\t≥91.0',
  ].join('\n');

  it('reads bounds written in the cells with the units of their headers, not the baseline column', () => {
    const found = items(text, {
      title: '某市2026年生态环境保护目标责任书',
      published: '2026-03-12',
    });
    expect(found.map((g) => [g.quote, g.comparator, g.value, g.unit])).toEqual([
      ['≤32.0', '<=', 32, '微克/立方米'],
      ['≥86.5', '>=', 86.5, '%'],
      ['≤28.9', '<=', 28.9, '微克/立方米'],
      ['≥91.0', '>=', 91, '%'],
    ]);
  });

  it('a column of last year’s figures in a plan is where the targets start', () => {
    const found = items(text.replace('2025年PM2.5基准值', '2025年PM2.5浓度'), {
      title: '某市2026年生态环境保护目标责任书',
      published: '2026-03-12',
    });
    expect(found.map((g) => g.value)).toEqual([32, 86.5, 28.9, 91]);
  });
});

describe('a task table with a part column and a time column', () => {
  it('a 其中: header cell is still a header, so each row is bounded by its time cell', () => {
    const found = items(
      [
        '序号\t乡镇（街道）\t新建助餐点（个）\t其中：农村助餐点（个）\t开放时限',
        '1\t禾城街道\t5\t—\t6月底前',
        '2\t松溪镇\t4\t4\t9月底前',
      ].join('\n'),
      { title: '某县2026年老年助餐服务工作方案', published: '2026-02-20' },
    );
    expect(found.map((g) => [g.value, g.due])).toEqual([
      [5, '2026-06-30'],
      [4, '2026-09-30'],
      [4, '2026-09-30'],
    ]);
  });
});

describe('last year’s outputs and this spring’s progress in a plan’s background', () => {
  it('a sentence that opens on the past year and goes on to the work lists that year’s results', () => {
    const found = items(
      '一、基本情况\n全镇辖14个行政村,户籍人口3.46万人。2025年,全镇完成粮食播种面积5.26万亩,比上年增产3.2%;主要农作物耕种收综合机械化率达到86.5%;发放耕地地力保护补贴636.8万元。',
      { title: '某镇2026年春耕备耕工作方案', published: '2026-02-25' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 52600],
      ['achievement', 3.2],
      ['achievement', 86.5],
      ['achievement', 6368000],
    ]);
  });

  it('截至 a day of the plan’s year: what is already done is progress; 截至 a year-end counts a stock', () => {
    const found = items(
      '一、基本情况\n截至2023年底,全区已有社区养老服务站41个。截至2月20日,全镇已落实早稻种植意向面积0.98万亩,占目标任务的93.3%。',
      { title: '某镇2026年春耕备耕工作方案', published: '2026-02-25' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 9800],
      ['achievement', 93.3],
    ]);
  });
});

describe('an audit rectification report', () => {
  const context = {
    title: '关于2024年度县级预算执行和其他财政收支审计查出问题整改情况的报告',
    published: '2025-12-26',
  };

  it('a list’s next marker before a figure is no decimal (2.3个… after 1.)', () => {
    const found = items(
      '（三）正在整改的问题\n　　1.县第二污水处理厂提标改造项目进度滞后问题。施工单位已增加作业面。\n　　2.3个政府投资项目未办理竣工财务决算问题。县财政局已委托第三方机构审核,已完成审核2个。',
      context,
    );
    expect(found.map((g) => g.value)).not.toContain(2.3);
    expect(found.map((g) => [g.kind, g.value])).toContainEqual(['achievement', 2]);
  });

  it('what is still under way is no result; last year’s rate compared against is no item', () => {
    const found = items(
      '反映的137个问题中，已整改到位126个，整改率91.97%，较上年度的88.6%提高3.37个百分点；正在整改11个，均已制定整改计划。',
      context,
    );
    expect(found.map((g) => [g.value, g.unit])).toEqual([
      [126, '个'],
      [91.97, '%'],
      [3.37, '个百分点'],
    ]);
  });

  it('a month after a dated phrase in its sentence takes that phrase’s year', () => {
    const found = items(
      '施工单位已增加作业面，预计2026年3月底前完成主体工程，6月底前完成设备调试和竣工验收。',
      context,
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2026-03-31'],
      ['deadline', '2026-06-30'],
    ]);
  });

  it('a period of the year after the report’s looks forward; 对已整改问题 qualifies the object', () => {
    const found = items(
      '二是开展“回头看”。2026年第一季度对已整改问题开展抽查，抽查比例不低于30%，坚决防止虚假整改。',
      context,
    );
    expect(found.map((g) => [g.kind, g.comparator, g.value, g.due])).toEqual([
      ['target', '>=', 30, '2026-03-31'],
    ]);
  });
});

describe('an indicator table with a column per hospital', () => {
  it('each column holds its hospital’s targets; the row’s brackets give the unit', () => {
    const found = items(
      [
        '附件：2026年县级医院主要指标分解表',
        '指标\t县人民医院\t县中医院',
        '三四级手术占比\t≥30%\t≥22%',
        '新技术新项目（项）\t20\t7',
      ].join('\n'),
      { title: '某县2026年县级医院能力提升工作方案', published: '2026-02-10' },
    );
    expect(found.map((g) => [g.metric, g.comparator, g.value, g.unit])).toEqual([
      ['县人民医院三四级手术占比', '>=', 30, '%'],
      ['县中医院三四级手术占比', '>=', 22, '%'],
      ['县人民医院新技术新项目', '=', 20, '项'],
      ['县中医院新技术新项目', '=', 7, '项'],
    ]);
  });
});

describe('an assessment’s grades and a paper’s copies', () => {
  it('are no goals (90分及以上为优秀, 一式两份), unlike the weight of a task in it', () => {
    const found = items(
      '考核结果分为四个等次:得分90分及以上为优秀,75分至89分为良好,60分以下为不合格。本责任书一式两份。年度考核得分不低于85分。',
      { title: '某市2026年生态环境保护目标责任书', published: '2026-03-12' },
    );
    expect(found.map((g) => [g.comparator, g.value])).toEqual([['>=', 85]]);
  });
});

describe('bounds after a clause’s subject', () => {
  it('其余部分3月10日前全部调运到位 looks forward after a sentence of progress; paying out and collecting finish tasks', () => {
    const found = items(
      '截至2月20日,全镇已调运到位早稻种子4.65万公斤,其余部分3月10日前全部调运到位。各项补贴资金确保4月30日前足额兑付到户。云港智算中心年底前具备试运行条件。',
      { title: '某镇2026年春耕备耕工作方案', published: '2026-02-25' },
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['achievement', undefined],
      ['deadline', '2026-03-10'],
      ['deadline', '2026-04-30'],
      ['deadline', '2026-12-31'],
    ]);
  });
});

describe('a rate kept within the year’s target, in a report', () => {
  it('控制在年度目标以内 compares the result with the target; it looks forward to nothing', () => {
    const found = items('（六）稳岗促就业。城镇调查失业率5.1%，控制在年度目标以内。', {
      title: '某市2025年十件民生实事完成情况的报告',
      published: '2026-01-20',
    });
    expect(found.map((g) => [g.kind, g.value])).toEqual([['achievement', 5.1]]);
  });
});

describe('a plan’s background: shortfalls, problems, headcounts', () => {
  const context = { title: '某市2025年城镇老旧小区改造工作方案', published: '2025-03-01' };

  it('what a shortfall takes in is part of it (仍有…187个,涉及楼栋1530幢、居民3.1万户)', () => {
    const found = items(
      '一、工作回顾\n2024年完成改造小区42个。经全面排查，全市仍有老旧小区187个，涉及楼栋1530幢、居民3.1万户，其中无物业管理的小区占比约41%。',
      context,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([['achievement', 42]]);
  });

  it('a sentence that opens on 同时也要看到 states the problems', () => {
    const found = items(
      '一、工作回顾\n2024年完成改造小区42个。同时也要看到，社会物流总费用与地区生产总值的比率高于全国平均水平0.4个百分点，老旧冷库占比约三成。',
      context,
    );
    expect(found.map((g) => g.value)).toEqual([42]);
  });

  it('a headcount at a past year-end is a stock; one the work reached is a result', () => {
    const stock = items(
      '一、2025年工作回顾\n截至2025年底,全省基本医保参保人数4361.2万人,其中职工医保1575.4万人。',
      { title: '某省2026年医疗保障工作要点', published: '2026-02-15' },
    );
    expect(stock).toEqual([]);
    const reached = items('一、2025年工作回顾\n截至2025年底,全省基本医保参保人数达到4361.2万人。', {
      title: '某省2026年医疗保障工作要点',
      published: '2026-02-15',
    });
    expect(reached.map((g) => [g.kind, g.value])).toEqual([['achievement', 43612000]]);
  });

  it('a circle named by its minutes is no amount (打造15分钟便民生活圈)', () => {
    expect(items('鼓励有条件的小区结合片区更新，打造15分钟便民生活圈。', context)).toEqual([]);
  });
});

describe('end states and verbs that finish a task', () => {
  it('达到《…标准》 after 到2026年底 is each subject’s end state; 下放, 统一执行 finish tasks', () => {
    const found = items(
      '到2026年底,县人民医院达到国家《县医院医疗服务能力推荐标准》,县中医院达到《县级中医医院医疗服务能力推荐标准》。年内下放中级职称评审权限至重点企业。6月底前全省统一执行。',
      { title: '某县2026年工作要点', published: '2026-02-10' },
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2026-12-31'],
      ['deadline', '2026-12-31'],
      ['deadline', '2026-12-31'],
      ['deadline', '2026-06-30'],
    ]);
  });

  it('a count in words that opens a name measured after it is part of the name', () => {
    const found = items('全年三项社会保险基金收入126.8亿元。', {
      title: '某市人社局2025年工作总结',
      published: '2026-01-10',
    });
    expect(found.map((g) => [g.value, g.unit])).toEqual([[12680000000, '元']]);
  });
});

describe('a review of last year and a plan for this one', () => {
  it('under 一、2025年经济运行基本情况 of 2025年经济运行情况和2026年工作打算, figures are results', () => {
    const found = items(
      '一、2025年经济运行基本情况\n（一）经济总量稳步扩大。全年实现地区生产总值1286.5亿元，同比增长7.2%。规上服务业营业收入586.2亿元。\n二、2026年工作打算\n地区生产总值增长6.5%左右。',
      { title: '某高新区2025年经济运行情况和2026年工作打算', published: '2026-01-23' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 128650000000],
      ['achievement', 7.2],
      ['achievement', 58620000000],
      ['target', 6.5],
    ]);
  });
});

describe('a department’s expenditure performance self-evaluation', () => {
  const context = {
    title: '某省农业农村厅2025年度部门整体支出绩效自评报告',
    published: '2026-04-22',
  };

  it('the table’s 年度指标值 cells are targets and its 实际完成值 cells results', () => {
    const found = items(
      [
        '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
        '预算管理\t预算执行\t预算执行率\t≥95%\t97.61%\t6\t6',
        '履职效能\t产出数量\t新建高标准农田面积\t120万亩\t126.4万亩\t10\t10',
      ].join('\n'),
      context,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['target', 95],
      ['achievement', 97.61],
      ['target', 1200000],
      ['achievement', 1264000],
    ]);
  });

  it('a sentence after one that opens on the year after the report’s looks forward', () => {
    const found = items(
      '五、主要成效\n全年新建高标准农田126.4万亩。\n六、其他事项\n2026年，确保粮食播种面积稳定在4,650万亩以上。全年新建高标准农田110万亩。',
      context,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 1264000],
      ['target', 46500000],
      ['target', 1100000],
    ]);
  });
});

describe('a task list with annotation brackets', () => {
  const context = { title: '某镇2026年基层治理重点工作任务清单', published: '2026-02-27' };

  it('a bracket naming who answers for the task ends neither a list of counts nor an end state', () => {
    const found = items(
      '25.新建村级老年食堂（助餐点）6个、社区嵌入式托育点1个（责任人：何丽萍；完成时限：2026年10月底前）\n26.实现党员联系网格全覆盖，命案发案数为零（责任人：周立新；完成时限：2026年12月31日）',
      context,
    );
    expect(found.map((g) => [g.value, g.due])).toEqual([
      [6, '2026-10-31'],
      [1, '2026-10-31'],
      [100, '2026-12-31'],
      [0, '2026-12-31'],
    ]);
  });
});

describe('periods, assessments and objects with 已', () => {
  const context = { title: '某县2026年根治欠薪专项行动方案', published: '2026-03-01' };

  it('a date that ends a period bounds the task the period opens; 进行…考核 finishes one', () => {
    const found = items(
      '2026年11月1日至2027年1月31日,在全县开展根治欠薪冬季专项行动。2027年2月底前,县领导小组对各乡镇根治欠薪工作进行年度考核。',
      context,
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2027-01-31'],
      ['deadline', '2027-02-28'],
    ]);
  });

  it('an 已 after the clause’s verb qualifies its object; one that reports still reports', () => {
    const found = items(
      '4月底前,政府投资项目完成2025年度已完工程款结算审核。细化分解的18项任务已全部完成。',
      context,
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['deadline', undefined],
      ['achievement', 18],
    ]);
  });

  it('problems found in a summary are its results', () => {
    const found = items('全年组织明查暗访4轮，发现问题1,126项，已整改1,098项。', {
      title: '某市应急管理局2025年工作总结',
      published: '2026-01-20',
    });
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 4],
      ['achievement', 1126],
      ['achievement', 1098],
    ]);
  });
});

describe('reports of a year’s inspections and a statistical bulletin', () => {
  it('under 一、抽查基本情况 a sentence that opens on the report’s year reports it', () => {
    const found = items(
      '一、抽查基本情况\n2025年市级监督抽查共抽查企业1286家、产品1520批次，检出不合格产品97批次，不合格发现率为6.4%。',
      { title: '某市市场监督管理局关于2025年产品质量监督抽查情况的通报', published: '2026-01-23' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 1286],
      ['achievement', 1520],
      ['achievement', 97],
      ['achievement', 6.4],
    ]);
  });

  it('a bulletin’s counts with 共有 are what it reports; elsewhere they stay a stock', () => {
    const bulletin = items('全市共有幼儿园512所。', {
      title: '某市2025年教育事业发展统计公报',
      published: '2026-04-01',
    });
    expect(bulletin.map((g) => [g.kind, g.value])).toEqual([['achievement', 512]]);
    expect(
      items('全市共有幼儿园512所。', {
        title: '某市2026年学前教育工作要点',
        published: '2026-02-01',
      }),
    ).toEqual([]);
  });
});

describe('a task table with a column of standards', () => {
  it('the 工作标准 column states commitments bounded by the row’s time cell', () => {
    const found = items(
      [
        '序号\t测评项目\t工作标准\t责任单位\t完成时限',
        '1\t农贸市场\t公平秤设置率100%；病媒生物密度控制水平达到国家C级以上标准\t区市场监管局\t三季度',
        '2\t诚信建设\t开展“诚信建设万里行”主题宣传活动\t区发展改革局\t2026年10月底前',
      ].join('\n'),
      { title: '某区2026年巩固全国文明城市创建成果工作方案', published: '2026-03-18' },
    );
    expect(found.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2026-09-30'],
      ['deadline', '2026-09-30'],
      ['deadline', '2026-10-31'],
    ]);
  });
});

describe('a period of days in a plan', () => {
  it('bounds what it opens; its day numbers are no amounts; vaccine doses have their units', () => {
    const found = items(
      '1月24日至3月4日,全市开展春运道路交通安全专项行动。秋季(10月15日至11月30日)采集样品不少于450份。全年计划调运口蹄疫疫苗120万毫升、猪瘟疫苗55万头份。',
      { title: '某县2026年重大动物疫病防控工作方案', published: '2026-02-20' },
    );
    expect(found.map((g) => [g.kind, g.value, g.unit, g.due])).toEqual([
      ['deadline', undefined, undefined, '2026-03-04'],
      ['target', 450, '份', '2026-11-30'],
      ['target', 1200000, '毫升', '2026-12-31'],
      ['target', 550000, '头份', '2026-12-31'],
    ]);
  });
});

describe('a table under a unit line naming money and %', () => {
  it('the money columns take 亿元, the rate column %', () => {
    const found = items(
      [
        '附件',
        '2025年1—11月各市省重点项目投资完成情况表',
        '单位：亿元、%',
        '地区\t年度计划投资\t1—11月完成投资\t完成率',
        '澜州市\t1420.0\t1374.6\t96.8',
        '岐原市\t1038.5\t972.0\t93.6',
      ].join('\n'),
      {
        title: '某省发展和改革委员会关于2025年1—11月全省重点项目投资进展情况的通报',
        published: '2025-12-19',
      },
    );
    expect(found.map((g) => [g.value, g.unit])).toEqual([
      [142000000000, '元'],
      [137460000000, '元'],
      [96.8, '%'],
      [103850000000, '元'],
      [97200000000, '元'],
      [93.6, '%'],
    ]);
  });
});

describe('tables of the latest round', () => {
  it('under 单位:亩 the row-name and time columns are no amounts; each row takes its 完成时限', () => {
    const found = items(
      [
        '附件',
        '某县2026年撂荒地整治任务分解表',
        '单位:亩',
        '序号\t乡镇\t现有撂荒面积\t整治任务\t其中:复耕种粮\t完成时限',
        '1\t城关镇\t1120\t950\t700\t6月底前',
        '2\t青石镇\t3860\t3100\t2200\t9月底前',
        '某县人民政府办公室',
      ].join('\n'),
      { title: '某县2026年撂荒地整治工作方案', published: '2026-03-01' },
    );
    expect(found.map((g) => [g.value, g.unit, g.due])).toEqual([
      [950, '亩', '2026-06-30'],
      [700, '亩', '2026-06-30'],
      [3100, '亩', '2026-09-30'],
      [2200, '亩', '2026-09-30'],
    ]);
  });

  it('a money column under a caption that hands out tasks is a target', () => {
    const found = items(
      [
        '附件',
        '某市2026年跨境电商主要指标任务分解表',
        '序号\t县（市、区）\t跨境电商进出口额（亿元）\t新增经营主体（家）',
        '1\t临溪区\t78\t85',
        '2\t望川区\t52\t60',
        '某市人民政府办公室',
      ].join('\n'),
      { title: '某市2026年跨境电商发展行动方案', published: '2026-03-01' },
    );
    expect(found.map((g) => [g.value, g.unit])).toEqual([
      [7800000000, '元'],
      [85, '家'],
      [5200000000, '元'],
      [60, '家'],
    ]);
  });

  it('in a report on 2025, the 2025年 column of an indicator table and its 同比 column are results', () => {
    const found = items(
      [
        '指标\t2025年\t2024年\t同比变化',
        '受理诉求总量（万件）\t213.65\t189.41\t+12.8%',
        '人工服务接通率（%）\t96.4\t94.3\t+2.1个百分点',
      ].join('\n'),
      { title: '某市12345政务服务便民热线2025年度运行情况报告', published: '2026-01-23' },
    );
    expect(found.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['achievement', 2136500, '件'],
      ['achievement', 12.8, '%'],
      ['achievement', 96.4, '%'],
      ['achievement', 2.1, '个百分点'],
    ]);
  });

  it('a one-character row header with its bracket (区(管委会)) still opens a table with a time column', () => {
    const found = items(
      [
        '序号\t区（管委会）\t市政管道（公里）\t完成时限',
        '1\t东澄区\t12.4\t10月底前',
        '2\t南湖区\t15.2\t11月底前',
      ].join('\n'),
      { title: '某市2026年城市燃气管道老化更新改造实施方案', published: '2026-03-01' },
    );
    expect(found.map((g) => [g.value, g.due])).toEqual([
      [12.4, '2026-10-31'],
      [15.2, '2026-11-30'],
    ]);
  });

  it('beside a 年度目标 column, the task column names the work, not deadlines', () => {
    const found = items(
      [
        '序号\t工作任务\t年度目标\t牵头单位\t完成时限',
        '1\t困难重度残疾人家庭无障碍改造\t320户\t县残联\t11月底前',
        '2\t城区新增无障碍停车位\t120个\t县公安局\t9月底前',
      ].join('\n'),
      { title: '某县2026年无障碍环境建设工作方案', published: '2026-03-01' },
    );
    expect(found.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 320, '2026-11-30'],
      ['target', 120, '2026-09-30'],
    ]);
  });
});

describe('a year that dates a base', () => {
  it('在2025年末38.7万人的基础上 frames nothing: the plan’s targets stay targets', () => {
    const found = items(
      '新增缴存职工2万人，在2025年末38.7万人的基础上，实缴职工人数达到40万人以上。',
      { title: '某市住房公积金管理中心2026年工作要点', published: '2026-02-27' },
    );
    expect(found.map((g) => [g.kind, g.value])).toEqual([
      ['target', 20000],
      ['target', 400000],
    ]);
  });
});

describe('round 12 rules (blind sets holdout84–87)', () => {
  const plan = { title: '某区2026年防汛抗旱工作方案', published: '2026-03-18' };

  it('a background paragraph that opens on a past season or year-end reports its work', () => {
    const goals = items(
      '一、基本情况\n2025年汛期,我区累计降雨1265毫米,较常年同期偏多18%。在区委、区政府的坚强领导下,全区共转移避险群众3260人次,紧急处置各类险情17处。2024年底前,全区31座小(2)型水库已全部完成除险加固。\n二、工作目标\n确保汛期人员零伤亡。',
      plan,
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 3260],
      ['achievement', 17],
      ['achievement', 31],
      ['target', 0],
    ]);
  });

  it('what the weather did is no work, even after 共 or 累计', () => {
    expect(
      items(
        '一、基本情况\n2025年汛期,全区共出现暴雨过程9次,累计降雨1265毫米,共转移群众320人。',
        plan,
      ).map((g) => g.value),
    ).toEqual([320]);
  });

  it('“十四五”期间 has ended only after 2025; 十五五期间 has not', () => {
    const roads = { title: '某县2026年“四好农村路”建设工作方案', published: '2026-03-12' };
    expectItem(
      '一、发展现状\n“十四五”期间,全县累计新改建农村公路612公里。',
      { kind: 'achievement', value: 612 },
      roads,
    );
    expectNone('一、发展现状\n“十五五”期间,全县累计新改建农村公路612公里。', roads);
  });

  it('a year running straight into its work lists that year’s outputs, rates included', () => {
    const goals = items(
      '一、发展现状\n2025年完成农村公路建设投资4.12亿元,比上年增长8.4%;全县农村公路优良中等路率达到78.6%。',
      { title: '某县2026年农村公路建设工作方案', published: '2026-03-12' },
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 412000000],
      ['achievement', 8.4],
      ['achievement', 78.6],
    ]);
  });

  it('去年…工作中, and 2026年以来 in a plan of 2026, open paragraphs of results', () => {
    const fire = { title: '某镇2026—2027年冬春火灾防控工作方案', published: '2026-10-28' };
    const goals = items(
      '一、基本情况\n去年冬春火灾防控工作中,镇消防安全委员会共组织检查单位1530家次,临时查封违规场所11家。2026年以来,全镇已建成微型消防站15个。',
      fire,
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 1530],
      ['achievement', 11],
      ['achievement', 15],
    ]);
  });

  it('a sentence that opens on what the place has lists stocks, not results', () => {
    expect(
      items(
        '2025年,全年接待游客4863.2万人次。目前,全市共有A级旅游景区46家,星级饭店21家、等级民宿326家;城镇居民人均可支配收入6.52万元。',
        { title: '某市2026年促进文旅消费行动方案', published: '2026-03-01' },
      ).map((g) => g.value),
    ).toEqual([48632000]);
  });

  it('同时也要看到 makes the rest of its paragraph problems, not results', () => {
    expectNone(
      '同时也要看到,我市仍面临不少挑战。60岁及以上人口占比已达21.7%,慢性病患者超过40万人。',
      { title: '某市2026年健康城市建设行动方案', published: '2026-03-01' },
    );
  });

  it('需要关注的问题 is a problems heading', () => {
    expectNone('四、需要关注的问题\n职工医保统筹基金支出增速高于收入增速3.2个百分点。', {
      title: '某县2025年社会保险基金运行情况',
      published: '2026-04-21',
    });
  });

  it('in a report, a period already over reports and one still ahead looks forward', () => {
    const report = { title: '关于2026年民生实事项目上半年进展情况的通报', published: '2026-07-20' };
    const goals = items(
      '三、滞后项目情况\n全年目标150台,上半年完工52台,进度34.7%。要求简化审批流程,审批时限压缩至15个工作日以内。三季度新增完工不少于50台。',
      report,
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 150],
      ['achievement', 52],
      ['achievement', 34.7],
      ['target', 15],
      ['target', 50],
    ]);
    // 五年累计 is a span, not a part of the year still ahead.
    expectItem(
      '五年累计新增城镇就业229万人。',
      { kind: 'achievement' },
      { title: '某市2025年政府工作报告', published: '2026-01-20' },
    );
  });

  it('仅占 after a clause that completed something is how far the task got', () => {
    const goals = items('全年计划完成120公里,1—6月完成48公里,仅占40.0%。', {
      title: '关于2026年民生实事项目上半年进展情况的通报',
      published: '2026-07-20',
    });
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 120],
      ['achievement', 48],
      ['achievement', 40],
    ]);
  });

  it('a completion after a target with its own bound is a deadline of its own', () => {
    const goals = items('9月底前累计完成里程达到90公里以上,力争10月底前全面完工。', {
      title: '某市2026年农村公路提档升级工作方案',
      published: '2026-03-01',
    });
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2026-09-30'],
      ['deadline', '2026-10-31'],
    ]);
  });

  it('通报 is a verb of a deadline, but not 通报如下 or 通报批评', () => {
    expectItem('评估结果在年底前予以通报。', { kind: 'deadline', due: '2026-12-31' }, plan);
    expectNone('现将一季度工作情况通报如下:', plan);
    expectNone('6月底前未完成的,予以通报批评。', plan);
  });

  it('a year inside 《》 or in an attachment caption bounds nothing', () => {
    expectNone('现将《云岫镇2026—2027年冬春火灾防控工作方案》印发给你们,请认真贯彻落实。', plan);
    expectItem('6月底前印发《实施方案》。', { kind: 'deadline', due: '2026-06-30' }, plan);
    expectNone('附表:2024年前三季度主要指标完成情况', plan);
  });

  it('an attachment leaves the section before it: its table takes the title’s mode', () => {
    const goals = items(
      '五、2026年工作安排\n扩大参保覆盖面。\n附表:2025年社会保险基金运行主要数据\n险种\t参保人数(万人)\t基金收入(亿元)\t基金支出(亿元)\n失业保险\t6.48\t0.39\t0.43\n工伤保险\t8.91\t0.48\t0.31',
      { title: '某县2025年社会保险基金运行情况', published: '2026-04-21' },
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 64800],
      ['achievement', 39000000],
      ['achievement', 43000000],
      ['achievement', 89100],
      ['achievement', 48000000],
      ['achievement', 31000000],
    ]);
  });

  it('a tab table’s time column dates each row (乡镇 | 里程 | 完成时限)', () => {
    const goals = items(
      '乡镇\t新改建里程(公里)\t完成时限\n青禾镇\t18.6\t2026年10月底前\n杉坪乡\t8.2\t三季度\n合计\t26.8\t—',
      { title: '某县2026年农村公路建设工作方案', published: '2026-03-12' },
    );
    expect(goals.map((g) => [g.value, g.due])).toEqual([
      [18.6, '2026-10-31'],
      [8.2, '2026-09-30'],
      [26.8, undefined],
    ]);
  });

  it('a stock column of a task table (行政村数) holds no items', () => {
    const goals = items(
      '序号\t乡镇\t行政村数\t2026年计划治理村数\t完成时限\n1\t禾丰镇\t22个\t5个\t10月底前\n2\t柳塘镇\t19个\t4个\t10月底前',
      { title: '某县2026年农村生活污水治理工作方案', published: '2026-03-01' },
    );
    expect(goals.map((g) => g.value)).toEqual([5, 4]);
  });
});

describe('round 13 rules (blind sets holdout88–91)', () => {
  it('an indicator table’s 累计≥7 cell and its unit column', () => {
    const goals = items(
      '附件:主要目标指标表\n序号\t指标名称\t单位\t2025年基数\t2026年目标\t2027年目标\n1\t规上工业单位增加值能耗下降\t%\t—\t≥3.5\t累计≥7\n2\t国家级绿色工厂(累计)\t家\t146\t161\t175',
      { title: '某省2026年工业绿色低碳转型实施方案', published: '2026-03-16' },
    );
    expect(goals.map((g) => [g.value, g.unit, g.comparator, g.due])).toEqual([
      [3.5, '%', '>=', '2026-12-31'],
      [7, '%', '>=', '2027-12-31'],
      [161, '家', '=', '2026-12-31'],
      [175, '家', '=', '2027-12-31'],
    ]);
  });

  it('a report’s period column (1—3月) holds results; # rows take the unit of the row above', () => {
    const goals = items(
      '附表:某县2026年1—3月主要经济指标\n指标\t1—3月\t同比增长(%)\n地区生产总值(亿元)\t98.36\t5.7\n#第一产业增加值\t9.12\t3.6\n居民消费价格指数(上年同期=100)\t100.3\t—',
      { title: '某县2026年一季度经济运行分析', published: '2026-04-21' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['achievement', 9836000000, '元'],
      ['achievement', 5.7, '%'],
      ['achievement', 912000000, '元'],
      ['achievement', 3.6, '%'],
      ['achievement', 100.3, ''],
    ]);
    // In a plan, a quarter's column is no result.
    expect(
      items('指标\t一季度\t全年目标\n新增就业(人)\t3000\t12000', {
        title: '某县2026年就业工作计划',
        published: '2026-02-01',
      }).map((g) => [g.kind, g.value]),
    ).toEqual([['target', 12000]]);
  });

  it('经济运行分析 titles a report; 下一步工作建议 heads commitments', () => {
    const goals = items(
      '全县新增市场主体1200户,新增就业3000人。\n三、下一步工作建议\n新增规上服务业企业不少于15家。',
      { title: '某县2026年一季度经济运行分析', published: '2026-04-21' },
    );
    expect(goals.map((g) => g.kind)).toEqual(['achievement', 'achievement', 'target']);
  });

  it('力争实现…的预期目标 commits to the figure it names', () => {
    expectItem(
      '全年力争实现地区生产总值增长6.5%的预期目标。',
      { kind: 'target', value: 6.5 },
      { title: '某县2026年一季度经济运行分析', published: '2026-04-21' },
    );
    expectNone('未完成年初确定的6.5%的预期目标。', {
      title: '某县2025年工作总结',
      published: '2026-01-10',
    });
  });

  it('a past season across two years (2025—2026年度防火期,) opens a paragraph of results', () => {
    const goals = items(
      '一、基本情况\n2025—2026年度防火期,全县未发生较大以上森林火灾。防火期内,累计开展野外火源专项整治行动6轮,排查整改各类火灾隐患1,284处。',
      { title: '某县2026—2027年度森林防灭火工作方案', published: '2026-09-18' },
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 0],
      ['achievement', 6],
      ['achievement', 1284],
    ]);
  });

  it('a tab table’s time cell dates its row wherever it stands', () => {
    const goals = items(
      '批次\t完成时间\t检查村庄(个)\t抽查农户(户)\t检查重点\n第一季度\t3月31日前\t12\t360\t积存垃圾清理\n第二季度\t6月30日前\t13\t400\t户厕改造进度',
      { title: '某镇2026年农村人居环境整治提升工作方案', published: '2026-02-20' },
    );
    expect(goals.map((g) => [g.value, g.due])).toEqual([
      [12, '2026-03-31'],
      [360, '2026-03-31'],
      [13, '2026-06-30'],
      [400, '2026-06-30'],
    ]);
  });

  it('全年共4次 is a plan’s total; 全年共审计… with its verb reports', () => {
    const plan = { title: '某镇2026年农村人居环境整治提升工作方案', published: '2026-02-20' };
    const goals = items('每季度末开展1次全镇集中检查评比,全年共4次。', plan);
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 1],
      ['target', 4],
    ]);
    expectItem('全年共审计单位37个。', { kind: 'achievement' }, { title: '某县审计局工作' });
  });

  it('抽查已验收项目 names what is inspected; the clause still commits', () => {
    expectItem(
      '抽查已验收项目不少于100个。',
      { kind: 'target', value: 100 },
      { title: '某市住建局2026年工作计划', published: '2026-01-20' },
    );
  });

  it('a sentence opening on 全县现有… lists stocks in each clause without work', () => {
    const goals = items(
      '一、工作现状\n2025年,全县68所义务教育学校全部开展课后服务,参与学生3.46万人,开设课程1120门。全县现有义务教育学校68所(其中农村学校41所),在校学生3.79万人,专任教师3315人。',
      { title: '某县2026年课后服务工作方案', published: '2026-02-20' },
    );
    expect(goals.map((g) => g.value)).toEqual([68, 34600, 1120]);
  });

  it('通水 finishes a task', () => {
    expectItem(
      '新建终端12月底前全部通水运行。',
      { kind: 'deadline', due: '2026-12-31' },
      { title: '某镇2026年农村人居环境整治提升工作方案', published: '2026-02-20' },
    );
  });
});

describe('round 14 rules (blind sets holdout92–95)', () => {
  it('2025年度…工作报告 titles a report', () => {
    expectItem(
      '全年即办件占比达到71.5%。',
      { kind: 'achievement' },
      { title: '某市政务服务中心2025年度政务服务“好差评”工作报告', published: '2026-01-20' },
    );
  });

  it('a tab row’s items take the time cell a header names, in a content column too', () => {
    const goals = items(
      '村名\t建设内容\t投资(万元)\t完成时限\n上林村\t改造提升村内道路2.4公里,建设口袋公园2处\t320\t2026年10月底前\n梅坞村\t实施农房立面改造46户\t285\t2026年9月底前',
      { title: '某县2026年千万工程示范村建设实施方案', published: '2026-03-01' },
    );
    expect(goals.map((g) => [g.value, g.due])).toEqual([
      [2.4, '2026-10-31'],
      [2, '2026-10-31'],
      [46, '2026-09-30'],
    ]);
  });

  it('a task column’s cell states the task, whatever its row’s time cell says', () => {
    const goals = items(
      '序号\t改革任务\t牵头单位\t完成情况\t完成时间\n1\t推进审批制度改革,将一般社会投资项目审批时间压缩至40个工作日以内\t市住建局\t已完成。审批平均用时36个工作日。\t2025年9月\n2\t深化企业开办改革\t市市场监管局\t已完成。全年办理企业开办1.42万件。\t2025年6月',
      { title: '关于某市2025年重点改革任务完成情况的报告', published: '2026-01-15' },
    );
    expect(goals.map((g) => [g.kind, g.value])).toEqual([
      ['target', 40],
      ['achievement', 36],
      ['achievement', 14200],
    ]);
  });

  it('全年共有 counts the year’s outcomes; what was not done is no result', () => {
    const goals = items(
      '已全面完成48项;另有2项因上级政策调整等原因未能按期完成。全年共有6项改革经验被省级以上部门推广。',
      { title: '关于某市2025年重点改革任务完成情况的报告', published: '2026-01-15' },
    );
    expect(goals.map((g) => g.value)).toEqual([48, 6]);
  });

  it('完成年度计划72.4% reports; a shortfall under a problems heading is no target', () => {
    const report = {
      title: '关于2026年前三季度全市重点项目推进情况的通报',
      published: '2026-10-20',
    };
    expectItem(
      '三、各县推进情况\n桐坪县完成年度计划72.4%,略低于序时进度。',
      { kind: 'achievement' },
      report,
    );
    expectNone('四、存在的问题\n全市仍有14个计划新开工项目未开工。', report);
  });

  it('the age of what is acted on (使用年限超过8年的…) is no amount', () => {
    expectItem(
      '2026年底前完成对使用年限超过8年或存在安全隐患的室外健身器材的排查更新。',
      { kind: 'deadline', due: '2026-12-31' },
      { title: '某市全民健身实施计划', published: '2026-03-01' },
    );
    expectItem('确保设施使用年限达到15年。', { value: 15, unit: '年' });
  });

  it('对…不足60%的县, with the act in the next clause, picks whom it acts on', () => {
    expectNone('对完成年度任务不足60%的县(市、区)、园区,由市政府进行约谈。', {
      title: '某市2026年招商引资工作方案',
      published: '2026-02-01',
    });
  });
});

describe('round 15 rules (blind sets holdout96–99)', () => {
  it('使用情况, 办理情况 and 收支情况 title reports', () => {
    expectItem(
      '全年下达生态保护补偿资金2.31亿元。',
      { kind: 'achievement' },
      { title: '某县2025年度生态保护补偿资金使用情况报告', published: '2026-03-25' },
    );
  });

  it('a time phrase inside its object’s modifier dates neither kind nor due', () => {
    const goals = items(
      '三、下半年工作计划\n完成剩余22座危桥改造,实现2025年底前排查出的四、五类危桥动态清零。农村公路优良中等路率达到85%以上。',
      { title: '某市交通运输局2026年上半年工作总结和下半年工作计划', published: '2026-07-10' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['target', 22, undefined],
      ['target', 0, undefined],
      ['target', 85, undefined],
    ]);
  });

  it('占年度计划(%) is the share of the plan reached', () => {
    const goals = items(
      '序号\t项目名称\t年度计划投资(亿元)\t1—6月完成投资(亿元)\t占年度计划(%)\n1\t某高速公路\t20.0\t11.2\t56.0\n2\t某国道改建工程\t8.5\t4.6\t54.1',
      { title: '某市交通运输局2026年上半年工作总结', published: '2026-07-10' },
    );
    expect(goals.filter((g) => g.unit === '%').map((g) => [g.kind, g.value])).toEqual([
      ['achievement', 56],
      ['achievement', 54.1],
    ]);
  });

  it('an indicator table’s 省下达控制指标 column holds targets beside 实际完成', () => {
    const goals = items(
      '序号\t指标名称\t计量单位\t省下达控制指标\t实际完成\t完成情况\n1\t生产安全事故起数\t起\t≤88\t74\t完成\n2\t生产安全事故死亡人数\t人\t≤52\t43\t完成',
      { title: '某市2025年安全生产工作总结', published: '2026-01-10' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.unit, g.comparator])).toEqual([
      ['target', 88, '起', '<='],
      ['achievement', 74, '起', '='],
      ['target', 52, '人', '<='],
      ['achievement', 43, '人', '='],
    ]);
  });

  it('units 年一遇, 立方米/秒, 份次 and 列次; a figure setting a condition is no aim', () => {
    const plan = { title: '某市2026年韧性城市建设行动方案', published: '2026-03-01' };
    expectItem('中心城区内涝防治标准提升至30年一遇。', { value: 30, unit: '年一遇' }, plan);
    expectItem('新增抽排能力36立方米/秒。', { value: 36, unit: '立方米/秒' }, plan);
    expectItem('全年完成水质检测960份次。', { value: 960, unit: '份次' }, plan);
    expectItem('开行银发旅游专列100列次以上。', { value: 100, unit: '列次' }, plan);
    expectItem('确保主城区在50年一遇降雨条件下不发生大面积内涝。', { value: 0 }, plan);
  });
});

describe('round 16 rules (blind sets holdout100–103)', () => {
  const plan = { title: '某县2026年粮食收购和储备工作方案', published: '2026-03-01' };

  it('杜绝…违规行为 is a zero end state; 严防…违规行为 only guards against it', () => {
    expectItem('坚决杜绝"转圈粮""空气粮"等违规行为。', { kind: 'target', value: 0 }, plan);
    expectNone('严防套取、倒卖等违规行为。', plan);
  });

  it('下达 finishes a task', () => {
    expectItem('6月底前下达年度储备粮轮换计划。', { kind: 'deadline', due: '2026-06-30' }, plan);
  });

  it('beside a task column (除治任务), a table’s situation columns hold no items', () => {
    const goals = items(
      '附表:某镇2026年松材线虫病疫木除治任务分解表\n村(社区)\t松林面积(亩)\t疫情小班(个)\t病死松树(株)\t除治任务(株)\t包村领导\n桐坑村\t11260\t9\t862\t920\t张立群\n石门村\t9840\t7\t715\t760\t李志远',
      { title: '某镇2026年松材线虫病防治工作方案', published: '2026-02-20' },
    );
    expect(goals.map((g) => [g.value, g.unit])).toEqual([
      [920, '株'],
      [760, '株'],
    ]);
    // A column that names another piece of work still counts.
    const work = items(
      '附件\n某市2026年居家适老化改造任务分解表\n序号\t区(县)\t特殊困难老年人家庭改造任务(户)\t引导其他老年人家庭改造(户)\n1\t青禾区\t620\t260\n2\t临渚区\t540\t240',
      { title: '某市2026年居家适老化改造实施方案', published: '2026-02-26' },
    );
    expect(work.map((g) => g.value)).toEqual([620, 260, 540, 240]);
  });

  it('…评价结果的报告 titles a report', () => {
    expectItem(
      '本次重点评价共选取市级部门项目18个。',
      { kind: 'achievement' },
      { title: '某市财政局关于2025年度市级财政重点绩效评价结果的报告', published: '2025-09-26' },
    );
  });
});

describe('round 17 rules (blind sets holdout104–107)', () => {
  const progress = { title: '某县2026年十件民生实事上半年进展情况的通报', published: '2026-07-21' };

  it('in a progress report, what a paragraph states before its 进展: label is the task', () => {
    const goals = items(
      '(七)城乡供水提质工程。实施城乡供水一体化提升工程,新建改造供水管网120公里,到年底农村自来水普及率达到99%以上。进展:完成管网45公里,完成37.5%。',
      progress,
    );
    expect(goals.map((g) => [g.quote, g.kind])).toEqual([
      ['新建改造供水管网120公里', 'target'],
      ['到年底农村自来水普及率达到99%以上', 'target'],
      ['完成管网45公里', 'achievement'],
      ['完成37.5%', 'achievement'],
    ]);
  });

  it('a clause that turned from a result to a plan speaks for itself, not the clauses after it', () => {
    const goals = items(
      '进展:县人民医院胸痛中心已通过省级现场评审,计划10月底前提交国家级认证申请;7家卫生院通过县级初评;完成老年人健康体检2.51万人次。',
      progress,
    );
    expect(goals.map((g) => [g.quote, g.kind])).toEqual([
      ['计划10月底前提交国家级认证申请', 'deadline'],
      ['7家卫生院通过县级初评', 'achievement'],
      ['完成老年人健康体检2.51万人次', 'achievement'],
    ]);
    // A bound that opens its segment still frames the segments after it.
    const framed = items(
      '下半年工作安排:10月底前,完成胸痛中心认证申请;完成体检4.2万人次。',
      progress,
    );
    expect(framed.map((g) => g.kind)).toEqual(['deadline', 'target']);
  });

  it('a month counted in (10月份), over at publication, reports', () => {
    expectItem(
      '从先行指标看,10月份全市服务业商务活动指数为51.6%,随着一揽子政策效应持续释放,预计四季度服务业将保持平稳增长。',
      { kind: 'achievement', value: 51.6 },
      { title: '1—10月全市规模以上服务业运行情况', published: '2026-11-27' },
    );
  });

  it('a level reached (达到) in a past year’s background sentence is its result', () => {
    const goals = items(
      '一、基本情况\n2025年,全县上下克服春季低温阴雨和夏季阶段性干旱等不利影响,粮食播种面积完成61.8万亩,总产量达到26.7万吨。全县现有耕地面积74.6万亩。',
      { title: '某县2026年春季农业生产工作方案', published: '2026-02-26' },
    );
    expect(goals.map((g) => [g.quote, g.kind])).toEqual([
      ['粮食播种面积完成61.8万亩', 'achievement'],
      ['总产量达到26.7万吨', 'achievement'],
    ]);
  });

  it('an 已 right after the clause’s opening 力争 qualifies the subject', () => {
    expectItem(
      '加快项目落地,力争已签约项目资金到位率不低于60%。',
      { kind: 'target', value: 60, comparator: '>=' },
      { title: '某省2026年利用外资工作要点', published: '2026-02-27' },
    );
  });

  it('a task cell measured by the next cell of its row is one target, not also a deadline', () => {
    const goals = items(
      '附件\n某区2026年校园食品安全守护行动任务分解表\n序号\t重点任务\t量化指标\t完成时限\t责任单位\n1\t学校食堂监督检查\t检查覆盖率100%\t12月15日前\t区市场监管局\n2\t食堂从业人员全员轮训\t—\t6月30日前\t区教育局',
      { title: '某区2026年校园食品安全守护行动方案', published: '2026-03-06' },
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2026-12-15'],
      ['deadline', '2026-06-30'],
    ]);
  });

  it('dates: 主汛期(6月15日)前, 次年4月30日前, a project’s month of its milestone', () => {
    const plan = { title: '某市2026年城市排水防涝工作方案', published: '2026-03-18' };
    expectItem('主汛期(6月15日)前,完成年度管网建设任务的60%以上。', { due: '2026-06-15' }, plan);
    expectItem(
      '运行补贴于次年4月30日前一次性兑付到户。',
      { kind: 'deadline', due: '2027-04-30' },
      { title: '某区2026—2027年采暖季清洁取暖工作方案', published: '2026-10-12' },
    );
    expectItem(
      '新院区二期工程(住院综合楼)3月开工建设。',
      { kind: 'deadline', due: '2026-03-31' },
      plan,
    );
    // 于3月开工 tells when something happens; it sets no bound.
    expectNone('项目于3月开工建设。', plan);
  });

  it('the year’s tasks dated by a bound of their own clause are a deadline', () => {
    expectItem(
      '确保十件民生实事11月底前全面完成年度目标任务。',
      { kind: 'deadline', due: '2026-11-30', strength: 'must' },
      { title: '某县2026年十件民生实事工作方案', published: '2026-03-01' },
    );
    // Only restated, they are no item.
    expectNone('奋力冲刺四季度,确保完成全年目标任务。', { published: '2020-12-24' });
  });

  it('a score table with one score column gives each row’s result; one of parts gives none', () => {
    const report = { title: '某县2025年度耕地保护目标责任考核结果的通报', published: '2026-03-10' };
    const goals = items(
      '附件:考核得分及等次\n序号\t乡镇(街道)\t考核得分(分)\t等次\n1\t青禾镇\t96.5\t优秀\n2\t桑园街道\t94.0\t优秀',
      report,
    );
    expect(goals.map((g) => [g.kind, g.value, g.unit])).toEqual([
      ['achievement', 96.5, '分'],
      ['achievement', 94, '分'],
    ]);
    expectNone(
      '考核结果如下:\n序号\t乡镇(街道)\t基础得分\t加分\t总得分\t排名\t等次\n1\t龙湾街道\t94.3\t2.5\t96.8\t1\t优秀\n2\t白沙镇\t93.2\t2.0\t95.2\t2\t优秀',
      report,
    );
  });
});

describe('round 18 rules (blind sets holdout108–111)', () => {
  it('a bulletin’s parts of the counts it reports are results; a population’s parts are not', () => {
    const bulletin = { title: '某省2025年教育事业发展统计公报', published: '2026-03-20' };
    const goals = items(
      '全省共有幼儿园8,426所,其中普惠性幼儿园7,518所。普通本专科在校生4.86万人,其中本科生2.93万人。',
      bulletin,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [8426, 'achievement'],
      [7518, 'achievement'],
      [48600, 'achievement'],
      [29300, 'achievement'],
    ]);
    const people = items('年末全市常住人口562.3万人,其中城镇人口377.7万人。', {
      title: '某市2025年国民经济和社会发展统计公报',
      published: '2026-03-10',
    });
    expect(people.map((g) => g.value)).not.toContain(3777000);
  });

  it('a plan’s background opened by a past year’s holidays reports their work', () => {
    const goals = items(
      '一、基本情况\n2025年五一、国庆假期,全市共接待游客1,386.5万人次,同比增长9.6%。',
      { title: '某市2026年五一、国庆假期旅游安全和服务保障工作方案', published: '2026-04-10' },
    );
    expect(goals.map((g) => [g.quote, g.kind])).toEqual([
      ['全市共接待游客1,386.5万人次', 'achievement'],
      ['同比增长9.6%', 'achievement'],
    ]);
  });

  it('当…时 sets a condition; days in brackets after a name bound nothing', () => {
    const plan = { title: '某市2026年假期旅游安全工作方案', published: '2026-04-10' };
    expectNone('当景区游客量达到最大承载量的70%时,立即启动分流措施。', plan);
    expectNone('国庆假期(10月1日—10月7日)参照五一假期做法组织实施。', plan);
  });

  it('in a report, a paragraph opened on its as-of day, and a span up to now with its work, report', () => {
    const report = {
      title: '某区人民政府关于2025年度人大代表建议和政协提案办理工作情况的报告',
      published: '2025-11-26',
    };
    const goals = items(
      '一、基本情况\n区十八届人大五次会议以来,区政府系统共承办区人大代表建议148件。\n截至10月31日,312件建议提案已全部办结,按期办结率达到100%。从办理结果看,已解决的187件,占59.9%。',
      report,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [148, 'achievement'],
      [312, 'achievement'],
      [100, 'achievement'],
      [187, 'achievement'],
      [59.9, 'achievement'],
    ]);
  });

  it('a bracketed year’s target speaks for the bracket only', () => {
    const goals = items(
      '一、上半年工作总结\n1-6月,全市PM2.5平均浓度为31.8微克/立方米,同比下降6.2%(全年目标≤29.5微克/立方米);28个省控断面水质优良比例为89.3%(全年目标≥92.9%),劣Ⅴ类水体保持动态清零。',
      { title: '某市生态环境局2026年上半年工作总结和下半年工作计划', published: '2026-07-15' },
    );
    expect(goals.map((g) => [g.quote, g.kind, g.due])).toEqual([
      ['全市PM2.5平均浓度为31.8微克/立方米', 'achievement', undefined],
      ['同比下降6.2%', 'achievement', undefined],
      ['全年目标≤29.5微克/立方米', 'target', '2026-12-31'],
      ['28个省控断面水质优良比例为89.3%', 'achievement', undefined],
      ['全年目标≥92.9%', 'target', '2026-12-31'],
      ['劣Ⅴ类水体保持动态清零', 'achievement', undefined],
    ]);
  });

  it('an indicator table’s 占年度目标 column is the share reached', () => {
    const goals = items(
      '附表:某镇2026年一季度主要经济指标完成情况\n指标名称\t单位\t年度目标\t一季度完成\t占年度目标\n规上工业总产值\t亿元\t54\t12.6\t23.3%\n固定资产投资\t亿元\t12\t3.18\t26.5%',
      { title: '某镇2026年一季度工作总结和二季度工作计划', published: '2026-04-09' },
    );
    expect(goals.filter((g) => g.unit === '%').map((g) => [g.value, g.kind])).toEqual([
      [23.3, 'achievement'],
      [26.5, 'achievement'],
    ]);
  });

  it('a monitoring range and its standards are the setting', () => {
    expectNone(
      '三、监测范围和标准\n(一)收入监测范围。2026年度全县防止返贫监测收入范围确定为家庭年人均纯收入8200元,较上年提高300元。',
      { title: '某县2026年防止返贫动态监测和帮扶工作方案', published: '2026-03-01' },
    );
  });

  it('zero fires and accidents, a day that schedules an event in a plan', () => {
    const plan = { title: '某市2026年全民健身实施计划', published: '2026-03-01' };
    expectItem('严格落实林长制,严防森林火灾发生。', { kind: 'target', value: 0 }, plan);
    expectNone('严防电焊、气割作业引发火灾。', plan);
    expectItem('核与辐射安全事故为零。', { value: 0 }, plan);
    expectItem('11月8日,举办2026鹭岭马拉松。', { kind: 'deadline', due: '2026-11-08' }, plan);
    // Without a plan's genre, the day tells what happened.
    expectNone('12月25日,召开全省视频会议');
  });
});

describe('round 18 quantity rules (blind sets holdout108–111)', () => {
  const plan = { title: '某市2026年数字经济核心产业发展工作要点', published: '2026-02-20' };

  it('在用…达到 aims; PFlops is a unit', () => {
    expectItem('全市在用标准机架达到1.2万架。', { value: 12000, unit: '架' }, plan);
    expectItem('智能算力规模达到1500PFlops。', { value: 1500, unit: 'PFlops' }, plan);
  });

  it('the count before its opening hours is the subject; the field of a ranking is no amount', () => {
    expectItem(
      '全市12座公共体育场馆免费或低收费开放时间每周不少于35小时。',
      { value: 35, unit: '小时', comparator: '>=' },
      plan,
    );
    expectItem(
      '全市环境空气质量综合指数为3.62,在全省11个设区市中排名第5位。',
      { value: 3.62 },
      { title: '某市2025年环境质量公报', published: '2026-03-01' },
    );
  });
});

describe('round 19 rules (blind sets holdout112–115)', () => {
  it('a task table skips stock columns, their parts and rows given nothing to do', () => {
    const goals = items(
      '附件:某县2026年村卫生室标准化建设任务分解表\n乡镇\t行政村(个)\t现有村卫生室(所)\t其中已达标(所)\t2026年新建(所)\t2026年改扩建(所)\n城关镇\t21\t24\t19\t0\t4\n白沙镇\t23\t24\t16\t1\t6',
      { title: '某县2026年村卫生室标准化建设实施方案', published: '2026-02-20' },
    );
    expect(goals.map((g) => g.value)).toEqual([4, 1, 6]);
  });

  it('a price-change release and a village-income report are reports', () => {
    // (Its price changes are observations since round 23, as both price releases' annotators
    // read them; its work is reported.)
    expectItem(
      '共检查经营主体1,126家次。',
      { kind: 'achievement' },
      { title: '2026年10月份全市居民消费价格变动情况', published: '2026-11-12' },
    );
    const goals = items(
      '附表:某镇2025年各村集体经济收入情况(单位:万元)\n序号\t村名\t2025年收入\t2024年收入\t收入档次\n1\t鹤塘村\t312.6\t276.8\t200万元以上\n2\t上湾村\t268.3\t236.1\t200万元以上',
      { title: '某镇2025年度村级集体经济收入情况报告', published: '2026-01-20' },
    );
    // The report's year under a money unit line; not the year before, nor the income bands.
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [3126000, 'achievement'],
      [2683000, 'achievement'],
    ]);
  });

  it('a school term or a past season opens a background of results', () => {
    const goals = items(
      '一、基本情况\n2025年秋季学期,全市共排查各类安全隐患1,362处,已整改1,341处。',
      { title: '某市教育局关于做好2026年春季开学安全工作的通知', published: '2026-02-09' },
    );
    expect(goals.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
    const season = items(
      '一、基本情况\n2025—2026年冬春水利建设期间,全县共实施各类水利项目216个,完成投资2.74亿元。',
      { title: '某县2026—2027年冬春水利建设行动方案', published: '2026-11-01' },
    );
    expect(season.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('in a season over the year’s end, a month before its first falls in the next year', () => {
    const goals = items(
      '(二)集中建设阶段(2026年11月21日—2027年3月31日)。12月底前,完成土石方总量的40%以上;1月底前,完成投资2亿元以上;3月底前,完成投资总量的90%以上。',
      { title: '某县2026—2027年冬春水利建设行动方案', published: '2026-11-01' },
    );
    expect(goals.map((g) => g.due)).toEqual(['2026-12-31', '2027-01-31', '2027-03-31']);
  });

  it('a problem column holds no items; a class picked by a range of amounts counts its members', () => {
    const goals = items(
      '重点问题整治清单如下:\n序号\t问题描述\t整治措施\t完成时限\t责任单位\n1\t一级保护区内有生活污水排污口1个\t关闭排污口\t2026年5月31日前\t白鹭镇\n2\t二级保护区内2家农家乐无污水处理设施\t建设一体化污水处理设施2套\t2026年6月30日前\t白鹭镇',
      { title: '某县2026年饮用水水源地环境问题整治方案', published: '2026-03-01' },
    );
    expect(goals.map((g) => g.quote)).not.toContain('一级保护区内有生活污水排污口1个');
    expect(goals.map((g) => g.value)).toContain(2);
    expect(
      items('100万—200万元的村6个,50万—100万元的村2个。', {
        title: '某镇2025年度村级集体经济收入情况报告',
        published: '2026-01-20',
      }).map((g) => [g.value, g.unit]),
    ).toEqual([
      [6, '个'],
      [2, '个'],
    ]);
  });

  it('a bracket after a figure that gives an earlier period’s figure is the comparison', () => {
    const report = { title: '某市司法局关于2025年法律援助工作情况的报告', published: '2025-12-20' };
    const goals = items(
      '全年共受理法律援助案件8512件,同比增长7.8%(2024年受理7899件)。巩固率97.4%(上年为97.1%)。',
      report,
    );
    expect(goals.map((g) => [g.quote, g.value])).toEqual([
      ['全年共受理法律援助案件8512件', 8512],
      ['同比增长7.8%', 7.8],
      ['巩固率97.4%', 97.4],
    ]);
  });
});

describe('round 19 quantity rules (blind sets holdout112–115)', () => {
  const plan = { title: '某县2026年工作方案', published: '2026-02-01' };

  it('台件 and 个工日 are units; 每半月 sets a frequency', () => {
    expectItem('全年完成强制检定计量器具不少于9万台件。', { value: 90000, unit: '台件' }, plan);
    expectItem('全县计划投入群众投工投劳12万个工日以上。', { value: 120000, unit: '个工日' }, plan);
    expectItem('每半月调度一次工作进度。', { value: 1, unit: '次' }, plan);
  });

  it('a standard per unit in a past year’s background is a level, not a result', () => {
    const goals = items(
      '一、2025年补贴发放基本情况\n2025年,全县共核定补贴面积52.91万亩,补贴标准为每亩108.5元,兑付率100%。',
      { title: '某县2026年耕地地力保护补贴发放工作的通知', published: '2026-03-06' },
    );
    expect(goals.map((g) => g.value)).not.toContain(108.5);
  });

  it('the count before a total income is its subject, not when it acts (将)', () => {
    expectItem(
      '全镇12个行政村村级集体经济总收入2096.4万元。',
      { value: 20964000 },
      {
        title: '某镇2025年度村级集体经济收入情况报告',
        published: '2026-01-20',
      },
    );
    const acts = items('县财政局已督促4家单位将应缴未缴的非税收入2316.42万元全部缴入国库。', {
      title: '某县2025年审计整改情况报告',
      published: '2026-01-20',
    });
    expect(acts.map((g) => g.value)).toContain(4);
  });
});

describe('round 20 rules (blind sets holdout116–119)', () => {
  it('a duty report is a report, and its 履职基本情况 holds the year’s results', () => {
    const goals = items(
      '一、履职基本情况\n(一)坚决扛牢粮食安全政治责任。全年全县粮食播种面积稳定在43.1万亩,新建高标准农田2.8万亩。',
      { title: '某县人民政府副县长2025年度述职述廉报告', published: '2026-01-20' },
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [431000, 'achievement'],
      [28000, 'achievement'],
    ]);
  });

  it('a title on the work of a part of the year already over reports; a lead-in looks ahead', () => {
    const presser = {
      title: '某省2026年上半年生态环境保护工作新闻发布会',
      published: '2026-07-24',
    };
    expectItem('二是污染防治攻坚扎实推进。淘汰柴油货车4826辆。', { kind: 'achievement' }, presser);
    const ahead = items(
      '下半年,我们将重点抓好以下工作:一是打好蓝天保卫战。二是持续打好净土保卫战。受污染耕地安全利用率稳定在93%以上。',
      presser,
    );
    expect(ahead.map((g) => g.kind)).toEqual(['target']);
    expectItem(
      '下半年,将对全省1.2万家排污许可重点管理单位开展一轮检查。',
      { kind: 'target' },
      presser,
    );
    // A meeting that pushes the next tasks names the quarter it reviews, not its own genre.
    expectItem(
      '县发改局要加强项目储备,全年储备超亿元项目不少于80个。',
      { kind: 'target' },
      { title: '某县召开2026年一季度重点项目建设推进会', published: '2026-04-09' },
    );
  });

  it('news of a meeting reports what it heard', () => {
    expectItem(
      '一季度,全县新开工项目23个。',
      { kind: 'achievement' },
      { title: '某县召开2026年一季度重点项目建设暨招商引资推进会', published: '2026-04-09' },
    );
  });

  it('a floor for a year not yet over, or for every period, is still to be met in a report', () => {
    const news = { title: '某县2026年一季度招商引资工作情况报告', published: '2026-04-09' };
    const goals = items(
      '全年新签约亿元以上项目不少于60个,其中10亿元以上项目不少于6个。县级领导每人每季度外出招商不少于2次。',
      news,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [60, 'target'],
      [6, 'target'],
      [2, 'target'],
    ]);
    // A year's review that ends on a bound is still the review (全年…达到…,…控制在5.5%以内).
    const review = items('全年地区生产总值达到2.57万亿元,城镇调查失业率控制在5.5%以内。', {
      title: '某省2023年经济运行情况',
      published: '2024-01-20',
    });
    expect(review.map((g) => g.kind)).toEqual(['achievement', 'achievement']);
  });

  it('a time column before the task column bounds the task', () => {
    const goals = items(
      '下半年重点任务时间表如下:\n序号\t时间节点\t重点任务\t责任处室\n1\t2026年8月底前\t完成第二批12个空气自动监测站点升级改造\t监测处\n2\t2026年9月底前\t完成全省重点排污单位自动监控数据联网\t执法总队',
      { title: '某省2026年生态环境保护工作方案', published: '2026-03-24' },
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['target', '2026-08-31'],
      ['deadline', '2026-09-30'],
    ]);
  });

  it('今年 is the year of writing; a year inside a document’s name in a heading dates nothing', () => {
    const goals = items(
      '六、审议《某县城区停车设施建设三年行动方案(2026—2028年)》\n会议要求:今年新建公共停车场8处,6月底前完成城南停车楼项目招标。',
      { title: '某县人民政府第18次常务会议纪要', published: '2026-03-24' },
    );
    expect(goals.map((g) => g.due)).toEqual(['2026-12-31', '2026-06-30']);
  });

  it('a sentence that opens on a forecast sizes what a plan serves', () => {
    const plan = { title: '某市2026年义务教育招生入学工作方案', published: '2026-04-01' };
    expectNone(
      '据公安户籍和学籍数据预测,2026年全市小学一年级适龄儿童约17400人,比上年增加约600人。',
      plan,
    );
    // A preliminary count of a year's results is still its result.
    expectItem(
      '据统计部门初步测算,2025年全社会研发经费投入达到68.4亿元。',
      { value: 6840000000 },
      { title: '某市2025年科技创新工作总结', published: '2026-02-01' },
    );
  });

  it('admission and notices by a date are deadlines', () => {
    const goals = items(
      '(四)民办学校招生。7月上旬,由市教育局统一组织电脑随机录取。(五)发放通知。7月20日前,各学校向录取新生发放入学通知书。',
      { title: '某市2026年义务教育招生入学工作方案', published: '2026-04-01' },
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2026-07-10'],
      ['deadline', '2026-07-20'],
    ]);
  });
});

describe('round 20 quantity rules (blind sets holdout116–119)', () => {
  const plan = { title: '某县2026年工作方案', published: '2026-02-01' };

  it('不得超过 is a ceiling, 不得低于 a floor, 缩小到 a ceiling', () => {
    expectItem('割茬高度不得超过15厘米。', { comparator: '<=', value: 15 }, plan);
    expectItem('留茬高度不得低于5厘米。', { comparator: '>=', value: 5 }, plan);
    expectItem('城乡居民收入比缩小到1.86:1。', { comparator: '<=', value: 1.86 }, plan);
  });

  it('what can be collected is a stock; ruling out a class of sizes leaves it at zero', () => {
    const goals = items(
      '附件:某县各乡镇秸秆综合利用目标任务分解表\n序号\t乡镇\t秸秆可收集量(万吨)\t综合利用率目标(%)\n1\t青石镇\t7.8\t95\n2\t柳湾镇\t6.9\t95',
      plan,
    );
    expect(goals.map((g) => g.value)).toEqual([95, 95]);
    expectItem('坚决杜绝新增56人以上大班额。', { value: 0, comparator: '=' }, plan);
  });
});

describe('round 21 rules (blind sets holdout120–123)', () => {
  it('an epidemic situation, a reply to a proposal and a period’s trade analysis are reports', () => {
    expectItem(
      '本月全市共处置聚集性疫情6起。',
      { kind: 'achievement' },
      { title: '某市2026年5月法定传染病疫情概况', published: '2026-06-09' },
    );
    expectItem(
      '我局组织召开养老服务机构负责人座谈会2次。',
      { kind: 'achievement' },
      { title: '某县民政局关于县政协十一届四次会议第047号提案的答复', published: '2025-07-18' },
    );
    expectItem(
      '全市新增海外仓5个。',
      { kind: 'achievement' },
      { title: '某市2025年1—8月外贸进出口情况分析', published: '2025-09-22' },
    );
  });

  it('a rectification table: problems hold no items, progress is reported, measures are due', () => {
    const goals = items(
      '序号\t反馈问题\t整改措施\t整改时限\t整改进展\n1\t养护资金使用不规范,３个乡镇挪用养护资金１２．６万元\t全面清查2023年以来农村公路养护资金使用情况\t2026年3月底前\t已完成。修订管理办法1项,开展"回头看"项目47个。',
      { title: '某局关于巡察整改进展情况的通报', published: '2026-01-16' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['deadline', undefined, '2026-03-31'],
      ['achievement', 1, undefined],
      ['achievement', 47, undefined],
    ]);
  });

  it('a heading that works on a plan, 先后, and a start still ahead', () => {
    const report = { title: '某局关于巡察整改进展情况的通报', published: '2026-01-16' };
    expectItem(
      '(二)细化整改方案。制定整改方案,细化整改措施28条。',
      { kind: 'achievement', value: 28 },
      report,
    );
    expectItem(
      '(一)健全工作机制。先后召开动员部署会和业务推进会5次,确保清查人员懂政策。',
      { kind: 'achievement', value: 5 },
      { title: '某镇关于农村集体三资清查工作情况的报告', published: '2025-11-20' },
    );
    expectItem('2026年起每年组织开展养护资金使用情况专项检查2次。', { kind: 'target' }, report);
  });

  it('an inspection report: its own work is the result, its suggestions look ahead', () => {
    const report = {
      title: '某市人大常委会执法检查组关于检查《固体废物污染环境防治法》实施情况的报告',
      published: '2025-10-30',
    };
    const goals = items(
      '一、执法检查的基本情况\n检查组分组深入6个县(市、区),面向社会发放调查问卷2300份。\n四、意见和建议\n(五)着力提升执法监管能力。执法人员按照每万家监管企业不少于30名的标准配备。',
      report,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [6, 'achievement'],
      [2300, 'achievement'],
      [30, 'target'],
    ]);
  });

  it('the base of a rate is no stock whose parts follow', () => {
    const goals = items(
      '每万常住人口全科医生数达到4.5名,家庭医生签约服务覆盖率达到45%以上,其中重点人群签约率达到75%以上。',
      { title: '某县慢性病综合防控示范区建设实施方案', published: '2026-03-01' },
    );
    expect(goals.map((g) => g.value)).toEqual([4.5, 45, 75]);
  });
});

describe('round 22 rules (blind sets holdout124–127)', () => {
  it('a past season’s service is results; a forecast section holds no items', () => {
    const goals = items(
      '一、2025年汛期气候回顾及气象服务情况\n(二)服务情况。去年汛期,县气象局共发布重要天气报告36期。\n二、2026年汛期气候趋势预测\n(一)总体趋势。预计2026年汛期全县降水量为780～880毫米,较常年同期偏多1～2成。\n三、气象服务保障目标\n(一)预警发布。暴雨预警提前量达到45分钟以上。',
      { title: '某县2026年汛期气候趋势预测及气象服务保障方案', published: '2026-04-16' },
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [36, 'achievement'],
      [45, 'target'],
    ]);
  });

  it('an assessment notice: the assessment’s work is results, its scheme and headings are not items', () => {
    const goals = items(
      '一、考核基本情况\n考核共调阅运行病历和归档病历1460份,设置医疗质量、运营效率等4个一级指标、14个二级指标,其中定量指标46个。\n四、2026年整改提升要求\n(一)压实整改责任。9月30日前完成整改。',
      { title: '某市关于2025年度县级公立医院绩效考核结果的通报', published: '2026-04-08' },
    );
    expect(goals.map((g) => [g.kind, g.value ?? g.due])).toEqual([
      ['achievement', 1460],
      ['deadline', '2026-09-30'],
    ]);
  });

  it('a rating’s public notice reports; application conditions are no goals', () => {
    expectItem(
      '经评审,拟评定五星级养老机构２家。',
      { kind: 'achievement', value: 2 },
      { title: '关于2025年度某县养老机构等级评定结果的公示', published: '2026-03-16' },
    );
    expectNone('三、申报条件\n(二)申报企业上年度营业收入不低于500万元。', {
      title: '某市2026年度科技计划项目申报指南',
      published: '2026-02-20',
    });
  });

  it('an analysis: its factors are background, its next stage’s suggestions look ahead', () => {
    const goals = items(
      '二、影响运行的主要因素\n(二)不利因素。全县生猪出场均价为每公斤13.8元,同比下降9.2%。\n三、下阶段工作建议\n(二)稳定生猪基础产能。将能繁母猪存栏稳定在2.6万头左右。',
      { title: '2026年一季度某县农业农村经济运行分析', published: '2026-04-21' },
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([[26000, 'target']]);
  });

  it('a time column first bounds its rows, and its tasks are deadlines', () => {
    const goals = items(
      '附件:2026年重点任务推进计划表\n完成时限\t重点任务\t牵头单位\n2026年3月底前\t完成政务服务事项基本目录动态调整\t市政务服务局\n2026年6月底前\t完成第二批8个“一件事”上线运行\t市政务服务局',
      { title: '某市2026年“一网通办”工作要点', published: '2026-02-24' },
    );
    expect(goals.map((g) => [g.kind, g.value, g.due])).toEqual([
      ['deadline', undefined, '2026-03-31'],
      ['target', 8, '2026-06-30'],
    ]);
  });
});

describe('round 23 rules (blind sets holdout128–131)', () => {
  it('a price release observes prices; its work and aims are still items', () => {
    const release = {
      title: '某市主要农副产品价格监测周报(2025年第20期)',
      published: '2025-05-20',
    };
    const goals = items(
      '本周粳米(一级)零售均价为3.12元/斤,环比持平,同比下降1.6%。本周共开展价格巡查3次,检查农贸市场26家。\n表1 主要农副产品零售价格监测表\n品种\t规格等级\t计价单位\t本周均价\t上周均价\t环比(%)\t同比(%)\n粳米\t一级\t元/斤\t3.12\t3.12\t0.0\t-1.6\n特一粉\t袋装\t元/斤\t2.85\t2.85\t0.0\t-0.7',
      release,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [3, 'achievement'],
      [26, 'achievement'],
    ]);
    // The same price changes in an economic report are its results, as twelve sets mark them.
    expectItem(
      '居民消费价格同比上涨0.4%。',
      { kind: 'achievement', value: 0.4 },
      { title: '某市2026年一季度经济运行情况', published: '2026-04-20' },
    );
  });

  it('a forecast table holds no items; a heading’s range of years names its first', () => {
    expectNone(
      '表1 2026年春运全县道路客运量预测\n时段\t起止日期\t预计发送量(万人次)\t同比增长(%)\n节前\t2月2日-2月16日\t17.9\t5.8\n节中\t2月17日-2月23日\t6.3\t4.1',
      { title: '某县2026年春运工作方案', published: '2026-01-20' },
    );
    const goals = items('四、2026—2027年供暖季工作计划\n9月底前完成全市供热设施冷态试运行。', {
      title: '某市2025—2026年供暖季保障工作总结',
      published: '2026-04-10',
    });
    expect(goals.map((g) => g.due)).toEqual(['2026-09-30']);
  });

  it('a schedule’s days bound its events; an inspection’s 基本情况 and a past year’s seizures are results', () => {
    const plan = { title: '某市2026年“安全生产月”活动方案', published: '2026-05-22' };
    const goals = items(
      '序号\t时间\t活动内容\t牵头单位\n1\t6月1日\t举行全市“安全生产月”活动启动仪式\t市安委办\n2\t6月18日—6月19日\t组织“安全生产月”媒体记者采访活动\t市委宣传部',
      plan,
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([
      ['deadline', '2026-06-01'],
      ['deadline', '2026-06-19'],
    ]);
    expectItem(
      '一、检测基本情况\n本季度共检测农村集中供水工程186处。',
      { kind: 'achievement', value: 186 },
      { title: '某县2025年第三季度农村饮水安全水质检测情况通报', published: '2025-10-21' },
    );
    const seized = items(
      '一、基本情况\n2025年,全县查处非法采砂案件17起,没收非法采砂船只3艘,向公安机关移送涉嫌犯罪线索2条。',
      { title: '某县2026年河道采砂管理实施方案', published: '2026-02-26' },
    );
    expect(seized.map((g) => [g.value, g.kind])).toEqual([
      [17, 'achievement'],
      [3, 'achievement'],
      [2, 'achievement'],
    ]);
  });
});

describe('round 24 rules (blind sets holdout132–135)', () => {
  const plan = { title: '某县2025年林长制工作要点', published: '2025-03-10' };

  it('a plan’s sentence on what the place has states its present; a set-up table holds no items', () => {
    const goals = items(
      '全县现有林地面积86.4万亩,森林覆盖率61.8%,共设立县级林长11名、乡级林长143名。全年完成营造林3.2万亩。\n附件:某县林长体系设置情况表\n序号\t乡(镇)\t乡级林长(名)\t村级林长(名)\t生态护林员(名)\n1\t城关镇\t15\t98\t126\n2\t白沙镇\t18\t132\t172',
      plan,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([[32000, 'target']]);
    // A clause with an aim of its own in such a sentence is still a target.
    expect(items('全县现有A级景区46家,力争新增2家。', plan).map((g) => [g.value, g.kind])).toEqual([
      [2, 'target'],
    ]);
  });

  it('a year inside the modifier of what is acted on frames nothing after it', () => {
    const goals = items(
      '三、建设任务\n(一)老旧小区补短板。对2000年以前建成、未配建充电设施的老旧小区,同步建设充电设施。年内完成老旧小区充电设施改造42个。',
      { title: '某区2026年电动自行车充电设施建设计划', published: '2026-02-27' },
    );
    expect(goals.map((g) => [g.kind, g.due])).toEqual([['target', '2026-12-31']]);
    // A condition closed by 的, still dates the measure after it.
    expectItem(
      '对2024年12月31日前在中心城区购买新建商品住房的,按契税实缴额的50%给予购房补贴。',
      { due: '2024-12-31' },
      { title: '某市2024年促进消费若干措施', published: '2024-03-01' },
    );
  });

  it('a penalty’s range, a period of days with hours, a standards column hold no items', () => {
    const fishing = { title: '某县2026年伏季休渔执法工作方案', published: '2026-04-20' };
    expectNone('对违反规定的,没收渔获物和违法所得,并处3万元以上10万元以下罚款。', fishing);
    expectNone('拖网等作业类型休渔时间为5月1日12时至9月16日12时。', fishing);
    expectItem('全县累计出动执法船艇不少于160航次。', { value: 160, unit: '航次' }, fishing);
    const goals = items(
      '序号\t评估指标\t国家(省)标准\t某县实际\t评估结论\n1\t学前三年毛入园率\t≥85%\t95.3%\t达标\n2\t普惠性幼儿园覆盖率\t≥80%\t91.6%\t达标',
      { title: '某县学前教育普及普惠督导评估报告', published: '2025-11-20' },
    );
    expect(goals.map((g) => g.value)).toEqual([95.3, 91.6]);
  });
});

describe('round 25 rules (blind sets holdout136–139)', () => {
  it('a report on a year already over reads as a report', () => {
    const goals = items('本轮体检共采集国家基础指标57项,发放居民满意度调查问卷12,600份。', {
      title: '某市2025年城市体检报告',
      published: '2026-01-20',
    });
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [57, 'achievement'],
      [12600, 'achievement'],
    ]);
  });

  it('a scoring rule’s deductions and a verdict’s criteria hold no items', () => {
    expectNone('每年组织综合应急演练少于2次的扣3分。', {
      title: '某县安全生产责任制考核办法',
      published: '2026-01-10',
    });
    const report = {
      title: '某镇2025年度农村户厕改造整村推进验收情况通报',
      published: '2026-02-09',
    };
    expectNone(
      '村级改厕完成率达到95%以上、入户抽查合格率不低于90%、档案资料齐全规范三项同时满足的为“通过”。',
      report,
    );
    const goals = items(
      '一、基本情况\n全年共召开改厕工作推进会4次,举办改厕工匠技能培训班3期。',
      report,
    );
    expect(goals.map((g) => [g.value, g.kind])).toEqual([
      [4, 'achievement'],
      [3, 'achievement'],
    ]);
  });
});
