import { execFileSync } from 'node:child_process';
import { findChromium, ROOT } from '../../scripts/lib/local-web';

/**
 * Builds the Chrome extension once before the end-to-end files run (skip with
 * E2E_SKIP_BUILD=1 when `.output/chrome-mv3` is fresh), and fails early with install
 * instructions when Chromium is missing.
 */
export default function setup(): void {
  findChromium();
  if (process.env.E2E_SKIP_BUILD === '1') return;
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
}
