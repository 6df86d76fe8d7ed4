import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit and component tests: `*.test.ts(x)` beside the code, cross-module tests in `test/`.
// WxtVitest wires the fake browser (`wxt/testing/fake-browser`) and WXT's aliases.
// DOM tests opt in with a `// @vitest-environment happy-dom` header.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', '.wxt/**', 'test/e2e/**'],
    environment: 'node',
    restoreMocks: true,
  },
});
