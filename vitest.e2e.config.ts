import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real Chromium (see test/e2e/harness.ts).
// Files run one after another: each launches its own browser, and the machine has two cores.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    globalSetup: ['test/e2e/global-setup.ts'],
  },
});
