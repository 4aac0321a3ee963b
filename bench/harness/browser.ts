import { readFileSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page } from 'playwright-core';
import { APP_CONTEXT_OPTIONS, CHROMIUM_LAUNCH_OPTIONS } from '../../e2e/chromium';
import { within } from '../lib/within';

const PROBE = readFileSync(new URL('../pages/probe.js', import.meta.url), 'utf8');

/** Debian's Chromium as the end-to-end specs launch it, headless, and no throttling of unfocused pages or timers. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    ...CHROMIUM_LAUNCH_OPTIONS,
    args: [
      ...CHROMIUM_LAUNCH_OPTIONS.args,
      '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding',
      '--disable-backgrounding-occluded-windows',
      '--enable-precise-memory-info',
    ],
  });
}

export interface ContextOptions {
  /** For the app: the host's token, as a user who was given the link has it in the tab. */
  token?: string;
  /** The probe opens for this text (see probe.js). */
  openMarker?: string;
  user?: { name: string; color: string };
}

/** A browser context whose pages all carry the probe; for the app, the token and a chosen identity. */
export async function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(APP_CONTEXT_OPTIONS);
  const user = options.user ?? { name: '写稿人', color: '#1f6feb' };
  await context.addInitScript(
    ([token, identity, marker]) => {
      if (token) window.sessionStorage.setItem('speechdesk.token', token);
      window.localStorage.setItem('speechdesk.identity', identity ?? '');
      (window as { __benchConfig?: unknown }).__benchConfig = { openMarker: marker };
    },
    [options.token ?? '', JSON.stringify(user), options.openMarker ?? ''],
  );
  await context.addInitScript({ content: PROBE });
  return context;
}

/** Opens `url` and waits until the probe has typed into the editable editor and seen the keystroke kept. */
export async function openEditable(context: BrowserContext, url: string, beforeNavigation?: (page: Page) => Promise<void>): Promise<{ page: Page; openedMs: number }> {
  const page = await context.newPage();
  await beforeNavigation?.(page);
  await page.goto(url);
  const handle = await page.waitForFunction(() => (window as unknown as { __bench: { opened?: number } }).__bench.opened, undefined, { polling: 50, timeout: 60_000 });
  const openedMs = (await handle.jsonValue()) as number;
  if (openedMs < 0) throw new Error(`${url}: the editor did not keep a keystroke`);
  return { page, openedMs };
}

/** How long one measured step (a keystroke shown, a change arriving) may take before its group fails. */
export const STEP_TIMEOUT_MS = 30_000;

export interface KeystrokeSample {
  /** Page clock (ms since its time origin) and absolute (timeOrigin + start) of the keystroke's first event. */
  start: number;
  startAbs: number;
  work: number;
  frame: number;
}

/** A page's keystroke driver: CDP Input.insertText, which commits text as an IME does. */
export class Keyboard {
  private constructor(
    private readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  static async of(page: Page): Promise<Keyboard> {
    return new Keyboard(page, await page.context().newCDPSession(page));
  }

  caretAtEnd(blockIndex: number): Promise<string> {
    return this.page.evaluate((index) => (window as unknown as { __bench: { caretAtEnd(index: number): string } }).__bench.caretAtEnd(index), blockIndex);
  }

  /** Types one committed character and returns the probe's timings for it. */
  async keystroke(character: string): Promise<KeystrokeSample> {
    await this.page.evaluate(() => {
      const w = window as unknown as { __bench: { keystroke(): Promise<unknown> }; __benchSample?: Promise<unknown> };
      w.__benchSample = w.__bench.keystroke();
    });
    await this.cdp.send('Input.insertText', { text: character });
    const sample = this.page.evaluate(() => (window as unknown as { __benchSample: Promise<unknown> }).__benchSample);
    return (await within(sample, STEP_TIMEOUT_MS, `keystroke ${character}`)) as KeystrokeSample;
  }

  /** Types without measuring (for volume). */
  insert(character: string): Promise<unknown> {
    return this.cdp.send('Input.insertText', { text: character });
  }

  send<T>(method: string, params?: object): Promise<T> {
    return this.cdp.send(method as never, params as never) as Promise<T>;
  }
}
