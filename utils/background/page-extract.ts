/**
 * Background side of extraction: the content script sends the page's visible text (in chunks
 * on big pages) and paints what comes back. The extractor stays out of the content-script
 * bundle, and its compiled code stays warm in the background from one page to the next.
 */
import { extractGoals } from '../extract/index';
import { onMessage, onPortRequest, type Handler } from '../messaging';

/** Longest text accepted in one message (the content script sends chunks of ≤ 40,000). */
export const MAX_EXTRACT_CHARS = 200_000;

const extract: Handler<'page:extract'> = ({ text, context }) => {
  if (typeof text !== 'string' || text.length > MAX_EXTRACT_CHARS) {
    throw new Error(`page:extract takes a text of at most ${MAX_EXTRACT_CHARS} characters.`);
  }
  return { goals: extractGoals(text, context ?? {}) };
};

/** Answers `page:extract` as a one-off message and over the content scripts' request ports. */
export function registerExtractHandler(
  onConnect?: Parameters<typeof onPortRequest>[2],
): () => void {
  const offMessage = onMessage('page:extract', extract);
  const offPort = onPortRequest('page:extract', extract, onConnect);
  return () => {
    offMessage();
    offPort();
  };
}
