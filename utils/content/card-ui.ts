/**
 * The details card and the clip form, mounted in a shadow root (WXT `createShadowRootUi`)
 * and rendered with Preact. Styles are adopted into the shadow root as a constructed
 * stylesheet, which a page's CSP cannot block. Created on first use, so the first paint of
 * highlights does not wait for it.
 */
import { h, render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { CARD_CSS } from '../../components/card/card-css';
import { ClipForm } from '../../components/card/ClipForm';
import { formatCitation, type CitedPage } from '../../components/card/format';
import { GoalCard, type CopyState, type SaveState } from '../../components/card/GoalCard';
import type { Goal } from '../extract/types';
import { translator, type Locale } from '../i18n/index';
import { pageMessages } from '../i18n/page';
import { CARD_HOST_TAG } from './constants';
import { copyText } from './copy';

export interface CardCallbacks {
  /** Saves the goal as a clip (the card's save button). */
  save(goal: Goal): Promise<unknown>;
  /** The page a citation names. */
  cite(): CitedPage;
  /** Called when the card closes (button, Escape, outside click). */
  onClose?(): void;
}

type View =
  | { type: 'goal'; goal: Goal; save: SaveState; copy: CopyState }
  | {
      type: 'clip';
      quote: string;
      error?: string;
      resolve: (answer: { note: string; tags: string[] } | null) => void;
    };

export interface CardUi {
  showGoal(goal: Goal, anchor: DOMRect, pinned: boolean): Promise<void>;
  /** Re-renders with a newer version of the shown goal (e.g. a refined metric). */
  updateGoal(goal: Goal): void;
  /** Asks for a note and tags; null when the user cancels. */
  askClip(
    quote: string,
    anchor: DOMRect,
    error?: string,
  ): Promise<{ note: string; tags: string[] } | null>;
  hide(): void;
  readonly goalId: string | null;
  readonly pinned: boolean;
  /** The shadow root (a place for our own temporary elements), once created. */
  readonly root: ShadowRoot | null;
  /** True for events that happened inside the card. */
  owns(event: Event): boolean;
  setRefining(refining: boolean): void;
  setLocale(locale: Locale): void;
}

type ShadowUi = Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>>;

const WIDTH = 320;
const GAP = 8;

/** Where the card goes: under the anchor when it fits, else above; inside the viewport. */
function place(anchor: DOMRect, view: Window): { left: number; top: number } {
  const left = Math.max(GAP, Math.min(anchor.left, view.innerWidth - WIDTH - GAP));
  const below = anchor.bottom + GAP;
  const top = below + 220 < view.innerHeight ? below : Math.max(GAP, anchor.top - 220 - GAP);
  return { left, top };
}

export function createCardUi(
  ctx: ContentScriptContext,
  doc: Document,
  locale0: Locale,
  callbacks: CardCallbacks,
): CardUi {
  let locale = locale0;
  let t = translator(pageMessages, locale);
  let view: View | null = null;
  let pinned = false;
  let refining = false;
  let position = { left: 0, top: 0 };
  let ui: ShadowUi | null = null;
  let host: HTMLElement | null = null;

  const draw = () => {
    const container = ui?.mounted;
    if (!container) return;
    if (!view) return render(null, container);
    const style = { left: `${position.left}px`, top: `${position.top}px` };
    const body =
      view.type === 'goal'
        ? h(GoalCard, {
            goal: view.goal,
            t,
            refining,
            saveState: view.save,
            copyState: view.copy,
            onSave: () => void save(),
            onCopy: () => void copy(),
            onClose: () => card.hide(),
          })
        : h(ClipForm, {
            quote: view.quote,
            t,
            error: view.error,
            onSubmit: (note, tags) => finishClip({ note, tags }),
            onCancel: () => finishClip(null),
          });
    render(h('div', { class: 'frame', style }, body), container);
  };

  let creating: Promise<ShadowUi> | null = null;
  const create = () =>
    createShadowRootUi<HTMLElement>(ctx, {
      name: CARD_HOST_TAG,
      position: 'inline',
      anchor: () => doc.body ?? doc.documentElement,
      inheritStyles: true,
      isolateEvents: ['keydown', 'keyup', 'keypress', 'input'],
      onMount(container, shadow, shadowHost) {
        host = shadowHost;
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(CARD_CSS);
        shadow.adoptedStyleSheets = [sheet];
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    });
  /** Creates the shadow root once (calls that overlap share it) and keeps it in the page. */
  const ensure = async () => {
    ui ??= await (creating ??= create());
    if (!host?.isConnected) ui.mount();
  };

  const save = async () => {
    if (view?.type !== 'goal') return;
    const current = view;
    view = { ...current, save: 'saving' };
    draw();
    try {
      await callbacks.save(current.goal);
      if (view?.type === 'goal' && view.goal.id === current.goal.id)
        view = { ...view, save: 'saved' };
    } catch {
      if (view?.type === 'goal' && view.goal.id === current.goal.id)
        view = { ...view, save: 'error' };
    }
    draw();
  };

  const copy = async () => {
    if (view?.type !== 'goal') return;
    const goal = view.goal;
    const citation = formatCitation(goal.quote, callbacks.cite(), locale);
    const ok = await copyText(citation, doc, host?.shadowRoot);
    if (view?.type === 'goal' && view.goal.id === goal.id)
      view = { ...view, copy: ok ? 'copied' : 'failed' };
    draw();
  };

  const finishClip = (answer: { note: string; tags: string[] } | null) => {
    if (view?.type !== 'clip') return;
    const { resolve } = view;
    view = null; // answered: hiding must not cancel it
    card.hide();
    resolve(answer);
  };

  const card: CardUi = {
    async showGoal(goal, anchor, pin) {
      if (view?.type === 'clip') return; // never replace a form the user is filling in
      await ensure();
      const same = view?.type === 'goal' && view.goal.id === goal.id;
      view =
        same && view?.type === 'goal'
          ? { ...view, goal }
          : { type: 'goal', goal, save: 'idle', copy: 'idle' };
      pinned = pin || (same && pinned);
      position = place(anchor, doc.defaultView ?? window);
      draw();
    },
    updateGoal(goal) {
      if (view?.type === 'goal' && view.goal.id === goal.id) {
        view = { ...view, goal };
        draw();
      }
    },
    async askClip(quote, anchor, error) {
      if (view?.type === 'clip') view.resolve(null);
      await ensure();
      position = place(anchor, doc.defaultView ?? window);
      pinned = true;
      return new Promise((resolve) => {
        view = { type: 'clip', quote, resolve, ...(error ? { error } : {}) };
        draw();
        const field = host?.shadowRoot?.querySelector('textarea');
        field?.focus();
      });
    },
    hide() {
      const wasOpen = view !== null;
      if (view?.type === 'clip') {
        const { resolve } = view;
        view = null;
        resolve(null);
      }
      view = null;
      pinned = false;
      draw();
      if (wasOpen) callbacks.onClose?.();
    },
    get goalId() {
      return view?.type === 'goal' ? view.goal.id : null;
    },
    get pinned() {
      return pinned;
    },
    get root() {
      return host?.shadowRoot ?? null;
    },
    owns(event) {
      return host !== null && event.composedPath().includes(host);
    },
    setRefining(on) {
      refining = on;
      draw();
    },
    setLocale(next) {
      locale = next;
      t = translator(pageMessages, next);
      draw();
    },
  };
  return card;
}
