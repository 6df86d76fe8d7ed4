/**
 * User settings, kept in `storage.local` (readable by content scripts, which have no access to
 * the IndexedDB library). The options page writes them; the content script, background and
 * popup read and watch them. Values from storage are validated field by field, so a damaged
 * or older record falls back to defaults instead of breaking a page.
 */
import { browser } from 'wxt/browser';
import type { Locale } from './i18n/index';

export type HighlightKind = 'target' | 'deadline' | 'achievement' | 'clip';

export interface Settings {
  /** Run detection automatically on page load (on the sites below). */
  detection: boolean;
  /** Host suffixes where detection runs automatically; `gov.cn` is the default. Other sites
   * need an optional host permission granted from the options page. */
  autoSites: string[];
  /** Highlight colours (CSS colours) per kind. */
  colors: Record<HighlightKind, string>;
  /** UI language; `auto` follows the browser. */
  locale: 'auto' | Locale;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  detection: true,
  autoSites: ['gov.cn'],
  colors: {
    target: '#ffe08a',
    deadline: '#b9e4ff',
    achievement: '#c8f0c0',
    clip: '#f5c6f0',
  },
  locale: 'auto',
});

/** The record in `storage.local`. Read with `browser.storage` directly: the content script
 * imports this module, and WXT's storage wrapper would add ~10 KB to its bundle. */
const KEY = 'settings';
const item = {
  getValue: async (): Promise<unknown> => (await browser.storage.local.get(KEY))[KEY],
  setValue: (value: unknown) => browser.storage.local.set({ [KEY]: value }),
  watch(callback: (value: unknown) => void): () => void {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && KEY in changes) callback(changes[KEY]!.newValue);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
};

/** Repairs any stored value into valid settings (unknown or wrong fields → defaults). */
export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<
    Record<keyof Settings, unknown>
  >;
  const colors = { ...DEFAULT_SETTINGS.colors };
  if (typeof v.colors === 'object' && v.colors !== null) {
    for (const kind of Object.keys(colors) as HighlightKind[]) {
      const c = (v.colors as Record<string, unknown>)[kind];
      if (typeof c === 'string' && c.length <= 64) colors[kind] = c;
    }
  }
  const sites = Array.isArray(v.autoSites)
    ? v.autoSites.filter((s): s is string => typeof s === 'string' && s.length > 0)
    : [...DEFAULT_SETTINGS.autoSites];
  return {
    detection: typeof v.detection === 'boolean' ? v.detection : DEFAULT_SETTINGS.detection,
    autoSites: sites,
    colors,
    locale: v.locale === 'zh-CN' || v.locale === 'en' ? v.locale : 'auto',
  };
}

export async function getSettings(): Promise<Settings> {
  return normalizeSettings(await item.getValue());
}

/** Merges `patch` into the stored settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await getSettings()), ...patch });
  await item.setValue(next);
  return next;
}

/** Calls `listener` with the new settings whenever they change; returns an unsubscribe. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return item.watch((value) => listener(normalizeSettings(value)));
}
