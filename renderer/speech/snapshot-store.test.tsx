import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { EditorSnapshot } from '../editor/types';
import { render, type Rendered } from '../testing/render';
import { SnapshotStore, useSnapshot } from './snapshot-store';

const base = { characters: 10, title: '讲话', outline: [] } as unknown as EditorSnapshot;

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.unmount();
  rendered = null;
});

describe('useSnapshot', () => {
  it('re-renders a component when its slice changes, and not when another slice does', async () => {
    const store = new SnapshotStore(base);
    const renders = { characters: 0, title: 0 };
    function Characters() {
      renders.characters += 1;
      return <span data-testid="characters">{useSnapshot(store, (snapshot) => snapshot?.characters ?? 0)}</span>;
    }
    function Title() {
      renders.title += 1;
      return <span data-testid="title">{useSnapshot(store, (snapshot) => snapshot?.title ?? '')}</span>;
    }
    rendered = await render(
      <>
        <Characters />
        <Title />
      </>,
    );
    expect(renders).toEqual({ characters: 1, title: 1 });

    await act(async () => store.set({ ...base, characters: 11 }));
    expect(rendered.container.querySelector('[data-testid="characters"]')?.textContent).toBe('11');
    expect(renders).toEqual({ characters: 2, title: 1 });

    await act(async () => store.set(null));
    expect(rendered.container.querySelector('[data-testid="characters"]')?.textContent).toBe('0');
    expect(rendered.container.querySelector('[data-testid="title"]')?.textContent).toBe('');
  });

  it('tells nobody when the same snapshot is set again', () => {
    const store = new SnapshotStore(base);
    let told = 0;
    store.subscribe(() => (told += 1));
    store.set(base);
    expect(told).toBe(0);
    store.set({ ...base });
    expect(told).toBe(1);
  });
});
