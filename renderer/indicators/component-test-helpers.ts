import { act } from 'react';
import { settle } from '../testing/render';

/** Chooses a file in a hidden file input, as the browser's chooser would, and waits for what it starts. */
export async function chooseFile(input: Element | null, name: string, text: string): Promise<void> {
  if (!(input instanceof HTMLInputElement)) throw new Error('no file input');
  const file = new File([text], name, { type: 'text/csv' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  // FileReader answers on a later task than promises: wait for it, then for the preview.
  await act(async () => await new Promise((resolve) => setTimeout(resolve, 0)));
  await settle();
}

/** Picks an option of a React-controlled select. */
export async function selectOption(select: Element | null | undefined, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error('not a select');
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')?.set;
  await act(async () => {
    setter?.call(select, value);
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}
