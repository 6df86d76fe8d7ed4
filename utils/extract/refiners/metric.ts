/**
 * Sets `metric`: what is measured or done, as written, without the quantity. The text of the
 * quote before the number, minus the cue words around it (力争, 推动…实现, 达到, 控制在); when
 * nothing is left (建成9个基层监管机构) the noun after the unit. With an injected segmenter the
 * trim also drops leading action verbs, but only at word boundaries (发展/专利 vs 发展专利示范企业
 * would be cut wrongly by a substring rule); without one, only the fixed cue words go.
 */
import type { Candidate, Refiner } from '../candidate';
import { sentenceAt } from '../clauses';
import { SOLAR_TERM_BOUND } from '../dates';
import type { Doc } from '../doc';
import type { Segmenter } from '../types';

const LEAD_CUES = new RegExp(
  String.raw`^(?:${SOLAR_TERM_BOUND}|[\d一二三四五六七八九十]{1,2}月?\s{0,2}[至—–~-]\s{0,2}(?=[\d一二三四五六七八九十]{1,2}月)|[,;:、\s]|全省|全市|全区|全县|全国|省内|力争|确保|争取|努力|争创|坚决|必须|务必|严格|严守|推动|推进|实现|新增|累计|共计|共|已经|已(?!建设施)|先后|其中|计划|将|把|到\s*20\d\d年|20\d\d年[底前]*|“?十[一二三四五六七八九]五”?(?:规划)?期间|全年|年底前|年内|今年|明年|[上下]半年|(?:20\d\d年)?第?[一二三四1-4]季度[底末]?(?:前)?|[\d一二三四五六七八九十]{1,2}月(?:\d{1,2}日)?[底末]?(?:前|之前)?)+`,
);
const TRAIL_CUES =
  /(?:[,;:、\s“"]|(?:到|在)?20\d\d年[底末]?(?:前)?|将|已经|已|均|分别|达到|达|为|是|至|到|在|控制在|稳定在|保持在|保持|提高|提升|增加|增长|分别增长|不少于|不低于|不超过|至少|超过|突破|约|近|不发生|实现)+$/;
const VERBS =
  '建成|建设|新建|改建|扩建|改扩建|新改建|新改扩建|完成|培育|创建|发展|配齐|配备|开展|组织|召开|发布|制定|印发|建立|达到|全面|持续|进一步|积极|加快|支持|实施';
const LEAD_VERBS = new Set(VERBS.split('|'));
const STARTS_WITH_VERB = new RegExp(`^(?:${VERBS})`);
/** Nouns whose first character can end a verb before them (建|设施, 完|成果). */
const NOUN_ACROSS = /^(?:设施|设备|成果|成效|成本)$/;
const NOUN_AFTER = /(?<=^的?)[^,;。、和及与的][^,;。、和及与]{0,23}/;

let intl: Segmenter | null | undefined;

/**
 * The fallback segmenter: `Intl.Segmenter` for Chinese words where the runtime has it (Chrome,
 * Firefox, Node with ICU; ~10 µs per metric), else none, and clause rules alone decide.
 */
function intlSegmenter(): Segmenter | null {
  if (intl !== undefined) return intl;
  try {
    const words = new Intl.Segmenter('zh', { granularity: 'word' });
    intl = (t) => Array.from(words.segment(t), (w) => w.segment);
  } catch {
    intl = null;
  }
  return intl;
}

/** Only the head of a metric decides which leading words are verbs; segmenting the head keeps
 * the cost flat when a clause runs on for hundreds of characters. */
const HEAD = 16;

function stripWords(metric: string, segmenter: Segmenter): string {
  const head = metric.slice(0, HEAD);
  let words: string[];
  try {
    words = segmenter(head);
  } catch {
    return metric; // a failing segmenter must not cost the item
  }
  if (words.join('') !== head) return metric; // a segmenter that drops text cannot be trusted
  let i = 0;
  let cut = 0;
  while (i < words.length - 1 && LEAD_VERBS.has(words[i] ?? '')) cut += (words[i++] ?? '').length;
  if (cut === 0 || words[i] === '、') return metric; // 新建、改扩建幼儿园: a list of verbs stays whole
  // 已建设施正常运行率: the verb the segmenter saw (建设) ends inside a noun (设施).
  if (NOUN_ACROSS.test(metric.slice(cut - 1, cut + 1))) return metric;
  const rest = clean(metric.slice(cut));
  return rest.length > 1 ? rest : metric; // 完成率 stays whole: 率 alone names nothing
}

// A baseline written before the new value (联网率已从2015年的69.3%上升到…) is not the metric.
const FROM_BASELINE = /[从由][^,;。从由\d]*\d[^,;。从由]*$/;

function clean(s: string): string {
  return s
    .replace(LEAD_CUES, '')
    .replace(FROM_BASELINE, '')
    .replace(TRAIL_CUES, '')
    .replace(/[((\s]+$/, '') // 水毁工程修复(56处): the bracket opened for the count
    .trim();
}

function metricOf(doc: Doc, c: Candidate): string {
  const { text } = doc;
  if (c.source === 'deadline') {
    const from = c.time && c.time.end > c.start && c.time.end <= c.end ? c.time.end : c.start;
    return clean(text.slice(from, c.end).replace(/^[,\s]*实现/, '')).replace(/目标$/, '');
  }
  let metric = clean(text.slice(c.start, c.cueStart));
  if (c.source === 'state') {
    const anchor = text.slice(c.anchorStart, c.anchorEnd);
    const noun = anchor.replace(
      /^(?:不发生|未发生|不出现|未出现|[不未](?=新增)|无|杜绝|严防|坚决防范|坚决遏制|防止发生)/,
      '',
    );
    if (metric.length === 0 || noun !== anchor)
      metric = clean(`${metric}${noun}`.replace(/发生$/, ''));
  }
  // Nothing but a verb before the number (建成9个基层监管机构, 下达43项…): the noun after the
  // unit is the metric.
  if (metric.length < 2 || metric.split('、').every((w) => LEAD_VERBS.has(w))) {
    metric = NOUN_AFTER.exec(text.slice(c.anchorEnd, c.end))?.[0] ?? metric;
  }
  // Only a metric that starts like an action verb needs word boundaries: a cheap prefix test
  // keeps the segmenter off the hot path.
  if (metric.length <= 2 || !startsWithVerb(metric)) return metric;
  const segmenter = doc.options.segmenter ?? intlSegmenter();
  return segmenter ? stripWords(metric, segmenter) : metric;
}

function startsWithVerb(metric: string): boolean {
  return STARTS_WITH_VERB.test(metric);
}

// A clause that names only the change (增长5.6%, 同比增长6.1%) measures the previous clause's subject.
const CHANGE_ONLY = /^(?:同比|比上年|较上年)?(?:分别)?(?:增长|下降|提高|降低|减少|增加|上升)?$/;

const SUBJECT_END = /在|由|从|比|较|进一步|持续|提高|提升|降低|下降|增长|达到|保持|稳定|控制/;

/** The subject that opens the clause before `c` in its sentence (…参与率在…提高), if any. */
function subjectBefore(doc: Doc, c: Candidate): string {
  const sentence = sentenceAt(doc.index, c.start);
  if (c.clause.start <= sentence.start) return '';
  const from = Math.max(sentence.start, c.clause.start - 40);
  const before = doc.text.slice(from, c.clause.start).replace(/[,，;；\s]+$/, '');
  const lastBreak = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
  const clause = before.slice(lastBreak + 1);
  const end = SUBJECT_END.exec(clause)?.index ?? -1;
  return end > 1 ? clean(clause.slice(0, end)) : '';
}

/** Sets `metric` on every candidate. */
export const metricRefiner: Refiner = {
  name: 'metric',
  refine(doc, candidates) {
    let previous: Candidate | undefined;
    return candidates.map((c) => {
      let metric = metricOf(doc, c);
      // 参与率在上学年93.6%的基础上进一步提高,达到95%以上: a clause of nothing but its verb
      // measures the subject of the clause before it, in the same sentence.
      if (metric.length < 2 && c.source === 'quantity') metric = subjectBefore(doc, c) || metric;
      // 健康管理率2024年达到70%、2026年不低于75%: the next value of a list measures the same.
      if (
        metric.length < 2 &&
        previous?.metric &&
        sentenceAt(doc.index, previous.start).end >= c.start
      ) {
        metric = previous.metric;
      }
      const head = doc.text.slice(c.start, c.cueStart).trim();
      if (previous?.metric && c.source === 'quantity' && CHANGE_ONLY.test(head)) {
        const sameSentence = sentenceAt(doc.index, previous.start).end >= c.start;
        if (sameSentence) metric = `${previous.metric}${head}`;
      }
      const out = { ...c, metric };
      previous = CHANGE_ONLY.test(head) ? previous : out;
      return out;
    });
  },
};
