/**
 * The content script's lazily loaded half: the card and clip form (Preact), clip anchoring
 * (approx-string-match), the UI strings and the highlight wrapper for browsers without the
 * CSS Custom Highlight API. Built as its own script (entrypoints/page-ui.ts)
 * and imported on first use, so the part that runs on every gov.cn page stays small.
 */
import { createCardUi } from './card-ui';
import { createClipLayer } from './clips';
import { createWrapper } from '../page/wrap';

export const ui = { createCardUi, createClipLayer, createWrapper };

export type UiModule = typeof ui;
