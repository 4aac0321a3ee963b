import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { ExportError } from './speech-text';

/** Where Debian, Ubuntu and Chrome install their browsers; CHROMIUM_PATH names another. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export const NO_BROWSER_MESSAGE = 'PDF export needs Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable';

export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const named = env.CHROMIUM_PATH;
  if (named !== undefined) return existsSync(named) ? named : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** The page printed by a local Chromium, with the page size and margins its stylesheet asks for. */
export async function htmlToPdf(html: string, executablePath = findChromium()): Promise<Uint8Array> {
  if (!executablePath) throw new ExportError('no_browser', NO_BROWSER_MESSAGE);
  // The same flags as the tests: without them Chromium keeps trying the network at start.
  const browser = await chromium.launch({
    executablePath,
    args: ['--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}
