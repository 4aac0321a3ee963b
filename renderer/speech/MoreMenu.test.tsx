import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, pressKey, render, type Rendered } from '../testing/render';
import { MoreMenu } from './MoreMenu';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function items() {
  return [
    { key: 'freeze', label: '定稿…', onSelect: vi.fn() },
    { key: 'template', label: '存为模板…', onSelect: vi.fn(), disabled: true },
    { key: 'print', label: '打印 / PDF…', onSelect: vi.fn() },
  ];
}

async function renderMenu(list = items()) {
  rendered = await render(<MoreMenu label="更多" items={list} testId="more-menu" />);
  const button = rendered.container.querySelector<HTMLButtonElement>('[data-testid="more-menu"]');
  const menuItems = () => [...(rendered?.container.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
  return { button, menuItems, list };
}

describe('MoreMenu', () => {
  it('opens on click with the focus on the first item and says so', async () => {
    const { button, menuItems } = await renderMenu();
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(menuItems()).toHaveLength(0);
    await click(button);
    expect(button?.getAttribute('aria-expanded')).toBe('true');
    expect(rendered?.container.querySelector('[role="menu"]')?.id).toBe(button?.getAttribute('aria-controls'));
    expect(menuItems().map((item) => item.textContent)).toEqual(['定稿…', '存为模板…', '打印 / PDF…']);
    expect(document.activeElement).toBe(menuItems()[0]);
  });

  it('moves with the arrow keys past disabled items, wraps, and jumps with Home and End', async () => {
    const { button, menuItems } = await renderMenu();
    await click(button);
    await pressKey(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(menuItems()[2]);
    await pressKey(document.activeElement, 'ArrowDown');
    expect(document.activeElement).toBe(menuItems()[0]);
    await pressKey(document.activeElement, 'ArrowUp');
    expect(document.activeElement).toBe(menuItems()[2]);
    await pressKey(document.activeElement, 'Home');
    expect(document.activeElement).toBe(menuItems()[0]);
    await pressKey(document.activeElement, 'End');
    expect(document.activeElement).toBe(menuItems()[2]);
  });

  it('opens from the keyboard at either end', async () => {
    const { button, menuItems } = await renderMenu();
    button?.focus();
    await pressKey(button, 'ArrowUp');
    expect(document.activeElement).toBe(menuItems()[2]);
  });

  it('closes on Escape and gives the focus back to its button', async () => {
    const { button, menuItems } = await renderMenu();
    await click(button);
    await pressKey(document.activeElement, 'Escape');
    expect(menuItems()).toHaveLength(0);
    expect(button?.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });

  it('runs the chosen command once, closes, and returns the focus', async () => {
    const { button, menuItems, list } = await renderMenu();
    await click(button);
    await click(menuItems()[2]);
    expect(list[2]?.onSelect).toHaveBeenCalledTimes(1);
    expect(list[0]?.onSelect).not.toHaveBeenCalled();
    expect(menuItems()).toHaveLength(0);
    expect(document.activeElement).toBe(button);
  });

  it('closes when the pointer goes down elsewhere', async () => {
    const { button, menuItems } = await renderMenu();
    await click(button);
    await act(async () => document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })));
    expect(menuItems()).toHaveLength(0);
  });
});
