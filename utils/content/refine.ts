/**
 * Metric refinement off the page: segmentit (3.8 MB, ~0.5 s to load) never enters the
 * content script. After the first paint the text goes to the background, which runs the
 * extractor with segmentit in the offscreen document (Chrome) or a frame of its background
 * page (Firefox); the refined metrics come back by span.
 */
import type { Goal } from '../extract/types';
import type { Send } from './controller';
import type { Analysis } from './pipeline';

/** Texts longer than this are not sent (the refinement would take seconds, the card waits). */
export const REFINE_MAX_CHARS = 1_000_000;

/** Goals with refined metrics, or null when nothing came back in time (or nothing changed). */
export async function refineGoals(
  send: Send,
  analysis: Analysis,
  timeoutMs: number,
): Promise<Goal[] | null> {
  if (analysis.goals.length === 0 || analysis.map.text.length > REFINE_MAX_CHARS) return null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const reply = await Promise.race([
      send('page:refine', { text: analysis.map.text, context: analysis.context }),
      timeout,
    ]);
    if (!reply) return null;
    const bySpan = new Map(reply.metrics.map((m) => [`${m.start}:${m.end}`, m.metric]));
    let changed = false;
    const goals = analysis.goals.map((goal) => {
      const metric = bySpan.get(`${goal.start}:${goal.end}`);
      if (metric === undefined || metric === goal.metric) return goal;
      changed = true;
      return { ...goal, metric };
    });
    return changed ? goals : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
