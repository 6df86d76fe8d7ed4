/**
 * The content script's start: settings, controller, message handlers, card, pointer,
 * mutation and URL watching. Decides whether to analyse automatically (detection on, host in
 * the auto sites) or to wait for "Analyze this page" (`page:run` with `forced`).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatCitation } from '../../components/card/format';
import { pickLocale, translator, type Locale } from '../i18n/index';
import { pageMessages } from '../i18n/page';
import { sendMessage } from '../messaging';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../settings';
import { createCardUi, CARD_HOST_TAG, type CardUi } from './card-ui';
import { copyText } from './copy';
import { createController, type PageController } from './controller';
import { registerContentHandlers } from './handlers';
import { watchPage } from './live';
import { attachPointer } from './pointer';

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

export async function startContentScript(ctx: ContentScriptContext, startedAt: number) {
  const marker = window as { __planGoalReader?: boolean };
  if (marker.__planGoalReader) return; // injected twice (manifest + "Analyze this page")
  marker.__planGoalReader = true;

  let resolveReady!: (c: PageController) => void;
  const ready = new Promise<PageController>((resolve) => (resolveReady = resolve));
  let t = translator(pageMessages, 'zh-CN');
  registerContentHandlers(ready, () => ({
    noSelection: t('clipNoSelection'),
    failed: (error) => t('clipFailed', { error }),
  }));

  // Settings load while the page is read: painting waits for them (the gate), reading not.
  const loading = getSettings().then((loaded) => {
    performance.mark('pgr:settings');
    return loaded;
  });
  let settings: Settings = DEFAULT_SETTINGS;
  let locale = localeOf(settings);
  t = translator(pageMessages, locale);
  let card: CardUi | null = null;
  const getCard = () => card;
  const isOwn = (node: Node) =>
    node.nodeType === 1 && (node as Element).localName === CARD_HOST_TAG;
  const controller = createController({
    doc: document,
    url: () => location.href,
    send: sendMessage,
    settings,
    card: getCard,
    skip: isOwn,
    parent: parentDocument(),
    startedAt,
  });
  card = createCardUi(ctx, document, t, {
    onSave: async (goal) => void (await controller.clips.saveGoal(goal)),
    onCopy: (goal) => {
      const page = controller.state().page;
      const cited = {
        title: page?.title ?? document.title,
        url: location.href,
        publisher: page?.publisher,
        published: page?.published,
      };
      return copyText(formatCitation(goal.quote, cited, locale), document, card?.root);
    },
  });
  const apply = (next: Settings) => {
    settings = next;
    locale = localeOf(next);
    t = translator(pageMessages, locale);
    card?.setTranslate(t);
    controller.applySettings(next);
  };
  const allowed = (s: Settings) => s.detection && isAutoSite(location.hostname, s.autoSites);
  const gate = async () => {
    const loaded = await loading;
    if (loaded !== settings) apply(loaded);
    return allowed(loaded);
  };
  resolveReady(controller);

  attachPointer(ctx, document, controller, getCard);
  watchPage(ctx, document, {
    isOwn,
    paused: () => false,
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
  });

  // gov.cn (the manifest's match) starts at once; other hosts wait for their settings.
  if (isAutoSite(location.hostname, DEFAULT_SETTINGS.autoSites)) {
    await controller.run(false, { gate });
  } else if (await gate()) {
    await controller.run(false);
  } else apply(await loading);
}
