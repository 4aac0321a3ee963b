import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSpeechLayout } from '../../common/export/layout-settings';
import type { EditorSnapshot, SpeechEditor } from '../editor/types';
import { buttonNamed, click, pressKey, render, type Rendered } from '../testing/render';
import { EditorToolbar } from './EditorToolbar';
import { OutlinePanel } from './OutlinePanel';
import { SnapshotStore } from './snapshot-store';
import { StatusBar } from './StatusBar';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const snapshot: EditorSnapshot = {
  title: '在全区领导干部会议上的讲话',
  ready: true,
  saveState: 'saving',
  unsynced: 2,
  characters: 12345,
  numberingStyle: 'speech',
  outline: [
    { pos: 10, level: 1, kind: 'heading', label: '一、', text: '攻坚克难，确保全年目标圆满收官' },
    { pos: 40, level: 2, kind: 'point', label: '1、', text: '盯紧节点，推动项目提速。' },
  ],
  active: { strong: true, emphasis: false, block: 'heading', lead: false, headingLevel: 2, canUndo: true, canRedo: false, textSelected: false },
  peers: [{ name: '李处长', color: '#c2410c' }],
  variables: { meeting: '全区领导干部会议' },
  usedVariables: ['meeting'],
  slots: 2,
  gaps: [],
  spoken: [],
  targetMinutes: null,
  layout: readSpeechLayout([]),
};

function fakeEditor() {
  const commands = {
    toggleStrong: vi.fn(() => true),
    toggleEmphasis: vi.fn(() => true),
    toggleLead: vi.fn(() => true),
    setHeading: vi.fn(() => true),
    setParagraph: vi.fn(() => true),
    moveSection: vi.fn(() => true),
    undo: vi.fn(() => true),
    redo: vi.fn(() => true),
    insertSection: vi.fn(() => true),
    nextSlot: vi.fn(() => true),
  };
  const editor = { commands, jumpTo: vi.fn(), focus: vi.fn(), setNumberingStyle: vi.fn(), destroy: vi.fn() } as unknown as SpeechEditor;
  return { editor, commands };
}

describe('EditorToolbar', () => {
  it('shows pressed state from the snapshot and names shortcuts in tooltips', async () => {
    const { editor } = fakeEditor();
    rendered = await render(<EditorToolbar editor={editor} snapshots={new SnapshotStore(snapshot)} />);
    const bar = rendered.container;
    expect(buttonNamed(bar, '加粗')?.getAttribute('aria-pressed')).toBe('true');
    expect(buttonNamed(bar, '着重')?.getAttribute('aria-pressed')).toBe('false');
    expect(buttonNamed(bar, '标题 2')?.getAttribute('aria-pressed')).toBe('true');
    expect(buttonNamed(bar, '正文')?.getAttribute('aria-pressed')).toBe('false');
    expect(buttonNamed(bar, '加粗')?.title).toBe('加粗（Ctrl+B）');
    expect(buttonNamed(bar, '上移章节')?.getAttribute('aria-keyshortcuts')).toBe('Alt+ArrowUp');
    expect(buttonNamed(bar, '重做')?.getAttribute('aria-disabled')).toBe('true');
    expect(buttonNamed(bar, '下一处空缺')?.title).toBe('下一处空缺（Ctrl+Alt+N）');
  });

  it('runs the commands, except unavailable ones', async () => {
    const { editor, commands } = fakeEditor();
    rendered = await render(<EditorToolbar editor={editor} snapshots={new SnapshotStore(snapshot)} />);
    const bar = rendered.container;
    await click(buttonNamed(bar, '标题 3'));
    await click(buttonNamed(bar, '下移章节'));
    await click(buttonNamed(bar, '引领句'));
    await click(buttonNamed(bar, '重做'));
    await click(buttonNamed(bar, '下一处空缺'));
    expect(commands.nextSlot).toHaveBeenCalled();
    expect(commands.setHeading).toHaveBeenCalledWith(3);
    expect(commands.moveSection).toHaveBeenCalledWith('down');
    expect(commands.toggleLead).toHaveBeenCalled();
    expect(commands.redo).not.toHaveBeenCalled();
  });

  it('is one tab stop with arrow keys between buttons', async () => {
    const { editor } = fakeEditor();
    rendered = await render(<EditorToolbar editor={editor} snapshots={new SnapshotStore(snapshot)} />);
    const buttons = [...rendered.container.querySelectorAll('button')];
    expect(buttons.filter((button) => button.tabIndex === 0)).toHaveLength(1);
    buttons[0]?.focus();
    await pressKey(buttons[0], 'ArrowLeft');
    expect(document.activeElement).toBe(buttons.at(-1));
    await pressKey(document.activeElement, 'Home');
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('is inert until the speech has loaded', async () => {
    rendered = await render(<EditorToolbar editor={null} snapshots={new SnapshotStore(null)} />);
    expect([...rendered.container.querySelectorAll('button')].every((button) => button.getAttribute('aria-disabled') === 'true')).toBe(true);
  });
});

describe('OutlinePanel', () => {
  it('lists numbered entries indented by level and jumps on click', async () => {
    const onJump = vi.fn();
    rendered = await render(<OutlinePanel entries={snapshot.outline} onJump={onJump} />);
    const entries = [...rendered.container.querySelectorAll<HTMLButtonElement>('[data-testid="outline-entry"]')];
    expect(entries.map((entry) => entry.textContent)).toEqual(['一、攻坚克难，确保全年目标圆满收官', '1、盯紧节点，推动项目提速。']);
    expect(entries[1]?.parentElement?.style.paddingInlineStart).toBe('22px');
    await click(entries[1]);
    expect(onJump).toHaveBeenCalledWith(snapshot.outline[1]);
  });
});

describe('StatusBar', () => {
  it('shows 字数, save state and peers', async () => {
    rendered = await render(<StatusBar snapshots={new SnapshotStore(snapshot)} />);
    const bar = rendered.container;
    expect(bar.querySelector('[data-testid="status-characters"]')?.textContent).toBe('字数 12,345');
    expect(bar.querySelector('[data-testid="save-state"]')?.textContent).toBe('保存中…');
    expect(bar.querySelector('[data-testid="status-peers"]')?.textContent).toContain('李处长');
  });

  it('counts the unsynced changes only while offline', async () => {
    rendered = await render(<StatusBar snapshots={new SnapshotStore({ ...snapshot, saveState: 'offline', unsynced: 3 })} />);
    const state = rendered.container.querySelector('[data-testid="save-state"]');
    expect(state?.textContent).toBe('离线 · 3 处修改未同步');
    expect(state?.getAttribute('title')).toBe('离线时的修改保存在本机，连上主机后自动同步。');
    rendered.unmount();
    rendered = await render(<StatusBar snapshots={new SnapshotStore({ ...snapshot, saveState: 'offline', unsynced: 0 })} />);
    expect(rendered.container.querySelector('[data-testid="save-state"]')?.textContent).toBe('离线');
  });

  it('says connecting before the editor reports', async () => {
    rendered = await render(<StatusBar snapshots={new SnapshotStore(null)} />);
    expect(rendered.container.querySelector('[data-testid="save-state"]')?.textContent).toBe('连接中…');
  });
});
