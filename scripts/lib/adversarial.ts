/**
 * Adversarial inputs for the robustness checks (bench section and the fuzz test): long runs
 * that would expose catastrophic backtracking or quadratic scans.
 */

const MB = 1 << 20;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** Named adversarial texts of `length` UTF-16 code units each (1 MB by default). */
const PAST_YEAR_HEAD = '一、基本情况\n2023年,';

export function adversarialInputs(length = MB): Array<{ name: string; text: string }> {
  return [
    { name: 'digits', text: repeatTo('1234567890', length) },
    { name: 'digits with dots', text: repeatTo('1.2.3.4.5.6.7.8.9.0.', length) },
    {
      name: 'no punctuation',
      text: repeatTo('全省达到100%不少于20项全覆盖确保力争到2025年建成零事故一是第四届', length),
    },
    { name: 'chinese numerals', text: repeatTo('一二三四五六七八九十百千万亿两零〇', length) },
    { name: 'units without numbers', text: repeatTo('个家项件户人名次以上以内左右', length) },
    { name: 'open quotes', text: repeatTo('“《「达到100%', length) },
    { name: 'list markers', text: repeatTo('一是(一)1.①——\n', length) },
    { name: 'time phrases', text: repeatTo('到2025年6月底前上半年一季度“十四五”期间建成', length) },
    { name: 'end states', text: repeatTo('全覆盖,零事故,确保不发生事故,清零,翻一番,', length) },
    { name: 'spaces and newlines', text: repeatTo(' \n\t\u3000', length) },
    {
      name: 'a long list under an opener',
      text: `力争实现以下目标:\n${repeatTo('1.到2025年达到100%;\n', length - 10)}`,
    },
    {
      name: 'table rows under a header',
      text: `序号\t年度目标\t完成情况\n${repeatTo('1\t新建20所\t已建成18所,完成年度目标的90%\t\t\n', length - 13)}`,
    },
    { name: 'tabs only', text: repeatTo('目标\t完成情况\t\t计划\n', length) },
    {
      name: 'indicator table rows',
      text: (() => {
        const header = '指标\n2020年\n2025年\n属性\n';
        return header + repeatTo('森林覆盖率(%)\n40\n≥42\n约束性\n', length - header.length);
      })(),
    },
    { name: 'indicator headers only', text: repeatTo('\n指标\n2025年\n', length) },
    {
      name: 'task list rows, one cell per line',
      text: (() => {
        const header = '序号\n重点工作\n年度目标\n进展情况\n完成时限\n';
        let rows = '';
        for (let i = 1; header.length + rows.length < length; i++) {
          rows += `${i}\n任务\n新建幼儿园3所\n已建成2所\n6月底前\n`;
        }
        return (header + rows).slice(0, length);
      })(),
    },
    {
      // One sentence under a setting heading that opens on a past year: every figure asks for
      // its clause's verbs, its sentence's opening and the 已 before it.
      name: 'a past year under 基本情况, no punctuation',
      text: `${PAST_YEAR_HEAD}${repeatTo('全县已竣工项目入住率由2023年底的72.6%提高到85%共免疫4万头次', length - PAST_YEAR_HEAD.length)}`,
    },
    {
      name: 'surrogates and controls',
      text: repeatTo('\uD800a\uDC00😀\u0000\u0007\u202E\uFEFF１２％', length),
    },
  ];
}
