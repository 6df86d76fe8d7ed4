import { render } from 'preact';
import '../../components/components.css';
import { getSettings } from '../../utils/settings';
import { App } from './App';
import './style.css';

getSettings().then((settings) => {
  const root = document.getElementById('app');
  if (root) render(<App initial={settings} />, root);
});
