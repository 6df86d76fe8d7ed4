/**
 * The end-state parser: commitments and results stated without a number but with a countable
 * end state (guide, "Rulings on hard cases"): 全覆盖 → 100 %; 零事故, 零上门, 不发生…事故,
 * 无…事故发生, 杜绝…事故, 清零 → 0; 实现零的突破 → > 0; 翻一番 → 2 倍.
 */
import type { Candidate, Parser } from '../candidate';
import { clauseAt, isClauseEnd, opensAnnotation } from '../clauses';
import type { Doc } from '../doc';
import type { Comparator } from '../types';

interface StateRule {
  pattern: RegExp;
  /** The end state must close its clause (全覆盖改革 and 全覆盖、保障安全的 are modifiers). */
  closesClause: boolean;
  read: (m: RegExpExecArray) => { value: number; unit: string; comparator: Comparator } | null;
}

const ZERO = { value: 0, unit: '', comparator: '=' as Comparator };
const ZERO_NOUN =
  '事故|伤亡|死亡|上门|跑腿|跑|新增|增长|发生|感染|投诉|差错|失误|延误|污染|排放|积压|拖欠|见面|收费|事件|案件|违法|违规|超标|风险|隐患|损失|缺陷|容忍|距离|脱管|漏管|欠薪|返贫|的突破';
// (严防森林火灾发生 rules a fire out; 严防…作业引发火灾 only guards against a cause.)
const HARM = '事故|事件|案件|疫情|险情|火灾(?=(?:再次|重复)?发生)';
/** One term of a quoted list of zeros (零重大火灾); FREE: one the 零 rule does not already read. */
const ZERO_TERM = '零[\\u4e00-\\u9fff]{1,5}';
const ZERO_TERM_FREE = `零(?!${ZERO_NOUN})[\\u4e00-\\u9fff]{1,5}`;
const TIMES: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };

const RULES: readonly StateRule[] = [
  {
    // 覆盖全部统筹地区 / 全部覆盖 say 全覆盖 in other words.
    pattern: /全覆盖|全部覆盖|覆盖全部[^,;。\n]{0,16}|(?<!个)百分之百/g,
    closesClause: true,
    read: () => ({ value: 100, unit: '%', comparator: '=' }),
  },
  {
    pattern: new RegExp(`零(${ZERO_NOUN})`, 'g'),
    closesClause: false,
    read: (m) =>
      m[1] === '容忍' || m[1] === '距离'
        ? null // attitudes, not end states
        : m[1] === '的突破'
          ? { value: 0, unit: '', comparator: '>' }
          : ZERO,
  },
  {
    // 确保不发生规模性返贫, 未发生重大森林火灾和人员伤亡: whatever does not happen, to the clause end.
    pattern: /(?:不发生|未发生|不出现|未出现|未发现|未造成|不新增|未新增)[^,;。\n]{1,30}/g,
    closesClause: true,
    read: () => ZERO,
  },
  { pattern: /无(?:一人|人员)?伤亡/g, closesClause: true, read: () => ZERO },
  {
    pattern: new RegExp(`无[^,;。\\n]{0,12}?(?:${HARM})发生`, 'g'),
    closesClause: true,
    read: () => ZERO,
  },
  {
    // 严防重特大事故发生, 严防本地登革热疫情暴发流行, 严防赤潮等突发事件造成重大生态损害.
    pattern: new RegExp(
      `(?:杜绝|严防|坚决防范|坚决遏制|防止发生)[^,;。\\n]{0,24}(?:${HARM})(?:(?:再次|重复)?发生|(?:暴发|扩散|蔓延|反弹)?流行|暴发|扩散|蔓延|反弹|造成[^,;。\\n]{1,16})?`,
      'g',
    ),
    closesClause: true,
    read: () => ZERO,
  },
  { pattern: /清零/g, closesClause: true, read: () => ZERO },
  // 坚决杜绝“转圈粮”“空气粮”等违规行为: what is stamped out is left at zero (严防…违规行为 only
  // guards against it).
  {
    pattern: /杜绝[^,;。\n]{0,24}(?:违规|违法|违纪)行为/g,
    closesClause: true,
    read: () => ZERO,
  },
  // 确保小型水库不垮坝、重要堤防不决口, 城乡居民生活用水不断供: the failures a flood or drought
  // plan rules out, each closing its clause.
  {
    pattern: /(?<=[\u4e00-\u9fff])不(?:垮坝|溃坝|决口|溃堤|漫堤|漫顶|断供|断流|停供)/g,
    closesClause: true,
    read: () => ZERO,
  },
  // 因灾死亡失踪人数为零, 积案件数降至零: a count that is to be (or was) nil.
  {
    pattern:
      /(?:人数|起数|件数|次数|宗数|户数|案数|事故|事件)(?:为|降为|降至|降到|保持为?|实现)零/g,
    closesClause: true,
    read: () => ZERO,
  },
  // 全面消除集体经济“空壳村”, 坚决消除劣Ⅴ类水体, 坚决杜绝新增56人以上大班额: what is eliminated
  // (or ruled out) is left at zero.
  {
    pattern:
      /(?:全面|坚决|彻底|基本)(?:消除|杜绝(?=[^,;。\n\d]{0,8}\d+[\u4e00-\u9fff]{0,2}(?:及)?以上))[^,;。\n]{1,20}/g,
    closesClause: true,
    read: () => ZERO,
  },
  // 确保“零火点”: a zero slogan in quotes.
  {
    pattern: new RegExp(`“零(?!${ZERO_NOUN})[\\u4e00-\\u9fff]{1,4}”(?:目标)?`, 'g'),
    closesClause: true,
    read: () => ZERO,
  },
  // 确保实现“零重大火灾、零人员伤亡”: each zero of a quoted list of them.
  {
    pattern: new RegExp(
      `(?<=“(?:${ZERO_TERM}、)+)${ZERO_TERM_FREE}(?=(?:、${ZERO_TERM})*”)|(?<=“)${ZERO_TERM_FREE}(?=(?:、${ZERO_TERM})+”)`,
      'g',
    ),
    closesClause: false,
    read: () => ZERO,
  },
  {
    pattern: /翻([一两二三四])番/g,
    closesClause: false,
    read: (m) => ({ value: 2 ** (TIMES[m[1] ?? ''] ?? 1), unit: '倍', comparator: '=' }),
  },
];

function closes(doc: Doc, end: number): boolean {
  const ch = doc.norm[end];
  return (
    isClauseEnd(ch) || ch === ')' || ch === '”' || ch === '"' || opensAnnotation(doc.norm, end)
  );
}

/** Finds the end states of the text. */
export const endStateParser: Parser = {
  name: 'end-state',
  parse(doc) {
    const out: Candidate[] = [];
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0;
      for (let m = rule.pattern.exec(doc.norm); m; m = rule.pattern.exec(doc.norm)) {
        const end = m.index + m[0].length;
        if (rule.closesClause && !closes(doc, end)) continue;
        const read = rule.read(m);
        if (!read) continue;
        const clause = clauseAt(doc.index, m.index);
        out.push({
          source: 'state',
          anchorStart: m.index,
          anchorEnd: end,
          cueStart: m.index,
          clause,
          start: clause.start,
          end: clause.end,
          ...read,
        });
      }
    }
    return out;
  },
};
