/**
 * The content script core's side of clips: it asks the background for this page's saved clips
 * on every run, and loads the UI half (anchoring, painting, the note form) only when there is
 * something to place or the user clips.
 */
import type { Goal } from '../extract/types';
import type { ClipDeps, ClipLayer, ClipState } from './clips';
import type { UiModule } from './ui';

export interface ClipsCore {
  /** Lists this page's clips and places them (nothing is loaded when there are none). */
  load(): Promise<void>;
  states(): ClipState[];
  clipSelection(): Promise<{ started: boolean; reason?: string }>;
  saveGoal(goal: Goal): Promise<string>;
}

export function createClipsCore(deps: ClipDeps & { ui: () => Promise<UiModule> }): ClipsCore {
  let layer: ClipLayer | null = null;
  const ensure = async () => (layer ??= (await deps.ui()).createClipLayer(deps));
  return {
    async load() {
      const saved = await deps.send('clip:list-for-url', { url: deps.url() });
      if (saved.length === 0 && !layer) {
        deps.highlighter.clear('clip');
        return;
      }
      await (await ensure()).place(saved);
    },
    states: () => layer?.states() ?? [],
    clipSelection: async () => (await ensure()).clipSelection(),
    saveGoal: async (goal) => (await ensure()).saveGoal(goal),
  };
}
