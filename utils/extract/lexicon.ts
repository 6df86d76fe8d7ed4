/**
 * Cue words of the plan register, in one place. Everything here is data: regular expressions
 * built from short alternations, each with the reason it exists. Rules elsewhere only combine
 * these; keep new words here so that the hidden genres (health, education, transport, ecology,
 * government work reports) can be covered by editing data, not code.
 *
 * All patterns run on `normalize`d text (ASCII digits, `%`, `,`, `;`, `:`, `(`, `)`).
 */

/** Clause delimiters (the guide's `,，;；。` plus the others that end a clause on a page). */
export const CLAUSE_END = /[,;。!?:\n\r\t…]/;
/** Sentence delimiters: 。, line breaks (a line in a list is a sentence of its own) and tabs (a
 * table cell is one too). */
export const SENTENCE_END = /[。!?\n\r\t]/;
/** Segment delimiters: `；` splits a sentence into segments that each carry their own strength. */
export const SEGMENT_END = /[;。!?\n\r\t]/;

/**
 * Units and measure words, longest first. The symbol forms of area and volume are mapped to the
 * words the gold uses (1000m2 → 平方米).
 */
export const UNIT =
  /(?:个百分点|(?:吨|立方米|千瓦)\/(?:日|天|年|小时)|[PET]FLOPS|[PET]Flops|[GMT]bps|毫升|羽份|头份|[MG]Wh|瓦时\/千克|Wh\/kg|亩次|个工作日|个工日|个月|[人户家车架批件辆场项个轮头只羽台册条份列航]次|年一遇|立方米\/秒|人年|台套|台件|周岁|延长米|TB|GB|PB|标准箱|标箱|TEU|剂次|分贝|欧元|kWh|μg\/m3|μg\/m³|mg\/L|℃|平方米|平方公里|平方千米|立方米|空方|公里\/小时|千米\/小时|公里|千米|公顷|吨标准煤|千瓦时|千瓦|兆瓦|千伏安|兆伏安|千伏|千焦|千帕|微克\/立方米|毫克\/立方米|毫克\/升|厘米|千克|公斤|美元|课时|学时|小时|分钟|秒钟|km2|km²|m2|m²|m3|m³|㎡|kg|km|MW|GW|kW|眼(?![睛镜光科界])|路(?![口段线网灯公车汽巴])|核(?![酸心查实算定准发验])|具(?![备体有])|[对卷](?=[,;。、:)\s]|$)|片(?![区长])|[个家项件户人名次场期部类张所辆台套座条处宗起例批份篇本册种只头届株棵支间栋幢床岗组队门趟轮元倍米亩吨克斤天日周年月岁度分位艘架列款剂级笔瓶枚盏口块把尾秒根道%‰])/y;

/** Symbol units rewritten to the words of the guide. */
export const UNIT_ALIAS: Record<string, string> = {
  m2: '平方米',
  'm²': '平方米',
  '㎡': '平方米',
  km2: '平方公里',
  'km²': '平方公里',
  m3: '立方米',
  'm³': '立方米',
  'μg/m3': '微克/立方米',
  'μg/m³': '微克/立方米',
  'mg/L': '毫克/升',
};

/** Units that make a quantity only with an explicit comparator (压缩至3天, 提高1岁): alone they
 * are dates, ages, durations or scores (12月25日, 三年行动, 65岁). */
export const WEAK_UNIT = /^(?:年|月|日|天|周|岁|度|分|位|轮|批|米)$/;
/** Units never counted after Chinese numerals: 二期, 一批, 三类 are names and idioms. */
export const CN_BAD_UNIT = /^(?:期|批|类|轮|年|月|日|天|周|度|分|位|米|级)$/;

/**
 * A Chinese count of 个 is an amount only where the task governs it: right after a verb of
 * building or creating (建设两个国家级示范城市, 实施两个供水保障项目), or closing its clause after
 * the noun it counts (示范县两个, 重点项目四至五个). Elsewhere it names a slogan or a frame
 * (两个维护, 三个代表, 两个关键词, 四个意识).
 */
export const CN_COUNT_VERB_BEFORE =
  /(?:建设|建成|新建|改建|扩建|创建|创成|争创|打造|培育|实施|新增|增设|设立|组建|启动|开工|认定|命名|遴选|引进|招引|举办|承办|推出|制定|出台)\s{0,2}$/;

/** Right after a number: it is a date, an ordinal, a name or a document number, not an amount
 * (收支两条线 is a rule of bookkeeping). */
export const NOT_AMOUNT_AFTER =
  /(?:年度|年以来|年来|周年|月份|季度|届(?![,;。:)\n]|$)|级(?![,;。:)\n]|以上|以下|$)|星|代|号|中全会|次(?:全会|会议|代表大会|党代会)|项规定|小时(?:值班|带班|值守|在线|监控)|条线(?!路))/y;

/** Directly before a number: ordinals, rankings, model names, durations (第四届, 全国前3, PM2.5,
 * 为期三个月). */
export const NOT_AMOUNT_BEFORE =
  /(?:第|前|每|连续|排名|位居|位列|居|为期|历时|以下|见表|见图|附表|附件|届|满|[A-Za-z]|[\d.]|[-~×÷])$/;
/** Vague amounts before a numeral (数十家, 几百人) are not quantities. */
export const VAGUE_BEFORE = /(?:数|几|若干|上)$/;

/** Comparators written before the number, checked against the text ending at the number. */
export const PREFIX_COMPARATORS: ReadonlyArray<readonly [RegExp, '>=' | '>' | '<=' | '<' | '~']> = [
  [
    /不(?:得|能|应|宜|可)(?:少于|低于|小于)\s*$|(?:不少于|不低于|不小于|至少|最少|不止)(?:每[\u4e00-\u9fff]{1,4})?\s*$|至少[^\d,;。]{1,8}$|(?:≥|⩾|≧|>=)\s*$|(?:不少于|不低于|不小于)[^\d,;。]{1,16}的\s*$/,
    '>=',
  ],
  [
    /不(?:得|能|应|宜|可)(?:超过|高于|多于|大于)\s*$|(?:不超过|不高于|不多于|不大于|最多|缩小至|缩小到|最高(?:可达到?)?|控制在|压缩至|压缩到|压减至|压减到|缩短至|缩短到|降至|降到|降低至|降低到|减少至|减少到|下降至|下降到|控制到)\s*$|(?:≤|⩽|≦|<=)\s*$|(?:不超过|不高于|不多于|不大于)[^\d,;。]{1,16}的\s*$/,
    '<=',
  ],
  [/(?:超过|突破|高于|多于|逾)\s*$|>\s*$/, '>'],
  [/(?:不足|不到|低于|少于|小于|近|接近)\s*$|<\s*$/, '<'],
  [/(?:约|大约|大概)\s*$/, '~'],
];

/** Comparators written after the quantity (以上 binds the number it follows). */
export const SUFFIX_COMPARATOR = /\s{0,2}(?:(及以上|以上)|(及以下|以下|以内|之内|内)|(左右|上下))/y;

/**
 * Baselines, background and policy parameters, read in the clause right before the number
 * (在原有的9件…上, 常住人口650万人, 老年人口已达87.36万人, 辖区面积1.68万平方公里).
 * Shares are exempt: 辖区人口万分之三的比例 is a target ratio.
 */
export const BASELINE_BEFORE =
  /(?<!在)(?:现有|实有|在用(?![^,;。]{0,20}(?:达到|提高到|增加到|增至|提升至)))(?!基础|水平)[^,;。]{0,24}$|(?:最高|最低)(?:贷款)?(?:额度|限额)[^,;。]{0,4}$|(?:常住|户籍|总)人口(?:(?!增加|增长|新增|减少|下降)[^,;。]){0,6}$|(?:原有|原来|基数|目前统计|辖区(?:面积|人口|内有|共有)|下辖|全[省市县区镇乡]辖|国土面积|总面积|土地面积)[^,;。]{0,6}$|(?<!全年|当年|年内)共有[^,;。]{0,30}$|审计[^,;。]{0,20}(?:发现|查出|反映)[^,;。]{0,60}问题[^,;。]{0,6}$|涉及(?:问题)?(?:资金|金额)[^,;。]{0,4}$|涉及\s{0,2}$|(?:共|已)?(?:布设|设置|设有)[^,;。]{0,20}(?:点位|站点|断面|监测点)[^,;。]{0,4}$|(?<!(?:新增|改善|解决|受益|惠及|覆盖|转移|帮扶|带动|减少|脱贫|每)[^,;。]{0,10})人口(?:总数|总量|数量|规模)?(?:已经?|将)?(?:达到?|为|约|有|超过|突破|逾){0,2}\s{0,2}$|(?:老年|流动|残疾)人口(?:总数|总量|数量|规模)?(?:已经?|将)?(?:达到?|为|约|有|超过|突破|逾){0,2}\s{0,2}$/;
/** Page furniture right before a number (浏览次数：1234次, 访问量: 56次). */
export const PAGE_LABEL_BEFORE = /(?:浏览|访问|点击|阅读)(?:次数|量|数)\s{0,2}[:：]?\s{0,2}$/;
/** Clauses that state a premise, an estimate or a population, not a result: 依据管辖7800余家服务对象,
 * 对照…提出的10个新课题, 据测算…有可能达到110万人. */
export const BACKGROUND_OPENER =
  /^\s{0,2}(?:要|并|将|应|需|同时|[一二三四五六七八九十]是)?\s{0,2}(?:依据|根据|对照|围绕|结合|鉴于|针对|据测算|据预测|据统计)[^,;。]*$|有可能[^,;。]*$|(?:遭遇|遭受|经受|历经)[^,;。]*$/;

/** After the unit: a class restriction inside a noun phrase (3人以上的事故, 65岁以上老年人,
 * 营业收入突破10亿元的企业). */
export const QUALIFIER_AFTER =
  /(?:及以上|以上|及以下|以下)(?:的(?!标准|比例|规模|目标|水平|任务|要求)|企业|项目|单位|工业|规模|人口|人员|人群|群体|居民|妇女|患者|职工|老年|城市|家庭|医院|学校|儿童)|的(?:企业|单位|项目|人员|家庭|个人|地区|群众|居民|学生|老人|儿童|患者)|的[\u4e00-\u9fff]{0,4}?(?:企业|单位|项目|机构|学校|医院|村|社区|乡镇|户)(?=\s{0,2}[\d一二两三四五六七八九十])/y;

/** The rest of a clause that only says how things go (10件民生实事项目总体进展顺利, 12个项目有序推进):
 * the number counts what is reported on; it is neither a goal nor a result. */
export const STATUS_AFTER =
  /^[^,;。:\n\t]{0,12}?(?:正在[\u4e00-\u9fff]{1,4}|进展顺利|有序推进|稳步推进|顺利推进|正常推进|扎实推进|加快推进|推进顺利|总体平稳)\s{0,2}(?=$|[,;。:\n\t])/;

/** Words that govern a bare number at the end of a clause (新增…企业200, 扩展至30). */
export const QUANTITY_VERB =
  /新增|增加|增长|达到|达|提高|提升|扩展|扩大|缩小|控制|保持|稳定|压缩|缩短|降低|下降|减少|不少于|不低于|至少|超过|突破|完成|建成|培育|发展|为/;

/** `must` cues (guide: 确保/坚决/必须/严格/严防). */
export const MUST = /确保|坚决|必须|务必|严格|严防|严守/g;
/** `strive` cues (guide: 力争/争取/努力/争创). */
export const STRIVE = /力争|争取|努力|争创|力求|力促/g;

/** Reported-result cues: the clause looks back (已, 截至, 过去一年, 先后召开), whatever the genre. 造成 reports
 * what happened (造成直接经济损失), unless what is to be prevented (严防…造成重大损害). */
export const PAST_CUE =
  /先后(?=召开|组织|开展|举办|出台|制定|印发|赴|深入|走访|接待|参加|完成|建成|实施|争取|下达|拨付|发放|帮助|协调)|已(?!有(?:成效|成果|基础|经验|工作|优势)|建(?:设施|(?![成设好立\d一二三四五六七八九十])))|共计|(?<!(?:严防|防止|防范|避免|杜绝|不|未)[^,;。]{0,20})造成(?!的)|截至|截止|超额|完成了|实现了|达到了|建成了|取得了|今年以来|年初以来|过去一年|过去五年|[一二两三四五六七八九十]年来|全年共(?![\d一二两三四五六七八九十])/;
/** Weak reported-result cues: 同比, 共 and 累计 also state targets in plans (同比下降10%以上,
 * 三年累计建成美丽河湖15条, 到2025年累计淘汰柴油货车3000辆, 全年共4次; 全年共审计… with its
 * verb reports), so they decide only where the genre
 * does not say "plan". */
export const PAST_WEAK_CUE =
  /同比|累计|共(?=[\d一二两三四五六七八九十]|完成|出动|查处|办理|检查|受理|发放|培训|举办|组织|开展|建成|帮助|为)/;
/** Forward cues that keep a clause a target even inside a report (下步将, 明年力争, 全年目标100亿元,
 * 县发改局要加强…, the 要 of a body charged with work,
 * and 要求 opening a sentence: 要求简化审批流程,…压缩至15个工作日以内).
 * 计划 and 将 count only as verbs (计划完成, 将实现), not as nouns or the 将 of 将X压缩; 年度计划
 * only when the amount follows (占年度计划的65% is a result, and so is 占计划投资的62.4%). */
export const FUTURE_CUE =
  /(?<=(?:^|[。;\n])\s{0,2})要求(?=[\u4e00-\u9fff])(?![的是])|(?<=[局委办府镇乡区县市队所院站门位地])要(?=[在于对把将加积深强切全做抓持认严进坚着及尽充主统精聚确落推完建提组实开用牵发])|力争|确保|目标值?(?:为|是)|》(?:要求|提出|明确)|争取(?![^,;。]{0,12}(?:资金|投资|债券|补助|补贴|指标))|(?<!(?:占|为|是|达到?|完成)(?:年度|全年)?)计划(?=\s{0,2}[\d一二两三四五六七八九十]|完成|新开|筹集|新增|实施|投资|投入|建设|建成|开工|新建|改造|培训|招聘|达到|开展|举办|组织|在|于|到|用)|预计|(?<![虚模比])拟(?=于|在|将|对|新|投|开展|实施|组织|启动|安排|完成|申报|建设|推进|举办|召开|出台|制定|修订|采购|招聘|引进|筹建|设立|开工|争取|达到|实现)|将(?=于|在|会|要|对(?!口|象|应|照|比|外|称)|继续|进一步|全面|加快|力争|实现|完成|达到|启动|开展|坚持|持续|着力|加强|推动|推进|做好|抓好|围绕)|下步|下一步|明年|今后|到20\d\d年(?!的)|(?<!占|为|是|达到?|完成)(?:年度|全年)(?:目标|计划)?(?:任务)?(?<=[标划务])(?![的,。;、)\s]|任务|完成|进度|以内|之内|范围)/;

/** Heading or title words that switch to reported results (工作总结, 完成情况, 进展). */
export const REPORT_HEADING =
  /(?:情况|进展|进度|状况|结果)的?通报|(?:评定|评审|考核|评选|认定|验收|评估|抽查|检查|检测)结果的?(?:公示|公告)|总体情况|形象进度|完成进度|(?<!(?:加强|做好|抓好|注重|及时|认真)[\u4e00-\u9fff]{0,4})总结|(?<!(?:通报|汇报|报送|公布|公开)[^,;。:]{0,3})(?:(?:完成|执行|落实|开展|推进|实施|进展|工作|运行|建设|整改|使用|办理|收支|收入|变动|服务)情况|进展|运行分析)|回顾|成效|成绩|成就|(?<![实牢固植厚][\u4e00-\u9fff]{0,8})(?:发展|工作)基础|公报|年度报告|年度[^,;。《》]{0,16}?工作报告|(?:评估|监测|评价)(?:报告|情况|结果)|(?:自评|自查|评价)报告|述职(?:述[廉德法责])*报告|(?:提案|建议|议案)的?(?:答复|回复)(?:函)?|(?:疫情|运行|执行)概况|实际完成值?|完成值|(?:存在的?|面临的?|主要)问题|问题(?:和|与)不足|困难和问题|不足之处/g;
/** Heading or title words that switch to commitments (工作计划, 目标, 要点, 规划). */
export const PLAN_HEADING =
  /(?:下一步|下步|下一?阶段|今后|明年|来年)(?:的?工作)?(?:重点|要点|建议)?|(?:做好|抓好)[^,;。]{0,4}(?:20\d\d|明|今|来)年[^,;。]{0,16}工作|计划|目标值?|指标值?|计划值|要点|规划|方案|安排|任务|打算|思路|举措|措施|预期|意见(?:和|与|及)建议|对策(?:和|与|及)?建议|意见|纲要|部署|要求|取向|重点工作/g;

/** Verbs that make a time-bound clause a `deadline` (6月底前完成…, 到2025年建成…). */
export const COMPLETION_VERB =
  /建成|建立|完成|实现|开展|形成|发放(?=[\u4e00-\u9fff]{0,8}(?:通知书|证书|录取))|录取|出台|制定|修订|编制|印发|发布|颁布|上线|投入使用|投用|投运|投产|启用|启动|创建|创成|落地|达标|验收|挂牌|揭牌|开工|竣工|完工|开通|通车|通水|通电|通气|贯通|交付|开业|推开|健全|设立|成立|组建|召开|举办|举行(?![^,;。]{0,4}(?:期间|时))|消除|整改|淘汰|关闭|搬迁|改造|通过|推行|推广|实施|部署|上报|报送|报备|备案|调整充实|赶上(?=序时|进度)|迎接(?=[\u4e00-\u9fff]{0,4}(?:检查|复核|验收|评估|督导|考核|评审))|申报(?!材料|资料|条件|系统|工作|指南|表)|报(?=[省市县区局])|提交|公布|通报(?![会制机表]|如下|批评)|接入|签订|批复|配齐|配备|到位|公示|下放|进行(?=[^,;。]{0,16}(?:考核|考评|评估|验收|督查|督导))|(?:统一|全面|正式)执行|拨付|下达(?![的给])|兑付|兑现|收回|追回|归还|具备(?=[^,;。]{0,10}条件)|听取|审议|视察|(?:全面|全部|基本)结束|分解(?!如下|表)|达到(?=[^,;。\d]{0,12}(?:类|标准)|[^,;。\d]{0,4}《[^》]{1,40}》)|(?<=[\u4e00-\u9fff])完毕/;
/** A time-bound clause without a number is no item when its aim is vague (大幅度增加) or only
 * restates the year's tasks (确保完成全年目标任务). */
export const VAGUE_AIM =
  /巩固(?!拓展|衔接)|大幅|明显|显著(?!位置)|进一步|不断|持续|逐步|稳步|较以前|有所|更多|(?<![第新])一批|(?:目标|各项|全年|年度)任务$/;
/** The year's tasks restated (完成全年目标任务): vague unless a bound of its own clause dates it
 * (12月20日前全面完成年度目标任务). */
export const YEAR_TASKS = /(?:目标|各项|全年|年度)任务$/;

/**
 * Stocks: what a place or a sector already holds, the figure its work starts from (共有生产经营
 * 单位4.1万家, 在校学生5.38万人, 机动车保有量62.4万辆, 常住人口85万). Written before a number in
 * prose, before a part of one (其中…, 占…) or as a table's header, they say "background": neither
 * a goal nor a result of the work. One vocabulary, in three parts, for the three readers.
 */
/** What is held or counted as present: 现有, 共有, 辖有, 全市辖, 在校, 在岗. */
const STOCK_HOLDING = String.raw`现有|共有|实有|辖有|境内(?:共)?有|全[省市县区]辖|在册|在校|在岗`;
/** A measure of a stock: 保有量, 产生量, 存栏量. (存量 alone is a header word only: in prose it is
 * also what work acts on, 盘活存量建设用地.) */
const STOCK_MEASURE = String.raw`(?:产生|保有|资源|存栏|可收集)量`;
/** A population: a base a share is taken of (占常住人口的17.7%), not a stock a figure follows; nor
 * the base of a rate (每万常住人口全科医生数). */
const POPULATION = String.raw`(?<!每[十百千万]{1,2})(?:常住|户籍|总)人口`;
/** A stock named right before a figure in prose (the kind refiner looks back a few words). */
export const STOCK = new RegExp(
  `${STOCK_MEASURE}|${STOCK_HOLDING}|(?:${POPULATION})[为达约]{0,2}$|(?<![管直统])辖\\s{0,2}$`,
);
/** A stock named in the sentence before a part of it or its share (…,其中…; …,占…). */
export const STOCK_BEFORE = new RegExp(
  `(?:${STOCK_MEASURE}|${STOCK_HOLDING}|${POPULATION})[^。;]*$`,
);
/** A table header that names a stock: an area, a population, what is held (现有床位, 2023年底
 * 存量, 机动车保有量), never what is to be held (耕地保有量目标). */
export const STOCK_HEADER = new RegExp(
  String.raw`^(?:(?:耕地|国土|土地|辖区|林地|草原|行政区域)?总?面积|(?:城市|城镇|农村)?(?:行政村|建制村|社区)(?:总?数)?|(?:常住|户籍|总)?人口|(?:${STOCK_HOLDING})[\u4e00-\u9fff]{0,6}|(?:(?:19|20)\d\d年(?:底|末))?[\u4e00-\u9fff]{0,10}(?:存量|${STOCK_MEASURE}))$`,
);
