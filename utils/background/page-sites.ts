/**
 * Automatic detection on sites beyond gov.cn. The options page asks for a site's optional host
 * permission (`*://site/*`, `*://*.site/*`); here the content script is registered for every
 * site in `settings.autoSites` whose permission was granted, and re-registered whenever the
 * settings or the granted permissions change. gov.cn is covered by the manifest.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_SETTINGS, getSettings, watchSettings, type Settings } from '../settings';
import { CONTENT_SCRIPT_CSS, CONTENT_SCRIPT_JS } from './page-analyze';

export const AUTO_SITES_SCRIPT_ID = 'plan-auto-sites';

/** The host patterns of a site and its subdomains (as the options page requests them). */
export function sitePatterns(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

/** True for sites the manifest's content script already covers. */
export function isBuiltInSite(site: string): boolean {
  return DEFAULT_SETTINGS.autoSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** Match patterns of the auto sites whose host permission is granted. */
export async function grantedPatterns(
  settings: Settings,
  contains: (origins: string[]) => Promise<boolean>,
): Promise<string[]> {
  if (!settings.detection) return [];
  const out: string[] = [];
  for (const site of settings.autoSites) {
    if (isBuiltInSite(site)) continue;
    const origins = sitePatterns(site);
    if (await contains(origins)) out.push(...origins);
  }
  return out;
}

/** Registers the content script for `matches` (none: unregisters it). */
async function register(matches: string[]): Promise<void> {
  const existing = await browser.scripting.getRegisteredContentScripts({
    ids: [AUTO_SITES_SCRIPT_ID],
  });
  if (existing.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [AUTO_SITES_SCRIPT_ID] });
  }
  if (matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    {
      id: AUTO_SITES_SCRIPT_ID,
      matches,
      js: [CONTENT_SCRIPT_JS.slice(1)],
      css: [CONTENT_SCRIPT_CSS.slice(1)],
      allFrames: true,
      runAt: 'document_idle',
    },
  ]);
}

let syncing: Promise<void> = Promise.resolve();

/** Brings the registration in line with the settings and permissions (one pass at a time). */
export function syncAutoSites(settings?: Settings): Promise<void> {
  syncing = syncing
    .catch(() => undefined)
    .then(async () => {
      const current = settings ?? (await getSettings());
      const contains = (origins: string[]) => browser.permissions.contains({ origins });
      await register(await grantedPatterns(current, contains));
    });
  return syncing;
}

/** Keeps the registration current; returns a function that stops listening. */
export function registerAutoSites(): () => void {
  const resync = () => void syncAutoSites().catch(() => undefined);
  resync();
  const unwatch = watchSettings((settings) => void syncAutoSites(settings).catch(() => undefined));
  browser.permissions.onAdded.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  return () => {
    unwatch();
    browser.permissions.onAdded.removeListener(resync);
    browser.permissions.onRemoved.removeListener(resync);
  };
}
