/** The page report sent to the background after an analysis (see `page:report`). */
import type { Goal } from '../extract/types';
import type { PageInfo, ReportedGoal } from '../messages/page';
import { describeSpan } from '../page/selectors';
import { textHash } from '../page/text-hash';
import type { Analysis } from './pipeline';

export function pageInfo(analysis: Analysis, url: string): PageInfo {
  const info: PageInfo = {
    url,
    title: analysis.meta.title,
    score: analysis.detection.score,
    textHash: textHash(analysis.map.text),
    textLength: analysis.map.text.length,
  };
  if (analysis.meta.publisher) info.publisher = analysis.meta.publisher;
  if (analysis.meta.published) info.published = analysis.meta.published;
  return info;
}

/** Goals with their 32-character context, as the store keeps them. */
export function reportedGoals(text: string, goals: readonly Goal[]): ReportedGoal[] {
  return goals.map((goal) => {
    const { quote } = describeSpan(text, goal.start, goal.end);
    return { ...goal, prefix: quote.prefix, suffix: quote.suffix };
  });
}
