import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const fake = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Test tiers by name: `*.test.ts` unit tests beside the code (in-memory browser fake),
 * `*.integ.test.ts` against the devstack, `test/e2e/*.e2e.test.ts` in real Chromium and Firefox.
 */
export default defineConfig({
  test: {
    reporters: ['default', './test/summary-reporter.ts'],
    projects: [
      {
        define: { __TOTE_BROWSER__: JSON.stringify('chrome'), __TOTE_DEVELOPMENT__: 'true' },
        resolve: { alias: { 'webextension-polyfill': fake('./test/fakes/browser.ts') } },
        test: {
          name: 'unit',
          include: ['{background,popup,options,content,src,scripts,infra}/**/*.test.{ts,tsx}', 'test/conventions/**/*.test.ts'],
          exclude: ['**/*.integ.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          globalSetup: ['./test/devstack-global-setup.ts'],
          // Browsers are heavy on two cores: one test file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
