import { render } from 'preact';
import { commonMessages } from '../../utils/i18n/common';
import { pickLocale, translator } from '../../utils/i18n/index';

const t = translator(commonMessages, pickLocale(navigator.languages));
const root = document.getElementById('app');
if (root) render(<h1>{t('optionsTitle')}</h1>, root);
