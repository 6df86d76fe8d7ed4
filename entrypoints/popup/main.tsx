import { render } from 'preact';
import '../../components/components.css';
import { applyKindColors } from '../../components/theme';
import { translator } from '../../utils/i18n/index';
import { resolveLocale, storeMessages } from '../../utils/i18n/store';
import { commonMessages } from '../../utils/i18n/common';
import { getSettings } from '../../utils/settings';
import { App } from './App';
import './style.css';

// Settings first: the language and colours of the very first render come from them.
getSettings().then((settings) => {
  const locale = resolveLocale(settings.locale, navigator.languages);
  document.documentElement.lang = locale;
  document.title = translator(commonMessages, locale)('popupTitle');
  applyKindColors(document.documentElement, settings.colors);
  const root = document.getElementById('app');
  if (root) render(<App ui={{ t: translator(storeMessages, locale), locale }} />, root);
});
