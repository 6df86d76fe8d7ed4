/**
 * The content script's start: settings, controller, message handlers, pointer, mutation and
 * URL watching. Decides whether to analyse automatically (detection on, host in the auto
 * sites) or to wait for "Analyze this page" (`page:run` with `forced`). The card and clip UI
 * are loaded on first use (ui-loader.ts).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickLocale, type Locale } from '../i18n/index';
import { openRequestPort, sendMessage } from '../messaging';
import { titleNamesPlan } from '../page/detect';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../settings';
import type { CardUi } from './card-ui';
import { CARD_HOST_TAG } from './constants';
import { createController, type PageController } from './controller';
import { registerContentHandlers } from './handlers';
import { watchPage, type PageWatch } from './live';
import { attachPointer } from './pointer';
import { loadUi } from './ui-loader';

/** True when `host` is one of the sites (suffix match on labels: `gov.cn` ⊃ `www.zj.gov.cn`). */
export function isAutoSite(host: string, sites: readonly string[]): boolean {
  const h = host.toLowerCase();
  return sites.some((site) => {
    const s = site.toLowerCase().replace(/^\*?\./, '');
    return h === s || h.endsWith(`.${s}`);
  });
}

const localeOf = (settings: Settings): Locale =>
  settings.locale === 'auto' ? pickLocale(navigator.languages) : settings.locale;

/** A same-origin parent document (for iframes), else null. */
function parentDocument(): Document | null {
  try {
    return window !== window.top ? (window.parent.document ?? null) : null;
  } catch {
    return null; // cross-origin parent
  }
}

const isOwn = (node: Node) => node.nodeType === 1 && (node as Element).localName === CARD_HOST_TAG;

export async function startContentScript(ctx: ContentScriptContext, startedAt: number) {
  const marker = window as { __planGoalReader?: boolean };
  if (marker.__planGoalReader) return; // injected twice (manifest + "Analyze this page")
  marker.__planGoalReader = true;

  let resolveReady!: (c: PageController) => void;
  const ready = new Promise<PageController>((resolve) => (resolveReady = resolve));
  registerContentHandlers(ready);

  // Settings load while the page is read: painting waits for them (the gate), reading not.
  const loading = getSettings().then((loaded) => {
    performance.mark('pgr:settings');
    return loaded;
  });
  let settings: Settings = DEFAULT_SETTINGS;
  let watch: PageWatch | null = null;
  let card: CardUi | null = null;
  let cardLoading: Promise<CardUi> | null = null;
  const ensureCard = () =>
    (cardLoading ??= loadUi().then((ui) => {
      card = ui.createCardUi(ctx, document, localeOf(settings), {
        save: (goal) => controller.clips.saveGoal(goal),
        cite: () => {
          const page = controller.state().page;
          return {
            title: page?.title ?? document.title,
            url: location.href,
            publisher: page?.publisher,
            published: page?.published,
          };
        },
      });
      return card;
    }));
  // The first paint's extraction goes over a port opened ahead of it: now, while the page is
  // read, when the title names a plan; else once the text says the page may be one (the
  // controller's `warm`). Other pages never wake the background.
  const extractPort = openRequestPort('page:extract');
  if (titleNamesPlan(document.title)) extractPort.warm();
  const controller = createController({
    doc: document,
    url: () => location.href,
    send: sendMessage,
    extract: async (text, context) => (await extractPort.request({ text, context })).goals,
    warm: () => extractPort.warm(),
    settings,
    card: () => card,
    ensureCard,
    ui: loadUi,
    locale: () => localeOf(settings),
    skip: isOwn,
    parent: parentDocument(),
    startedAt,
    onOwnDomChange: () => watch?.discard(),
  });
  const apply = (next: Settings) => {
    settings = next;
    card?.setLocale(localeOf(next));
    controller.applySettings(next);
  };
  const allowed = (s: Settings) => s.detection && isAutoSite(location.hostname, s.autoSites);
  const gate = async () => {
    const loaded = await loading;
    if (loaded !== settings) apply(loaded);
    return allowed(loaded);
  };
  resolveReady(controller);

  attachPointer(ctx, document, controller, () => card);
  watch = watchPage(ctx, document, {
    isOwn,
    onChange: () => void controller.refresh(),
    onUrlChange: () => void controller.run(false, controller.forced ? {} : { gate }),
  });
  const unwatch = watchSettings((next) => {
    const turnedOn = allowed(next) && !allowed(settings);
    apply(next);
    if (turnedOn) void controller.run(false);
  });
  ctx.onInvalidated(() => {
    unwatch();
    controller.destroy();
    extractPort.close();
  });

  // gov.cn (the manifest's match) starts at once; other hosts wait for their settings.
  if (isAutoSite(location.hostname, DEFAULT_SETTINGS.autoSites)) {
    await controller.run(false, { gate });
  } else if (await gate()) {
    await controller.run(false);
  } else apply(await loading);
}
