/**
 * Plan-page detection: a score in 0…1 from what a government plan page looks like. Four
 * signals, each with a fixed weight (they sum to 1):
 *
 * - guideline metadata tags (`ArticleTitle`, `PubDate`, `ContentSource`, `ColumnName`): 0.15
 * - the open-government info block (索引号 / 发布机构 / 公开日期 / 发布日期): 0.15
 * - plan cue words in the title or a heading (工作目标, 工作要点, 规划 …): 0.45
 * - the density of extracted goal items: 0.25
 *
 * A page is analysed automatically at `PLAN_THRESHOLD` (0.6). The other three signals sum to
 * 0.55, so no page passes without a cue word: a portal's news and statistics pages carry the
 * tags, the info block and many numbers too. With a cue, either the tags, the info block or a
 * density of about one item per 1,000 characters is enough.
 * Pure DOM-free scoring, plus a helper that reads the headings from a document.
 */
import type { PageMeta } from './page-meta';

export const PLAN_THRESHOLD = 0.6;

/** Words that name a plan, a programme or a report on one (title and heading cues). */
export const PLAN_CUES = [
  '工作目标',
  '工作要点',
  '工作计划',
  '规划',
  '实施方案',
  '行动方案',
  '行动计划',
  '完成情况',
  '工作总结',
  '政府工作报告',
  '目标任务',
] as const;

const WEIGHTS = { metaTags: 0.15, infoBlock: 0.15, cues: 0.45, density: 0.25 } as const;
/** Goal items per 1,000 characters at which the density signal is full. */
const FULL_DENSITY = 1.5;

export interface DetectionInput {
  meta: PageMeta;
  /** Texts of the document title and headings (h1–h3). */
  headings: readonly string[];
  /** Length of the visible text. */
  textLength: number;
  /** Number of extracted goal items; absent before extraction. */
  goalCount?: number;
}

export interface Detection {
  score: number;
  /** Which signals contributed, for the popup and debugging (e.g. `cue:工作目标`). */
  reasons: string[];
}

function cueIn(texts: readonly string[]): string | undefined {
  for (const text of texts) {
    const cue = PLAN_CUES.find((c) => text.includes(c));
    if (cue) return cue;
  }
  return undefined;
}

/** True when a title names a plan or a report on one (read before the page's text is). */
export function titleNamesPlan(title: string): boolean {
  return cueIn([title]) !== undefined;
}

/** Scores a page. Without `goalCount` the density signal counts as zero. */
export function scorePlanPage(input: DetectionInput): Detection {
  const reasons: string[] = [];
  let score = 0;
  if (input.meta.metaTags.length > 0) {
    score += (WEIGHTS.metaTags * input.meta.metaTags.length) / 4;
    reasons.push(`meta:${input.meta.metaTags.join(',')}`);
  }
  if (input.meta.infoLabels.length > 0) {
    score += WEIGHTS.infoBlock * Math.min(1, input.meta.infoLabels.length / 2);
    reasons.push(`info:${input.meta.infoLabels.join(',')}`);
  }
  const cue = cueIn([input.meta.title, ...input.headings]);
  if (cue) {
    score += WEIGHTS.cues;
    reasons.push(`cue:${cue}`);
  }
  if (input.goalCount !== undefined && input.textLength > 0) {
    const density = (input.goalCount * 1000) / input.textLength;
    score += WEIGHTS.density * Math.min(1, density / FULL_DENSITY);
    reasons.push(`density:${density.toFixed(2)}`);
  }
  return { score: Math.round(score * 1000) / 1000, reasons };
}

/** True when extraction could still lift the score over the threshold (skip it otherwise). */
export function mayBePlanPage(withoutItems: Detection): boolean {
  return withoutItems.score + WEIGHTS.density >= PLAN_THRESHOLD;
}

/** The document title and the texts of h1–h3, trimmed (the places plan cues appear). */
export function readHeadings(doc: Document): string[] {
  const texts = [doc.title ?? ''];
  for (const tag of ['h1', 'h2', 'h3']) {
    for (const h of Array.from(doc.getElementsByTagName(tag)).slice(0, 20)) {
      texts.push(h.textContent ?? '');
    }
  }
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
}
