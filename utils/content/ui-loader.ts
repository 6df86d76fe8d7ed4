/**
 * Loads the UI half of the content script (see ui.ts) with a dynamic `import()` of the
 * extension's `page-ui.js`. The module runs in the content script's isolated world (not the
 * page's) and registers itself on that world's global; a page's CSP does not apply to it.
 */
import { browser } from 'wxt/browser';
import { UI_GLOBAL } from './constants';
import type { UiModule } from './ui';

export const UI_SCRIPT = '/page-ui.js';

let loading: Promise<UiModule> | null = null;

/** The UI module, loaded once (a failed load is retried on the next call). */
export function loadUi(): Promise<UiModule> {
  loading ??= (async () => {
    const global = globalThis as Record<string, unknown>;
    if (!global[UI_GLOBAL]) await import(/* @vite-ignore */ browser.runtime.getURL(UI_SCRIPT));
    const ui = global[UI_GLOBAL] as UiModule | undefined;
    if (!ui) throw new Error(`${UI_SCRIPT} loaded but did not register the page UI.`);
    return ui;
  })();
  loading.catch(() => (loading = null));
  return loading;
}
