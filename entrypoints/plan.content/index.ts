import { defineContentScript } from 'wxt/utils/define-content-script';
import { startContentScript } from '../../utils/content/main';
import './style.css';

/**
 * Runs on gov.cn pages (and their iframes), and on any page where the user presses "Analyze
 * this page" (injected through activeTab). Wiring only: see utils/content/main.ts.
 */
export default defineContentScript({
  matches: ['*://*.gov.cn/*'],
  runAt: 'document_idle',
  allFrames: true,
  matchAboutBlank: true,
  main(ctx) {
    const startedAt = performance.now();
    performance.mark('pgr:start');
    return startContentScript(ctx, startedAt);
  },
});
