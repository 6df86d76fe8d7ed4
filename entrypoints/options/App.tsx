/**
 * Options page wiring: settings (detection, automatic sites with their host permissions,
 * colours, language) and the library's data (export everything, import, clear with
 * confirmation). Settings are saved as they change.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ColorField } from '../../components/ColorField';
import { ConfirmAction } from '../../components/ConfirmAction';
import { download } from '../../components/download';
import { ImportInput } from '../../components/ImportInput';
import { SiteList } from '../../components/SiteList';
import { applyKindColors } from '../../components/theme';
import { translator, type Locale } from '../../utils/i18n/index';
import { commonMessages } from '../../utils/i18n/common';
import { errorText, resolveLocale, storeMessages } from '../../utils/i18n/store';
import { sendMessage } from '../../utils/messaging';
import {
  DEFAULT_SETTINGS,
  updateSettings,
  watchSettings,
  type HighlightKind,
  type Settings,
} from '../../utils/settings';

/** Sites the manifest already covers (the content script's gov.cn match). */
function builtIn(site: string): boolean {
  return DEFAULT_SETTINGS.autoSites.some((s) => site === s || site.endsWith(`.${s}`));
}

/** The host patterns of one site and its subdomains. */
export function originsOf(site: string): string[] {
  return [`*://${site}/*`, `*://*.${site}/*`];
}

const KINDS: HighlightKind[] = ['target', 'deadline', 'achievement', 'clip'];

export function App({ initial }: { initial: Settings }) {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState<string>();
  const locale: Locale = resolveLocale(settings.locale, navigator.languages);
  const t = translator(storeMessages, locale);
  const ui = { t, locale };

  useEffect(() => watchSettings(setSettings), []);
  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = translator(commonMessages, locale)('optionsTitle');
    applyKindColors(document.documentElement, settings.colors);
  }, [locale, settings.colors]);

  const save = async (patch: Partial<Settings>) => {
    setSettings(await updateSettings(patch));
    setMessage(t('settingsSaved'));
  };

  const addSite = async (site: string) => {
    if (settings.autoSites.includes(site)) return undefined;
    // Must be the first await: the browser grants permissions only during the click.
    if (!builtIn(site) && !(await browser.permissions.request({ origins: originsOf(site) }))) {
      return t('permissionDenied', { site });
    }
    await save({ autoSites: [...settings.autoSites, site] });
    return undefined;
  };

  const removeSite = async (site: string) => {
    await save({ autoSites: settings.autoSites.filter((s) => s !== site) });
    if (!builtIn(site)) await browser.permissions.remove({ origins: originsOf(site) });
  };

  const run = async (work: () => Promise<string | undefined>) => {
    try {
      setMessage(await work());
    } catch (error) {
      setMessage(errorText(error, t));
    }
  };

  return (
    <main class="options">
      <h1>{translator(commonMessages, locale)('optionsTitle')}</h1>
      <section>
        <label class="row">
          <input
            type="checkbox"
            name="detection"
            checked={settings.detection}
            onChange={(e) => save({ detection: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('detection')}
        </label>
        <SiteList ui={ui} sites={settings.autoSites} onAdd={addSite} onRemove={removeSite} />
      </section>
      <section>
        <h2>{t('colors')}</h2>
        {KINDS.map((kind) => (
          <ColorField
            key={kind}
            ui={ui}
            kind={kind}
            value={settings.colors[kind]}
            onChange={(color) => save({ colors: { ...settings.colors, [kind]: color } })}
          />
        ))}
      </section>
      <section>
        <h2>{t('locale')}</h2>
        <select
          name="locale"
          value={settings.locale}
          onChange={(e) =>
            save({ locale: (e.currentTarget as HTMLSelectElement).value as Settings['locale'] })
          }
        >
          {(['auto', 'zh-CN', 'en'] as const).map((l) => (
            <option key={l} value={l}>
              {t(`locale.${l}`)}
            </option>
          ))}
        </select>
      </section>
      <section>
        <h2>{t('data')}</h2>
        <div class="row">
          <button
            type="button"
            data-testid="export-all"
            onClick={() =>
              run(async () => {
                const file = await sendMessage('library:export', { format: 'json', locale });
                download(file.filename, file.mime, file.text);
                return undefined;
              })
            }
          >
            {t('exportAll')}
          </button>
          <ImportInput
            ui={ui}
            onText={(text) =>
              run(async () => {
                try {
                  return t('importDone', { ...(await sendMessage('library:import', { text })) });
                } catch (error) {
                  return t('importFailed', { error: errorText(error, t) });
                }
              })
            }
          />
          <ConfirmAction
            ui={ui}
            label={t('clearAll')}
            question={t('clearConfirm')}
            confirmLabel={t('clearYes')}
            onConfirm={() =>
              run(async () => {
                await sendMessage('library:clear', { confirm: true });
                return t('cleared');
              })
            }
          />
        </div>
      </section>
      {message ? (
        <p class="message" role="status" data-testid="message">
          {message}
        </p>
      ) : null}
    </main>
  );
}
