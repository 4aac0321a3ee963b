/**
 * The browser the app is tested and measured in, for the end-to-end specs (playwright.config.ts) and the
 * benchmarks (bench/harness/browser.ts) alike: Debian's Chromium, because Playwright's own browser downloads
 * cannot be fetched on these machines, with nothing of its own running in the background.
 */
export const CHROMIUM_LAUNCH_OPTIONS: { executablePath: string; args: string[] } = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
};

/** A speechwriter's window: the Chinese UI on a 1366 px wide screen. */
export const APP_CONTEXT_OPTIONS: { locale: string; viewport: { width: number; height: number } } = {
  locale: 'zh-CN',
  viewport: { width: 1366, height: 860 },
};
