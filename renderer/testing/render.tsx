import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../i18n/i18n';
import type { Language } from '../i18n/language';

// Tells React that updates in tests happen inside act(), so it flushes them before assertions.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  unmount: () => void;
}

/** Renders into a detached-from-nothing container with a real i18n instance, as main.tsx does. */
export async function render(ui: ReactNode, language: Language = 'zh-CN'): Promise<Rendered> {
  const container = document.createElement('div');
  document.body.append(container);
  const i18n = createI18n(language);
  let root: Root | undefined;
  await act(async () => {
    root = createRoot(container);
    root.render(<I18nextProvider i18n={i18n}>{ui}</I18nextProvider>);
  });
  return {
    container,
    unmount: () => {
      act(() => root?.unmount());
      container.remove();
    },
  };
}

/** Lets pending promises (fake API calls) resolve and React commit what they caused. */
export async function settle(): Promise<void> {
  for (let round = 0; round < 5; round += 1) await act(async () => await Promise.resolve());
}

export async function click(element: Element | null | undefined): Promise<void> {
  if (!(element instanceof HTMLElement)) throw new Error('nothing to click');
  await act(async () => element.click());
  await settle();
}

/** Types into a React-controlled input: React listens for `input` events and reads the native value. */
export async function typeInto(input: Element | null | undefined, value: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('not an input');
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

export async function pressKey(target: Element | null | undefined, key: string): Promise<void> {
  if (!target) throw new Error('no key target');
  await act(async () => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  await settle();
}

export function buttonNamed(container: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...container.querySelectorAll('button')].find((button) => (button.getAttribute('aria-label') ?? button.textContent?.trim()) === name);
}
