/**
 * Keyboard commands (manifest `commands`, rebindable in the browser's shortcut settings) and
 * the "Clip as commitment" context-menu item, forwarded to the tab's content script. A
 * command or menu click grants `activeTab`, so clipping also works on pages the content script
 * does not cover: it is injected first.
 */
import { browser, type Browser } from 'wxt/browser';
import { translator } from '../i18n/index';
import { pickLocale } from '../i18n/index';
import { pageMessages } from '../i18n/page';
import { sendToTab } from '../messaging';
import type { PageCommand } from '../messages/page';
import { getSettings, watchSettings, type Settings } from '../settings';
import { ensureContentScript } from './page-analyze';

export const CLIP_MENU_ID = 'pgr-clip-selection';

/** What one command does in a tab (`frameId`: the frame a menu click came from). */
export async function runCommand(command: string, tabId: number, frameId = 0): Promise<void> {
  switch (command as PageCommand) {
    case 'next-goal':
    case 'previous-goal':
      await sendToTab(tabId, 'page:navigate', {
        direction: command === 'next-goal' ? 'next' : 'previous',
      });
      return;
    case 'toggle-highlights':
      await sendToTab(tabId, 'page:toggle-highlights', {});
      return;
    case 'clip-selection':
      if (frameId === 0) await ensureContentScript(tabId);
      await sendToTab(tabId, 'page:clip-selection', {}, frameId);
      return;
    default:
      return;
  }
}

function menuTitle(settings: Settings): string {
  const locale =
    settings.locale === 'auto' ? pickLocale([browser.i18n.getUILanguage()]) : settings.locale;
  return translator(pageMessages, locale)('contextMenuClip');
}

async function createMenu(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: CLIP_MENU_ID,
    title: menuTitle(await getSettings()),
    contexts: ['selection'],
  });
}

const ignore = () => undefined;

/** Registers commands and the context menu; returns a function that removes the listeners. */
export function registerPageCommands(): () => void {
  const onCommand = (command: string, tab?: Browser.tabs.Tab) => {
    const run = async () => {
      const id =
        tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (id !== undefined) await runCommand(command, id);
    };
    run().catch(ignore);
  };
  const onClicked = (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
    if (info.menuItemId !== CLIP_MENU_ID || tab?.id === undefined) return;
    runCommand('clip-selection', tab.id, info.frameId ?? 0).catch(ignore);
  };
  browser.commands.onCommand.addListener(onCommand);
  browser.contextMenus.onClicked.addListener(onClicked);
  createMenu().catch(ignore);
  const unwatch = watchSettings((settings) => {
    browser.contextMenus.update(CLIP_MENU_ID, { title: menuTitle(settings) }).catch(ignore);
  });
  return () => {
    browser.commands.onCommand.removeListener(onCommand);
    browser.contextMenus.onClicked.removeListener(onClicked);
    unwatch();
  };
}
