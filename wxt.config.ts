import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * WXT build configuration.
 *
 * - `imports: false`: every import is written out, so the layering in ARCHITECTURE.md is
 *   visible in the code and enforced by ESLint.
 * - `publicDir: 'assets'`: icons and `_locales` are copied verbatim into the build.
 * - Host access is only `*.gov.cn` (through the content script's `matches`); any other page is
 *   reached through `activeTab` when the user presses the toolbar button.
 */
export default defineConfig({
  imports: false,
  // A separate output folder per checkout or test run can be chosen with WXT_OUT_DIR.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  publicDir: 'assets',
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    icons: {
      16: '/icon/16.png',
      32: '/icon/32.png',
      48: '/icon/48.png',
      128: '/icon/128.png',
    },
    action: {
      default_title: '__MSG_actionTitle__',
    },
    // contextMenus: "Clip as commitment"; offscreen (Chrome): segmentit refines metrics there.
    permissions: [
      'activeTab',
      'scripting',
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    // The content script's UI half, imported by the content script on first use (a module
    // import is subject to web_accessible_resources; the dynamic URL keeps pages from probing).
    web_accessible_resources:
      browser === 'firefox'
        ? ['page-ui.js']
        : [{ resources: ['page-ui.js'], matches: ['<all_urls>'], use_dynamic_url: true }],
    // Page keyboard commands; rebindable in the browser's shortcut settings.
    commands: {
      'next-goal': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Next goal on the page',
      },
      'previous-goal': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Previous goal on the page',
      },
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide goal highlights',
      },
      'clip-selection': {
        suggested_key: { default: 'Alt+Shift+M' },
        description: 'Clip the selection as a commitment',
      },
    },
    // Requested one site at a time from the options page ("sites where detection runs");
    // nothing beyond gov.cn is granted at install.
    optional_host_permissions: ['*://*/*'],
    ...(browser === 'firefox'
      ? {
          // Firefox MV2 has no optional_host_permissions (WXT drops it): same grant, MV2 key.
          optional_permissions: ['*://*/*'],
          browser_specific_settings: {
            gecko: {
              id: 'plan-goal-reader@plan-goal-reader.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  zip: {
    excludeSources: ['test/fixtures/**', 'coverage/**', '.ci/**', '**/*.log', '.env*'],
  },
});
