import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../host/api-error';
import { buttonNamed, click, pressKey, render, settle, type Rendered } from '../testing/render';
import { ConfirmDialog } from './ConfirmDialog';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** A request the test answers when it wants, so the busy state between click and answer can be looked at. */
function pendingRequest() {
  let answer: { resolve: () => void; reject: (error: unknown) => void } = { resolve: () => undefined, reject: () => undefined };
  const requests: Promise<void>[] = [];
  const start = () => {
    const request = new Promise<void>((resolve, reject) => {
      answer = { resolve, reject };
    });
    requests.push(request);
    return request;
  };
  return { start, requests, resolve: () => answer.resolve(), reject: (error: unknown) => answer.reject(error) };
}

/** Owns the dialog as the views do: closes it on cancel and once the action has succeeded. */
function Owner({ request, danger }: { request: () => Promise<void>; danger?: boolean }) {
  const [open, setOpen] = useState(true);
  if (!open) return <p data-testid="closed" />;
  return (
    <ConfirmDialog
      title="删除指标？"
      body="“GDP”的全部数据将被删除。"
      confirmLabel="删除指标"
      danger={danger}
      action={async () => {
        await request();
        setOpen(false);
      }}
      failureContext="删除失败："
      onCancel={() => setOpen(false)}
      testId="confirm"
      confirmTestId="confirm-yes"
    />
  );
}

const dialog = () => document.querySelector<HTMLElement>('[data-testid="confirm"]');
const confirmButton = () => document.querySelector<HTMLButtonElement>('[data-testid="confirm-yes"]');
const cancelButton = () => buttonNamed(document, '取消');
const closed = () => document.querySelector('[data-testid="closed"]') !== null;

/** A pointer click focuses the button first; element.click() alone does not. */
async function pressConfirm() {
  confirmButton()?.focus();
  await click(confirmButton());
}

describe('ConfirmDialog', () => {
  it('asks as an alertdialog described by its body, with Cancel focused and Escape cancelling', async () => {
    const request = pendingRequest();
    rendered = await render(<Owner request={request.start} danger />);
    expect(dialog()?.getAttribute('role')).toBe('alertdialog');
    expect(document.getElementById(dialog()?.getAttribute('aria-describedby') ?? '')?.textContent).toBe('“GDP”的全部数据将被删除。');
    expect(dialog()?.querySelector('h2')?.textContent).toBe('删除指标？');
    expect(document.activeElement).toBe(cancelButton());
    expect(confirmButton()?.className).toContain('button-danger-solid');

    await pressKey(dialog(), 'Escape');
    expect(closed()).toBe(true);
    expect(request.requests).toHaveLength(0);
  });

  it('is busy while the action runs: both buttons disabled, Escape ignored', async () => {
    const request = pendingRequest();
    rendered = await render(<Owner request={request.start} />);
    expect(confirmButton()?.className).toContain('button-primary');

    await pressConfirm();
    expect(request.requests).toHaveLength(1);
    expect(confirmButton()?.disabled).toBe(true);
    expect(confirmButton()?.getAttribute('aria-busy')).toBe('true');
    expect(cancelButton()?.disabled).toBe(true);
    await pressKey(dialog(), 'Escape');
    expect(closed()).toBe(false);
  });

  it('shows a failure inside the dialog and stays open to retry, then closes on success', async () => {
    const request = pendingRequest();
    rendered = await render(<Owner request={request.start} />);

    await pressConfirm();
    request.reject(new ApiRequestError('conflict', 'indicator is in use', 409));
    await settle();
    const failure = dialog()?.querySelector('[role="alert"]');
    expect(failure?.textContent).toContain('删除失败：');
    expect(failure?.textContent).toContain('操作与当前状态冲突');
    expect(failure?.textContent).toContain('indicator is in use');
    expect(closed()).toBe(false);
    expect(confirmButton()?.disabled).toBe(false);
    expect(confirmButton()?.getAttribute('aria-busy')).toBe('false');
    expect(document.activeElement).toBe(cancelButton());

    await pressConfirm();
    expect(request.requests).toHaveLength(2);
    expect(dialog()?.querySelector('[role="alert"]')).toBeNull();
    request.resolve();
    await settle();
    expect(closed()).toBe(true);
    expect(dialog()).toBeNull();
  });
});
