import { defineContentScript } from 'wxt/utils/define-content-script';
import { sendMessage } from '../../utils/messaging';

/**
 * Runs on gov.cn pages: reports the page to the background. The extractor, detection and
 * highlighting plug in here (see ARCHITECTURE.md's data flow).
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  async main() {
    await sendMessage('page:report', {
      page: { url: location.href, title: document.title, score: 0 },
      goals: [],
    });
  },
});
