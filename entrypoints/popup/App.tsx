import { useEffect, useState } from 'preact/hooks';
import { commonMessages } from '../../utils/i18n/common';
import { pickLocale, translator } from '../../utils/i18n/index';
import { sendMessage } from '../../utils/messaging';

const t = translator(commonMessages, pickLocale(navigator.languages));
document.title = t('appName');

export function App() {
  const [status, setStatus] = useState<string>('…');
  useEffect(() => {
    sendMessage('runtime:ping', {}).then(
      ({ reports }) => setStatus(t('reportsSeen', { count: reports })),
      (error: unknown) => setStatus(t('backgroundUnreachable', { error: String(error) })),
    );
  }, []);
  return (
    <main>
      <h1>{t('popupTitle')}</h1>
      <p data-testid="status">{status}</p>
    </main>
  );
}
