/** Names shared by the content script's core and its lazily loaded UI. */

/** Tag of the card's shadow host (skipped by the text map and the mutation observer). */
export const CARD_HOST_TAG = 'plan-goal-card';

/** Global (in the content script's isolated world) where the loaded UI module registers. */
export const UI_GLOBAL = '__planGoalReaderUi';
