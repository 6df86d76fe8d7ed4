/**
 * Quantities, units and comparators, each from a real sentence of a plan page (the three corpus
 * pages) or of the registers the hidden set covers (government work reports, health, education,
 * transport, ecology).
 */
import { describe, expect, it } from 'vitest';
import { expectItem, expectNone, items, only, summary } from './test-cases';

describe('numbers', () => {
  it.each([
    ['新增“品字标”企业500家', 500, '家'],
    ['全年全省申报地理标志５７件', 57, '件'],
    ['完成开放实验室减费9265.2万元', 92_652_000, '元'],
    ['争取国家项目投资3000万元', 30_000_000, '元'],
    ['城镇新增就业1200万人以上', 12_000_000, '人'],
    ['粮食产量稳定在1.4万亿斤以上', 1.4e12, '斤'],
    ['先后召开了两场进口冷链食品物防工作相关新闻发布会', 2, '场'],
    ['新改建农村公路1万公里', 10_000, '公里'],
    ['区级业务用房建设达到1000m2以上', 1000, '平方米'],
    ['共出动人员30482人次', 30_482, '人次'],
    ['查处超限超载车辆1046台次', 1046, '台次'],
    ['全市公共图书馆文献外借量212万册次', 2_120_000, '册次'],
    ['城市公交平均运营速度不低于18公里/小时', 18, '公里/小时'],
    ['投放人工鱼礁12万空方', 120_000, '空方'],
    ['集装箱吞吐量达到100万标箱', 1_000_000, '标箱'],
    ['城市区域噪声控制在55分贝以下', 55, '分贝'],
    ['新增远洋船舶5艘', 5, '艘'],
    ['港口集装箱吞吐量达到120万标准箱', 1_200_000, '标准箱'],
    ['港口集装箱吞吐量超过3000万标箱', 30_000_000, '标箱'],
    ['PM2.5年均浓度控制在35μg/m³以下', 35, '微克/立方米'],
    ['全市累计接种新冠病毒疫苗120万剂次', 1_200_000, '剂次'],
    ['从原来30个工作日压缩到13个工作日', 13, '个工作日'],
    ['全年帮扶困难企业千余家', 1000, '家'],
    ['农村户均配变容量不低于2.5千伏安', 2.5, '千伏安'],
    ['新钻天然气井120口', 120, '口'],
    ['在林区主要路口设置永久性防火宣传牌120块', 120, '块'],
    ['配发二号工具1500把', 1500, '把'],
    ['全年放流各类鱼苗200万尾以上', 2_000_000, '尾'],
    ['电话平均接通时长缩短至12秒', 12, '秒'],
    ['平整后田面高差控制在5厘米以内', 5, '厘米'],
    ['更换老旧橡胶软管8000根以上', 8000, '根'],
    ['改造提升农村渡口5道', 5, '道'],
    ['改造后氮氧化物排放浓度不高于50毫克/立方米', 50, '毫克/立方米'],
    ['人均预期寿命达到80.5岁以上', 80.5, '岁'],
    ['补助人数不少于3000人', 3000, '人'],
    ['企业简易注销公告期由20天压缩至十天', 10, '天'],
    ['年内实现二十类高频证照“免提交”', 20, '类'],
    ['开展技能培训万余人次', 10_000, '人次'],
    ['带动农户近万户增收', 10_000, '户'],
  ])('%s → %d %s', (text, value, unit) => {
    expectItem(text, { value, unit });
  });

  it('reads percentages written three ways', () => {
    expectItem('双随机抽查事项覆盖率达到100%', { value: 100, unit: '%' });
    expectItem('掌上执法率达到９０％', { value: 90, unit: '%' });
    expectItem('贫困人口减少百分之五十', { value: 50, unit: '%' });
    expectItem('城镇化率提高1.5个百分点', { value: 1.5, unit: '个百分点' });
  });

  it('keeps ‰ as a unit, the value as written (22 of 28 gold items with ‰ read it so)', () => {
    expectItem('婴儿死亡率控制在4‰以下', { value: 4, unit: '‰', comparator: '<=' });
    expectItem('森林火灾受害率控制在0.9‰以内', { value: 0.9, unit: '‰' });
  });

  it('turns written fractions and rates into decimals without a unit', () => {
    expectItem('按照辖区人口万分之三的比例配齐执法监管人员', { value: 0.0003, unit: '' });
    expectItem('全区年食品安全事故率控制在10/百万人口以内', {
      value: 0.00001,
      unit: '',
      comparator: '<=',
    });
    expectItem('孕产妇死亡率控制在10/10万以下', { value: 0.0001, comparator: '<=' });
    expectItem('受益面扩大到三分之一', { value: 0.3333, unit: '' });
    expectItem('县域内就诊率达到2/3以上', { value: 0.6667, unit: '', comparator: '>=' });
    expectItem('将审批时间压缩一半以上', { value: 0.5, unit: '', comparator: '>=' });
  });

  it('reads ranges into value and valueMax', () => {
    expectItem('执法人员配备6-10人', { value: 6, valueMax: 10, unit: '人' });
    expectItem('每个监管所配备执法人员6～10人', { value: 6, valueMax: 10, unit: '人' });
    expectItem('每年开展培训四至五次', { value: 4, valueMax: 5, unit: '次' });
    expectItem('增速保持在10%-15%', { value: 10, valueMax: 15, unit: '%' });
  });

  it('counts 个 in Chinese numerals where the task governs them', () => {
    expectItem('建设两个国家级绿色交通示范城市', { value: 2, unit: '个', comparator: '=' });
    expectItem('实施两个农村供水保障项目', { value: 2, unit: '个' });
    expectItem('创建省级森林城镇三个', { value: 3, unit: '个' });
    const list = items('建成国家级示范区三个、省级示范区五个');
    expect(list.map((g) => [g.quote, g.value])).toEqual([
      ['建成国家级示范区三个', 3],
      ['省级示范区五个', 5],
    ]);
    expectItem('三年累计建成美丽幸福河湖示范县两个', { value: 2, unit: '个' });
    expectItem(
      '上半年开工建设杭温高铁二期等重点项目四至五个',
      {
        kind: 'target',
        value: 4,
        valueMax: 5,
        unit: '个',
        due: '2023-06-30',
      },
      { title: '2023年全省交通运输工作要点' },
    );
  });

  it('keeps a unitless amount after a comparator or at the end of its clause', () => {
    expectItem('确保特种设备万台事故率控制在0.25以内', { value: 0.25, unit: '', comparator: '<=' });
    expectItem('推进放心消费重点县区扩展至30以上', { value: 30, unit: '', comparator: '>=' });
    expectItem('力争新增异地异店无理由退货承诺企业200', { value: 200, unit: '' });
    expectItem('梳理汇总10大典型案例予以通报', { value: 10, unit: '' });
  });

  it('keeps a rate of an older population (not the population itself)', () => {
    expectItem('65岁及以上老年人健康管理率达到72%以上', { value: 72, comparator: '>=' });
    expectItem('每千名老年人拥有养老床位数达到35张', { value: 35, unit: '张' });
  });

  it('keeps the 每 part in the metric and the unit after the number', () => {
    const g = expectItem('每千人口执业(助理)医师数达到3.4人', { value: 3.4, unit: '人' });
    expect(g.metric).toContain('每千人口');
  });
});

describe('comparators', () => {
  it.each([
    ['掌上执法率达到90%', '='],
    ['提名奖不少于5家', '>='],
    ['全省至少60个县(市、区)开展电梯改革试点', '>='],
    ['具有一定规模的出口型生产企业在主要出口国至少拥有1件境外注册商标', '>='],
    ['新建高能级社会公用计量标准100项以上', '>='],
    ['重点工业产品监督抽查合格率达95%以上', '>='],
    ['城镇调查失业率控制在5.5%以内', '<='],
    ['力争将企业开办时间注册登记压缩至1.5天', '<='],
    ['PM2.5平均浓度降至29微克/立方米', '<='],
    ['单位GDP能耗降低3%左右', '~'],
    ['城镇调查失业率约5.5%', '~'],
    ['全省累计查处价格违法案件780余件', '>'],
    ['省市县三级共完成食品抽样任务30余万批次', '>'],
    ['新增高新技术企业总数突破3000家', '>'],
    ['参保人数接近50万人', '<'],
    ['五岁以下儿童死亡率低于6‰', '<'],
    ['全年帮扶困难企业千余家', '>'],
    ['新能源发电量增长近三成', '<'],
    ['新增就业近万人', '<'],
    // Performance-target tables write the bound as a sign (≥3000人次, ＞95%, <=5个工作日).
    ['职业技能培训人次≥3000人次', '>='],
    ['城镇调查失业率≤5.5%', '<='],
    ['资金拨付合格率＞95%', '>'],
    ['差错率<1%', '<'],
    ['办结时限<=5个工作日', '<='],
    ['小微企业可申请最高400万元的创业担保贷款', '<='],
    // A bound over a share of a named whole: 不低于…总数的15%.
    ['教师交流轮岗比例不低于符合交流条件教师总数的15%', '>='],
    ['培训经费不超过学校年度公用经费总额的5%', '<='],
  ])('%s → %s', (text, comparator) => {
    expectItem(text, { comparator: comparator as never });
  });

  it('以上 after the last of several numbers binds only that one', () => {
    const goals = items('分别新增5项、45项、60项以上');
    expect(goals.map((g) => g.comparator)).toEqual(['=', '=', '>=']);
  });
});

describe('end states', () => {
  it.each([
    ['推动品牌指导服务站实现县(市、区)全覆盖', 100, '%', '='],
    ['实现企业登记“零上门”', 0, '', '='],
    ['确保赛会保障零事故', 0, '', '='],
    ['确保不发生重大食品安全事故', 0, '', '='],
    ['力争无重特大事故发生', 0, '', '='],
    ['坚决防范一次死亡3人以上的特种设备责任事故', 0, '', '='],
    ['基本实现了“无证照清零”', 0, '', '='],
    ['力争第四届中国质量奖实现零的突破', 0, '', '>'],
    ['力争专利申报量在“十三五”的基础上翻一番', 2, '倍', '='],
    ['经济总量翻两番', 4, '倍', '='],
    ['确保不发生规模性返贫', 0, '', '='],
    ['上半年未发生重大森林火灾和人员伤亡', 0, '', '='],
    ['全年无一人伤亡', 0, '', '='],
    ['确保主次干道“席位制”管理覆盖率百分之百', 100, '%', '='],
    ['普通门诊统筹政策覆盖全部统筹地区', 100, '%', '='],
    ['助餐点覆盖全部11个社区', 100, '%', '='],
    ['坚决杜绝发生群体性事件和极端案事件', 0, '', '='],
    ['全面消除集体经济“空壳村”', 0, '', '='],
    ['确保“零火点”', 0, '', '='],
    ['全市未发现火点', 0, '', '='],
    ['上述事故未造成人员伤亡', 0, '', '='],
    ['坚决防范同类事故再次发生', 0, '', '='],
    ['实现“零上访”目标', 0, '', '='],
    ['严防本地登革热疫情暴发流行', 0, '', '='],
    ['严防赤潮、溢油等突发事件造成重大生态损害', 0, '', '='],
  ])('%s → %d %s %s', (text, value, unit, comparator) => {
    expectItem(text, { value, unit, comparator: comparator as never });
  });

  it('零增长 is a zero end state', () => {
    expectItem('实现化肥农药使用量零增长', { value: 0, comparator: '=' });
  });

  it('全覆盖 wins over a count standing beside it', () => {
    expectItem('全省9个市州全覆盖', { value: 100, unit: '%' });
  });
});

describe('annotation brackets after an item', () => {
  it('ends the quote before who answers for it, keeping unit brackets', () => {
    const goals = items(
      '运行率不低于90%(责任单位:区住建局)。建成绿道8公里(区住建局牵头)。组织检查覆盖21个市(州)。购置设备5台（套）。',
    );
    expect(goals.map((g) => g.quote)).toEqual([
      '运行率不低于90%',
      '建成绿道8公里',
      '组织检查覆盖21个市(州)',
      '购置设备5台（套）',
    ]);
  });

  it('keeps a bare amount that a note follows (系数达到0.58(责任单位:…))', () => {
    expectItem('农田灌溉水有效利用系数达到0.58(责任单位:区水利局)。', {
      quote: '农田灌溉水有效利用系数达到0.58',
      value: 0.58,
      unit: '',
    });
  });
});

describe('several quantities in one clause', () => {
  it('gives one item per quantity, each quoting its own part', () => {
    const goals = items(
      '成交知识产权和科技成果产权1194项、金额3.3亿元、专利899件,同比分别增长54%、162%和47%。',
    );
    expect(summary(goals).map((g) => [g.quote, g.value])).toEqual([
      ['成交知识产权和科技成果产权1194项', 1194],
      ['金额3.3亿元', 330_000_000],
      ['专利899件', 899],
      ['同比分别增长54%', 54],
      ['162%', 162],
      ['47%', 47],
    ]);
  });

  it('cuts before the next number when nothing separates them', () => {
    const goals = items('数字化市场监管驾驶舱涵盖26个业务处室3个直属单位32个系统80个应用场景');
    expect(goals.map((g) => g.quote)).toEqual([
      '数字化市场监管驾驶舱涵盖26个业务处室',
      '3个直属单位',
      '32个系统',
      '80个应用场景',
    ]);
  });

  it('reads a distributive subject as no item (11市各选派了6名代表)', () => {
    expectItem('11市各选派了6名代表组队,参加全省决赛。', { value: 6, unit: '名' });
  });

  it('a count that opens the subject of a later amount is no item (12个国控断面…为100%)', () => {
    expectItem('12个国控断面水质优良比例为100%。', { value: 100, unit: '%' });
    expectItem('全市1268名各级河湖长累计巡河湖9.7万余次。', {
      value: 97_000,
      unit: '次',
      comparator: '>',
    });
  });

  it('a bound that restricts the counted class is no item (10亿元以上产业项目37个)', () => {
    expectItem('新签约10亿元以上产业项目37个。', { value: 37, unit: '个' });
  });

  it('a count that announces a list is no item (今年继续办好十件民生实事:)', () => {
    expect(items('今年继续办好十件民生实事:新增城镇就业2万人。').map((g) => g.value)).toEqual([
      20_000,
    ]);
  });

  it('reads more forms of amounts: 笔, 级, 零点三, units named in the metric, 每 rates', () => {
    expect(summary(items('发放个人住房公积金贷款4212笔、17.9亿元。'))).toMatchObject([
      { value: 4212, unit: '笔' },
      { value: 1_790_000_000, unit: '元' },
    ]);
    expectItem('三级公立医院电子病历系统应用水平达到5级', { value: 5, unit: '级' });
    expectItem('个人住房公积金逾期率控制在万分之零点三以内', { value: 0.00003, unit: '' });
    expectItem('年服务人次达到800万以上', { value: 8_000_000, unit: '人次', comparator: '>=' });
    expectItem('肺结核发病率降至每十万人口38例以下', { value: 38, unit: '例', comparator: '<=' });
    expectItem('每个乡镇至少配备专职人员5名', { value: 5, unit: '名', comparator: '>=' });
    expectItem('新增和改善农村供水人口21.3万人', { value: 213_000, unit: '人' });
    expectItem('年内新建医养结合机构20家', { value: 20, unit: '家' });
    expectItem('兑现举报奖励4.6万元', { value: 46_000, unit: '元' });
    expectItem('研发人员全时当量达到3.5万人年', { value: 35_000, unit: '人年' });
    expectItem('火点数量同比下降近六成', { value: 60, unit: '%', comparator: '<' });
    expectItem('葡萄酒产量1.38亿瓶', { value: 138_000_000, unit: '瓶' });
    expectItem('新安装太阳能路灯260盏', { value: 260, unit: '盏' });
    expectItem('新增城市污水处理能力27万吨/日', { value: 270_000, unit: '吨/日' });
    expectItem('农业社会化服务面积达到260万亩次', { value: 2_600_000, unit: '亩次' });
    expectItem('清理边沟4600延长米', { value: 4600, unit: '延长米' });
    expectItem('基础地理信息数据总量达到38TB', { value: 38, unit: 'TB' });
    expectItem('确保城乡低保标准不低于每人每月890元', { value: 890, comparator: '>=' });
    expectItem('在全国学生运动会上获得金牌5枚', { value: 5, unit: '枚' });
    expectItem('年内新建医养结合机构1家', { value: 1, unit: '家' });
    expectItem('城乡居民收入比比上年缩小0.07', { value: 0.07, unit: '' });
    expectItem('年内走访慰问优抚对象不少于2轮次', { value: 2, unit: '轮次' });
    expectItem('全年空气质量优良天数281天', { value: 281, unit: '天' });
    expectItem('每季度开展一次集中排查', { value: 1, unit: '次' });
    expectItem('38个国考断面水质优良比例100%', { value: 100, unit: '%' });
    expectItem('86个县(市、区)实现高速公路全覆盖', { value: 100, unit: '%' });
  });

  it('a share followed by 以上的 is a target on that share (80%以上的乡镇卫生院)', () => {
    expectItem('力争80%以上的乡镇卫生院达到国家服务能力基本标准', {
      value: 80,
      unit: '%',
      comparator: '>=',
      strength: 'strive',
    });
  });

  it('takes the new value, not the baseline (从原来30个工作日压缩到13个工作日)', () => {
    expectItem('从原来30个工作日压缩到13个工作日', { value: 13, comparator: '<=' });
    expectItem('在原有的9件驰名商标上力争增加3件', { value: 3, unit: '件' });
    expectItem('地表水优良比例由80%提高到90%', { value: 90 });
  });
});

describe('counts that name or describe rather than measure', () => {
  it('a voltage grades a facility (110千伏云岭变电站), and 届 counts editions', () => {
    const plan = { title: '某县碳达峰实施方案', published: '2023-06-01' };
    expectItem('年内启动110千伏云岭变电站扩建工程。', { kind: 'deadline' }, plan);
    expectItem('新建35千伏及以上线路120公里。', { value: 120, unit: '公里' }, plan);
    expectItem('每年举办“柘川科技节”1届。', { kind: 'target', value: 1, unit: '届' }, plan);
    expectNone('举办第三届科技节。', plan);
  });

  it('counts of the document’s own parts and of a review’s scope are no items', () => {
    const review = { title: '某市妇女发展规划2023年度监测评估报告', published: '2024-06-21' };
    expectNone('《规划》围绕健康、教育等8个领域,提出76项主要目标和85项策略措施。', review);
    expectNone('《规划》共设置主要指标16项、重大工程项目6类。', review);
    expectNone('本次纳入监测的有数据指标共62项。', review);
    // The plan's own aims stay items.
    expectItem('《规划》提出,到2025年建成5个示范区。', { value: 5, due: '2025-12-31' }, review);
  });

  it('a forecast opened by its source (据气象局预测,…) is no aim', () => {
    expectNone('据县气象局预测,今年汛期全县降水量较常年偏多1-2成,入汛时间偏早。');
  });

  it('a count before a long aside that names the measured subject is the subject', () => {
    const goals = items(
      '6月底前,全县163处隐患点“两卡一表”(防灾工作明白卡、避险明白卡和隐患点基本情况表)发放到户率达到100%。',
    );
    expect(goals.map((g) => [g.value, g.unit])).toEqual([[100, '%']]);
  });

  it('a count that is to be nil (人数为零) is 0', () => {
    expectItem('努力实现因灾死亡失踪人数为零。', { kind: 'target', value: 0 });
  });
});

describe('counts listed before a rate', () => {
  it('are the units the rate is measured over', () => {
    const goals = items('县服务中心和15个乡镇(街道)、263个村(社区)服务站“五有”达标率保持100%。');
    expect(goals.map((g) => [g.value, g.unit])).toEqual([[100, '%']]);
    // A list of counts without a rate stays a list of items.
    expect(items('全县建成15个乡镇服务站、263个村服务站。').map((g) => g.value)).toEqual([15, 263]);
  });
});

describe('units and counts from the fourth blind round', () => {
  it('reads 路 (video channels), 核 (cores) and 眼 (wells), not bus lines, 核酸 or 眼科', () => {
    expectItem('接入视频监控点位不少于3000路。', { value: 3000, unit: '路', comparator: '>=' });
    expectItem('新增计算资源不少于800核。', { value: 800, unit: '核' });
    expectItem('新打抗旱水井26眼。', { value: 26, unit: '眼' });
    expectNone('开通8路公交车。');
    expectItem('开展核酸检测3000人次。', { unit: '人次' });
  });

  it('never takes a table’s next cell as a unit (2\t人才公寓建设)', () => {
    const text = [
      '序号\t重点任务\t牵头单位',
      '1\t人才引进\t市人社局',
      '2\t人才公寓建设\t市住建局',
    ].join('\n');
    expect(items(text, { title: '2024年人才工作要点' })).toEqual([]);
  });

  it('a classifier before 以上 counts its noun (30家以上企业); a measure picks a class', () => {
    expectItem('支持30家以上企业开展职业技能等级自主认定。', {
      value: 30,
      unit: '家',
      comparator: '>=',
    });
    expectNone('对年营收2000万元以上企业给予奖励。');
  });

  it('a count in brackets closing a task cell sizes it; a caption’s count does not', () => {
    const text = [
      '序号\t任务\t牵头单位\t完成时限',
      '1\t水毁工程修复(56处)\t县水利局\t5月底前',
    ].join('\n');
    const g = only(text, { title: '某县2024年防汛抗旱工作要点', published: '2024-03-01' });
    expect([g.value, g.unit, g.due, g.metric]).toEqual([56, '处', '2024-05-31', '水毁工程修复']);
    expectNone('附件:泺北区2024年度政务服务承诺事项清单(412项)');
    expectNone('超过全国(16.1%)的平均水平。');
  });

  it('a part of the population and its share are background', () => {
    expectNone('2023年末,全市常住人口186.4万人,其中女性91.7万人,占49.2%。', {
      title: '某市妇女发展规划2023年度监测评估报告',
      published: '2024-06-21',
    });
  });

  it('so is a part of what a place holds (实有, 辖有), while the year’s own counts are results', () => {
    const found = items(
      '全年全市新登记经营主体4.71万户。年末实有经营主体31.25万户，其中企业9.87万户。',
      { title: '某市2023年国民经济和社会发展统计公报', published: '2024-03-20' },
    );
    expect(found.map((g) => g.value)).not.toContain(98_700);
    expect(found.map((g) => g.value)).toContain(47_100);
  });
});

describe('metrics', () => {
  it('a clause of nothing but its verb takes the subject of the clause before it', () => {
    const [g] = items('学生课后服务参与率在上学年93.6%的基础上进一步提高,达到95%以上。', {
      title: '2024年工作要点',
    });
    expect([g?.quote, g?.metric]).toEqual(['达到95%以上', '学生课后服务参与率']);
  });

  it('leaves a leading quarter or day out of the metric', () => {
    expect(only('2024年三季度新增就业1000人。').metric).toBe('就业');
    expect(only('5月15日前新建充电桩20个。').metric).not.toMatch(/月|日/);
  });
});

describe('assessments', () => {
  it('the weight a plan gives its work in an assessment is a target; a scoring rule is not', () => {
    const plan = { title: '某区2024年养老服务实施方案', published: '2024-03-01' };
    expect(only('将养老服务纳入街道年度综合考核，考核分值不低于5分。', plan)).toMatchObject({
      value: 5,
      unit: '分',
      comparator: '>=',
    });
    expect(only('本措施落实情况在年度综合考核中的分值占比不低于5%。', plan).value).toBe(5);
    expectNone('每低于目标值1个百分点扣该项分值的5%,扣完为止。', plan);
    expectNone('完成任务的加2分。', plan);
  });
});

describe('policy standards', () => {
  it('a subsidy or award a plan commits to is a target', () => {
    const plan = { title: '某区2024年养老服务实施方案', published: '2024-03-01' };
    expect(only('对80周岁以上老年人给予每餐3元就餐补贴。', plan)).toMatchObject({
      kind: 'target',
      value: 3,
      unit: '元',
    });
    expect(only('每个标准展位补助不超过2万元。', plan)).toMatchObject({
      value: 20000,
      comparator: '<=',
    });
    expect(only('对首次上市的企业给予最高500万元奖励。', plan).value).toBe(5000000);
  });
});

describe('units from the tenth blind round', () => {
  it('reads couples (对), files (卷) and rounds of an activity (轮)', () => {
    const summary = { title: '某市2024年工作总结', published: '2024-12-20' };
    expect(only('全年办理婚姻登记2.36万对。', summary)).toMatchObject({ value: 23600, unit: '对' });
    expect(only('共评查案卷1260卷。', summary)).toMatchObject({ value: 1260, unit: '卷' });
    expect(
      items('全年组织开展节令食品专项抽检4轮、校园食品安全专项抽检2轮。', summary).map((g) => [
        g.value,
        g.unit,
      ]),
    ).toEqual([
      [4, '轮'],
      [2, '轮'],
    ]);
    // 对 before its object is a preposition, 第2轮 an ordinal.
    expectNone('第2轮督察于10月启动。', summary);
    expect(only('对3家企业进行约谈。', summary).unit).toBe('家');
  });
});

describe('time limits in quotes', () => {
  it('reads a quoted time limit as a pledge, a quoted name as a name', () => {
    const plan = { title: '某省税务局2024年便民办税春风行动措施', published: '2024-03-01' };
    expect(only('纳税人通过电子税务局提出的诉求实现“2小时内响应”。', plan)).toMatchObject({
      value: 2,
      unit: '小时',
      comparator: '<=',
    });
    expectNone('打造“15分钟健身圈”。', plan);
    expectNone('开展“3个工作日内”专项行动。', plan);
  });
});

describe('who qualifies and what an award is paid per', () => {
  it('leaves age limits, qualifying spans and the one an award is paid per out', () => {
    const plan = { title: '某省2024年引进高层次人才若干措施', published: '2024-03-01' };
    expectNone('引进时年龄一般不超过55周岁，特别优秀的可适当放宽。', plan);
    const rent = only('对毕业5年内来澜就业创业的全日制本科生，每人每月给予1000元租房补贴。', plan);
    expect([rent.value, rent.due]).toEqual([1000, undefined]);
    expect(only('对成功引进顶尖人才的机构，每引进1名给予50万元奖励。', plan).value).toBe(500_000);
    expect(only('资助额度最高可达2000万元。', plan)).toMatchObject({
      value: 20_000_000,
      comparator: '<=',
    });
    // A schedule still counts its one.
    expect(only('领导小组每季度召开1次工作调度会。', plan).value).toBe(1);
  });
});

describe('round 12 quantity rules (blind sets holdout84–87)', () => {
  const plan = { title: '某县2026年工作方案', published: '2026-03-10' };

  it('a figure inside the object of 对 picks what is acted on', () => {
    expectNone('对路面宽度不足4.5米、交通量较大的重要村道实施拓宽改造。', plan);
    expectNone('对县城周边运行超过20年、漏损严重的老旧管网进行更新。', plan);
    expectNone('对日处理能力50吨以上设施探索尾水生态湿地处理。', plan);
    // A count or share of what is acted on is an aim; so is the act's size.
    expectItem('对400户以上重点家庭开展上门监护指导。', { value: 400, comparator: '>=' }, plan);
    expectItem('对全省30%以上的县级税务局开展执法督察。', { value: 30, unit: '%' }, plan);
    expectItem('对3家答复质量不高的单位进行退回重办。', { value: 3, unit: '家' }, plan);
    expectItem('对基础类改造按照每户不超过1.5万元的标准给予补助。', { value: 15000 }, plan);
  });

  it('由每人每月143元提高到每人每月163元 keeps only the end value', () => {
    expectItem('城乡居民基础养老金最低标准由每人每月143元提高到每人每月163元。', {
      value: 163,
      unit: '元',
    });
  });

  it('收支两条线 is a rule of bookkeeping; 具 and 条次 are units', () => {
    expectNone('社保基金严格实行收支两条线管理。', plan);
    expectItem('为每个行政村配备灭火器20具。', { value: 20, unit: '具' }, plan);
    expectItem('发送提示短信3万条次。', { value: 30000, unit: '条次' }, plan);
  });

  it('a flood plan rules out dam failures and breaches as zero end states', () => {
    const goals = items('确保小型水库不垮坝,确保重要堤防不决口,确保城乡居民生活用水不断供。', plan);
    expect(goals.map((g) => [g.quote, g.value])).toEqual([
      ['确保小型水库不垮坝', 0],
      ['确保重要堤防不决口', 0],
      ['确保城乡居民生活用水不断供', 0],
    ]);
    expectItem('坚持不断供给优质农产品,全年供应蔬菜5万吨。', { value: 50000 }, plan);
  });
});

describe('round 17 quantity rules (blind sets holdout104–107)', () => {
  const report = { title: '某县人民医院2025年工作总结', published: '2026-01-23' };

  it('days and points a metric names are amounts without a verb', () => {
    expectItem('一、2025年工作总结\n平均住院日7.6天。', { value: 7.6, unit: '天' }, report);
    expectItem('一、2025年工作总结\n审批时间5天。', { value: 5, unit: '天' }, report);
    expectNone('一、2025年工作总结\n休息5天。', report);
  });

  it('the count before an average (25个项目平均得分82.5分) is its subject', () => {
    expectItem('参评的25个项目平均得分82.5分。', { value: 82.5, unit: '分' }, report);
  });

  it('a thousands comma joins one number, not two clauses', () => {
    const goals = items('全年门急诊1,268万人次、出院患者46.3万人次。', report);
    expect(goals.map((g) => [g.quote, g.value])).toEqual([
      ['全年门急诊1,268万人次', 12680000],
      ['出院患者46.3万人次', 463000],
    ]);
  });

  it('立方米/小时 is a unit; a threshold after 超 picks the object of 对', () => {
    expectItem('单台排水能力不低于3000立方米/小时。', { value: 3000, unit: '立方米/小时' });
    expectNone('对年营收超100亿元的在江澜外资企业实行厅领导联系制度。');
  });
});
