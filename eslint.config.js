// ESLint flat config. Besides the usual rules it enforces the layer boundaries of
// ARCHITECTURE.md, so that a wrong import fails `npm run lint` instead of a review.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const browserGlobals = ['document', 'window', 'browser', 'chrome', 'navigator', 'location'];
const noStore = {
  group: ['**/utils/store', '**/utils/store/**', 'idb', 'idb/*'],
  message: 'The store is opened only in the background and extension pages: send a message.',
};
const noBrowserApi = {
  group: ['wxt/browser', 'webextension-polyfill', '**/utils/messaging', '**/utils/messaging.ts'],
  message: 'This layer must not use browser.* or messaging.',
};

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.output-*/**',
      '.wxt/**',
      'node_modules/**',
      'coverage/**',
      'test/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['#imports'], message: 'Import from the real module (imports: false).' },
          ],
        },
      ],
    },
  },
  {
    // The extractor is pure: the same code runs in the page, the background and Node.
    files: ['utils/extract/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...browserGlobals.map((name) => ({
          name,
          message: 'utils/extract is pure: no DOM or browser.',
        })),
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'No clock in the extractor: dates come in through the context.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'No clock in the extractor: dates come in through the context.',
        },
        {
          selector: "MemberExpression[object.name='performance'][property.name='now']",
          message: 'No clock in the extractor.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            noStore,
            noBrowserApi,
            {
              group: ['**/utils/page/**', 'preact', 'preact/*'],
              message: 'utils/extract may not depend on the DOM layer or UI.',
            },
          ],
        },
      ],
    },
  },
  {
    // The DOM layer works on a given root; it does not talk to the extension or the store.
    files: ['utils/page/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'utils/page must not use browser.*' },
        { name: 'chrome', message: 'utils/page must not use chrome.*' },
      ],
      'no-restricted-imports': ['error', { patterns: [noStore, noBrowserApi] }],
    },
  },
  {
    // The store runs in extension pages only and never touches web pages.
    files: ['utils/store/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/utils/page/**'], message: 'The store does not touch web pages.' },
          ],
        },
      ],
    },
  },
  {
    // Content scripts (and utils/content, their orchestration) run inside web pages:
    // IndexedDB there belongs to the site.
    files: [
      'entrypoints/*.content/**/*.{ts,tsx}',
      'entrypoints/*.content.{ts,tsx}',
      'utils/content/**/*.{ts,tsx}',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noStore] }],
      'no-restricted-globals': [
        'error',
        { name: 'indexedDB', message: 'A content script has no IndexedDB of ours.' },
      ],
    },
  },
  {
    // Components get data through props and report through callbacks.
    files: ['components/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'browser',
          message: 'Components do not call browser.*: pass data in through props.',
        },
        { name: 'chrome', message: 'Components do not call chrome.*.' },
        { name: 'fetch', message: 'Components do not fetch.' },
        { name: 'indexedDB', message: 'Components do not open IndexedDB.' },
      ],
      'no-restricted-imports': ['error', { patterns: [noStore, noBrowserApi] }],
    },
  },
);
