/**
 * The content script's lazily loaded half: the card and clip form (Preact), clip anchoring
 * (approx-string-match) and the UI strings. Built as its own script (entrypoints/page-ui.ts)
 * and imported on first use, so the part that runs on every gov.cn page stays small.
 */
import { createCardUi } from './card-ui';
import { createClipLayer } from './clips';

export const ui = { createCardUi, createClipLayer };

export type UiModule = typeof ui;
