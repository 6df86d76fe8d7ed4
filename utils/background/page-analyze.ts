/**
 * "Analyze this page": the popup asks the background to run the content script on a tab that
 * the manifest does not cover. The toolbar click granted `activeTab` for that tab, so the
 * script and its highlight CSS are injected with `scripting` (no broad host permission), and
 * told to analyse regardless of the detection score.
 */
import { browser } from 'wxt/browser';
import { isExtensionPage, onMessage, sendToTab } from '../messaging';

export const CONTENT_SCRIPT_JS = '/content-scripts/plan.js';
export const CONTENT_SCRIPT_CSS = '/content-scripts/plan.css';

/** Injects the content script into a tab's top frame unless it already runs there. */
export async function ensureContentScript(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, 'page:get-state', { limit: 0 });
    return false;
  } catch {
    // No content script answered: inject it.
  }
  await browser.scripting.insertCSS({ target: { tabId }, files: [CONTENT_SCRIPT_CSS] });
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_JS] });
  return true;
}

/** Registers `page:analyze` (extension pages only); returns a function that removes it. */
export function registerAnalyzeHandler(): () => void {
  return onMessage('page:analyze', async ({ tabId }, sender) => {
    if (!isExtensionPage(sender)) {
      throw new Error("Only the extension's own pages may analyse a tab.");
    }
    const injected = await ensureContentScript(tabId);
    await sendToTab(tabId, 'page:run', { forced: true });
    return { injected };
  });
}
