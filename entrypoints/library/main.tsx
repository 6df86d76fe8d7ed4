import { render } from 'preact';
import '../../components/components.css';
import { applyKindColors } from '../../components/theme';
import { translator } from '../../utils/i18n/index';
import { resolveLocale, storeMessages } from '../../utils/i18n/store';
import { getSettings } from '../../utils/settings';
import { App } from './App';
import './style.css';

getSettings().then((settings) => {
  const locale = resolveLocale(settings.locale, navigator.languages);
  const t = translator(storeMessages, locale);
  document.documentElement.lang = locale;
  document.title = t('libraryTitle');
  applyKindColors(document.documentElement, settings.colors);
  const url = new URLSearchParams(location.search).get('url') ?? undefined;
  const root = document.getElementById('app');
  if (root) render(<App ui={{ t, locale }} pageUrl={url} />, root);
});
