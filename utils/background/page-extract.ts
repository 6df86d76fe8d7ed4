/**
 * Background side of extraction: the content script sends the page's visible text (in chunks
 * on big pages) and paints what comes back. The extractor stays out of the content-script
 * bundle, and its compiled code stays warm in the background from one page to the next.
 */
import { extractGoals } from '../extract/index';
import { onMessage } from '../messaging';

/** Longest text accepted in one message (the content script sends chunks of ≤ 40,000). */
export const MAX_EXTRACT_CHARS = 200_000;

export function registerExtractHandler(): () => void {
  return onMessage('page:extract', ({ text, context }) => {
    if (typeof text !== 'string' || text.length > MAX_EXTRACT_CHARS) {
      throw new Error(`page:extract takes a text of at most ${MAX_EXTRACT_CHARS} characters.`);
    }
    return { goals: extractGoals(text, context ?? {}) };
  });
}
