import { render } from 'preact';
import '../../components/components.css';
import { applyKindColors } from '../../components/theme';
import { translator } from '../../utils/i18n/index';
import { resolveLocale, storeMessages } from '../../utils/i18n/store';
import { commonMessages } from '../../utils/i18n/common';
import { getSettings } from '../../utils/settings';
import { App } from './App';
import { startLoading } from './state';
import './style.css';

performance.mark('pgr-popup-start');
// The page's state is asked for at once; the settings (language, colours) meanwhile.
const initial = startLoading();

getSettings().then((settings) => {
  const locale = resolveLocale(settings.locale, navigator.languages);
  document.documentElement.lang = locale;
  document.title = translator(commonMessages, locale)('popupTitle');
  applyKindColors(document.documentElement, settings.colors);
  const root = document.getElementById('app');
  if (root)
    render(<App ui={{ t: translator(storeMessages, locale), locale }} initial={initial} />, root);
});
