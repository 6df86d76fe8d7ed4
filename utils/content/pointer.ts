/**
 * Hover and click on highlights: hovering a goal for a moment opens its card, clicking pins
 * it; Escape or a click elsewhere closes it. Hit-testing is the highlighter's
 * (`highlightsFromPoint`, else caret position and range comparison).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardUi } from './card-ui';
import type { PageController } from './controller';

export const HOVER_OPEN_MS = 300;
export const HOVER_CLOSE_MS = 600;

export function attachPointer(
  ctx: ContentScriptContext,
  doc: Document,
  controller: PageController,
  card: () => CardUi | null,
) {
  let frame = 0;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let last: MouseEvent | null = null;

  const hover = () => {
    frame = 0;
    const event = last;
    const ui = card();
    if (!event || controller.goals.length === 0) return;
    if (ui?.owns(event)) return void clearTimeout(closeTimer);
    const goal = controller.goalAt(event.clientX, event.clientY);
    clearTimeout(openTimer);
    if (goal) {
      clearTimeout(closeTimer);
      if (ui?.goalId === goal.id) return;
      const at = new DOMRect(event.clientX, event.clientY - 8, 0, 16);
      openTimer = setTimeout(() => controller.openCard(goal, false, at), HOVER_OPEN_MS);
    } else if (ui?.goalId && !ui.pinned) {
      clearTimeout(closeTimer);
      closeTimer = setTimeout(() => ui.hide(), HOVER_CLOSE_MS);
    }
  };

  ctx.addEventListener(
    doc,
    'mousemove',
    (event: MouseEvent) => {
      last = event;
      if (!frame) frame = requestAnimationFrame(hover);
    },
    { passive: true },
  );
  ctx.addEventListener(doc, 'click', (event: MouseEvent) => {
    const ui = card();
    if (ui?.owns(event) || controller.goals.length === 0) return;
    const goal = controller.goalAt(event.clientX, event.clientY);
    clearTimeout(openTimer);
    if (goal) controller.openCard(goal, true, new DOMRect(event.clientX, event.clientY - 8, 0, 16));
    else if (ui?.goalId) ui.hide();
  });
  ctx.addEventListener(doc, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape' && card()?.goalId) card()?.hide();
  });
}
