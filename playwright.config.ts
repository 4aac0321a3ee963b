import { defineConfig } from '@playwright/test';
import { APP_CONTEXT_OPTIONS, CHROMIUM_LAUNCH_OPTIONS } from './e2e/chromium';

/**
 * End-to-end tests run against a real host (built by `npm run build`) on a temporary data directory,
 * in Debian's Chromium (e2e/chromium.ts).
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  // One worker: two cores are shared by the host, the browser and the test runner.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  outputDir: 'test-results/playwright-artifacts',
  use: {
    ...APP_CONTEXT_OPTIONS,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: CHROMIUM_LAUNCH_OPTIONS,
  },
});
