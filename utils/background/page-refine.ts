/**
 * Background side of metric refinement: `page:refine` from a content script is forwarded to
 * the refinement document, which runs the extractor with segmentit. On Chrome that document is
 * an offscreen document (a service worker cannot `import()` the segmenter); on Firefox, which
 * has no offscreen API, it is a frame inside the background page.
 */
import { browser, type Browser } from 'wxt/browser';
import { extractGoals } from '../extract/index';
import type { ExtractContext } from '../extract/types';
import { onMessage, sendMessage } from '../messaging';
import type { RefinedMetric } from '../messages/page';
import { loadSegmenter } from './page-segmenter';

export const REFINER_PATH = '/offscreen.html';

/** Runs the extractor with segmentit and returns each goal's metric by span. */
export async function refineMetrics(
  text: string,
  context: ExtractContext,
): Promise<RefinedMetric[]> {
  const segmenter = await loadSegmenter();
  return extractGoals(text, context, { segmenter }).map((g) => ({
    start: g.start,
    end: g.end,
    metric: g.metric,
  }));
}

let opening: Promise<void> | null = null;

async function openOffscreen(): Promise<void> {
  const url = browser.runtime.getURL(REFINER_PATH);
  const contexts = await browser.runtime.getContexts?.({
    contextTypes: ['OFFSCREEN_DOCUMENT' as Browser.runtime.ContextType],
    documentUrls: [url],
  });
  if (contexts && contexts.length > 0) return;
  await browser.offscreen.createDocument({
    url: REFINER_PATH,
    reasons: ['WORKERS' as Browser.offscreen.Reason],
    justification: 'Chinese word segmentation (segmentit) refines goal metrics off the page.',
  });
}

function openFrame(): Promise<void> {
  const url = browser.runtime.getURL(REFINER_PATH);
  if (document.querySelector(`iframe[src="${url}"]`)) return Promise.resolve();
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.src = url;
    frame.addEventListener('load', () => resolve(), { once: true });
    document.body.append(frame);
  });
}

/** Makes sure the refinement document exists (one at a time). */
export function ensureRefiner(): Promise<void> {
  opening ??= (
    typeof browser.offscreen?.createDocument === 'function' ? openOffscreen() : openFrame()
  ).finally(() => (opening = null));
  return opening;
}

/** Forwards refinement requests; retries briefly while a new document registers its handler. */
export function registerRefineHandler(): () => void {
  return onMessage('page:refine', async (data) => {
    await ensureRefiner();
    for (let attempt = 0; ; attempt++) {
      try {
        return await sendMessage('offscreen:refine', data);
      } catch (error) {
        if (attempt >= 5 || !String(error).includes('No handler answered')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
  });
}
