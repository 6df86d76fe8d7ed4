import { execFileSync } from 'node:child_process';
import { findChromium, ROOT } from '../../scripts/lib/local-web';
import { findFirefox } from './firefox';

/**
 * Builds the Chrome and Firefox extensions once before the end-to-end files run (skip with
 * E2E_SKIP_BUILD=1 when `.output/chrome-mv3` and `.output/firefox-mv2` are fresh), and fails
 * early with install instructions when Chromium or Firefox is missing.
 */
export default function setup(): void {
  findChromium();
  findFirefox();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
}
