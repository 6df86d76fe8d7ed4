import { render } from 'preact';
import '../../components/components.css';
import { applyKindColors } from '../../components/theme';
import { translator } from '../../utils/i18n/index';
import { resolveLocale, storeMessages } from '../../utils/i18n/store';
import { getSettings } from '../../utils/settings';
import { normalizeUrl } from '../../utils/store/url';
import { App } from './App';
import { startLoading } from './data';
import './style.css';

performance.mark('pgr-library-start');

/** `?url=` as a library key; an unusable value shows the whole library. */
function pageParam(): string | undefined {
  const raw = new URLSearchParams(location.search).get('url');
  try {
    return raw ? normalizeUrl(raw) : undefined;
  } catch {
    return undefined;
  }
}

// Reading starts before the settings and the first render, so the data is on its way while
// the page sets itself up.
const page = pageParam();
const initial = startLoading(page);

getSettings().then((settings) => {
  const locale = resolveLocale(settings.locale, navigator.languages);
  const t = translator(storeMessages, locale);
  document.documentElement.lang = locale;
  document.title = t('libraryTitle');
  applyKindColors(document.documentElement, settings.colors);
  const root = document.getElementById('app');
  if (root) render(<App ui={{ t, locale }} page={page} initial={initial} />, root);
});
