import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messaging';
import { textHash } from '../../utils/page/text-hash';

/**
 * Runs on gov.cn pages: reports the page to the background. The extractor, detection and
 * highlighting plug in here (see README's data flow).
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  async main() {
    const text = document.body?.innerText ?? '';
    await sendMessage('page:report', {
      page: {
        url: location.href,
        title: document.title,
        score: 0,
        textHash: textHash(text),
        textLength: text.length,
      },
      goals: [],
    });
  },
});
