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
          include: [
            '{background,popup,options,consent,content,offscreen,viewer,search,zip,src,scripts,infra,devstack}/**/*.test.{ts,tsx}',
            'test/conventions/**/*.test.ts',
          ],
          exclude: ['**/*.integ.test.ts', '**/node_modules/**'],
        },
      },
      {
        // Background modules loaded in Node read the build's constants too (as a Chrome build),
        // and their sentences from the English catalogue through the fake's i18n (src/i18n/t.ts).
        define: { __TOTE_BROWSER__: JSON.stringify('chrome'), __TOTE_DEVELOPMENT__: 'true' },
        resolve: { alias: { 'webextension-polyfill': fake('./test/fakes/browser.ts') } },
        test: {
          // Integration (Node against the devstack) and end-to-end (real browsers against it):
          // one stack for both, one file at a time (browsers are heavy on two cores, and the
          // Cognito stand-in's /_stats counts are global).
          name: 'stack',
          include: ['**/*.integ.test.ts', 'test/e2e/**/*.e2e.test.ts'],
          exclude: ['**/node_modules/**'],
          globalSetup: ['./devstack/vitest-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
