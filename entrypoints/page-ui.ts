import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { UI_GLOBAL } from '../utils/content/constants';
import { ui } from '../utils/content/ui';

// The content script's UI half (card, clip form, clip anchoring), imported on first use by
// utils/content/ui-loader.ts. Wiring only: it registers the module in the isolated world.
export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = ui;
});
