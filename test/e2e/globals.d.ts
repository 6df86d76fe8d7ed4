// Code passed to `page.evaluate` / `serviceWorker.evaluate` runs inside extension contexts,
// where the `chrome` namespace exists; this tells the type checker what it holds.
import type { browser } from 'wxt/browser';

declare global {
  const chrome: typeof browser;
}
