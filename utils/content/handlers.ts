/** The content script's side of the page protocol (popup and background → this tab). */
import { onMessage } from '../messaging';
import type { PageController } from './controller';

/**
 * Registers the handlers at once (a "page:run" may arrive right after injection) and lets
 * each wait for the controller, which needs the settings first.
 */
export function registerContentHandlers(ready: Promise<PageController>): () => void {
  const offs = [
    onMessage('page:get-state', async ({ limit }) => (await ready).state(limit)),
    onMessage('page:scroll-to', async ({ goalId }) => ({ found: (await ready).scrollTo(goalId) })),
    onMessage('page:toggle-highlights', async ({ on }) => ({ on: (await ready).toggle(on) })),
    onMessage('page:navigate', async ({ direction }) => ({
      goalId: (await ready).navigate(direction),
    })),
    onMessage('page:run', async ({ forced }) => {
      const controller = await ready;
      await controller.run(forced);
      const state = controller.state();
      return { analysed: state.analysed, count: state.goals.length };
    }),
    onMessage('page:clip-selection', async () => (await ready).clips.clipSelection()),
  ];
  return () => offs.forEach((off) => off());
}
