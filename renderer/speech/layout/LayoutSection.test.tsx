import { act, useEffect, useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { resetLayout, resetLayoutField, setLayoutField, speechLayout } from '../../../common/export/layout-settings';
import { buttonNamed, click, pressKey, render, typeInto, type Rendered } from '../../testing/render';
import { LayoutSection } from './LayoutSection';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

/** The section over a speech's real settings map, re-rendered when it changes, as the editor's snapshot does. */
function Harness({ settings }: { settings: Y.Map<unknown> }) {
  const [layout, setLayout] = useState(() => speechLayout(settings));
  useEffect(() => {
    const follow = () => setLayout(speechLayout(settings));
    settings.observe(follow);
    return () => settings.unobserve(follow);
  }, [settings]);
  return <LayoutSection layout={layout} onSet={(field, value) => setLayoutField(settings, field, value)} onReset={(field) => (field ? resetLayoutField(settings, field) : resetLayout(settings))} />;
}

async function mount(settings = new Y.Doc().getMap<unknown>('settings')) {
  rendered = await render(<Harness settings={settings} />);
  const { container } = rendered;
  const input = (id: string) => container.querySelector<HTMLInputElement>(`[data-testid="${id}"]`);
  const enter = async (id: string, value: string) => {
    input(id)?.focus();
    await typeInto(input(id), value);
    await act(async () => input(id)?.blur());
  };
  const errors = () => [...container.querySelectorAll('[data-testid="layout-error"]')].map((error) => error.textContent);
  return { container, settings, input, enter, errors };
}

const stored = (settings: Y.Map<unknown>) => Object.fromEntries(settings.entries());

describe('LayoutSection', () => {
  it('shows the GB/T 9704 defaults in 毫米, 行, 字 and 号', async () => {
    const { container, input } = await mount();
    expect(['marginsMm-top', 'marginsMm-bottom', 'marginsMm-left', 'marginsMm-right', 'linesPerPage', 'charactersPerLine', 'firstLineIndentChars'].map((id) => input(`layout-${id}`)?.value)).toEqual(['37', '35', '28', '26', '22', '28', '2']);
    expect(input('layout-body-font')?.value).toBe('仿宋_GB2312');
    const selected = (id: string) => container.querySelector<HTMLSelectElement>(`[data-testid="${id}"]`)?.selectedOptions[0]?.textContent;
    expect([selected('layout-title-sizePt'), selected('layout-body-sizePt'), selected('layout-pageNumber-sizePt'), selected('layout-pageNumber-dash'), selected('layout-pageNumber-position')]).toEqual(['二号', '三号', '四号', '— 1 —', '单页居右、双页居左']);
    expect(container.querySelectorAll('.layout-reset')).toHaveLength(0);
  });

  it('writes a changed field on blur, and 恢复默认 takes it back', async () => {
    const { container, settings, enter, input } = await mount();
    await enter('layout-marginsMm-top', '30');
    expect(stored(settings)).toEqual({ 'layout.marginsMm.top': 30 });
    await enter('layout-body-font', '方正仿宋_GBK');
    expect(settings.get('layout.body.font')).toEqual({ eastAsia: '方正仿宋_GBK', fallback: 'FangSong' });
    const size = container.querySelector<HTMLSelectElement>('[data-testid="layout-body-sizePt"]');
    await act(async () => {
      if (size) size.value = '15';
      size?.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(settings.get('layout.body.sizePt')).toBe(15);
    await click(buttonNamed(container, '上边距恢复默认'));
    expect(input('layout-marginsMm-top')?.value).toBe('37');
    expect(Object.keys(stored(settings)).sort()).toEqual(['layout.body.font', 'layout.body.sizePt']);
    // One button for the row: the font and the size go back together.
    await click(buttonNamed(container, '正文字体恢复默认'));
    expect(stored(settings)).toEqual({});
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const { settings, enter, errors, input } = await mount();
    await enter('layout-marginsMm-top', '三十');
    expect(errors()).toEqual(['请输入数字，未作修改。']);
    await enter('layout-marginsMm-top', '-5');
    expect(errors()).toEqual(['请输入 0 到 100 之间的数，未作修改。']);
    await enter('layout-linesPerPage', '22.5');
    await enter('layout-charactersPerLine', '60');
    expect(errors()).toEqual(['请输入 0 到 100 之间的数，未作修改。', '请输入 1 到 100 之间的整数，未作修改。', '这样每行排不下所设字数：请减少字数，或缩小正文字号、左右边距。未作修改。']);
    await enter('layout-body-font', '');
    expect(errors()).toHaveLength(4);
    expect(stored(settings)).toEqual({});
    // The refused draft stays to be corrected; a good value clears the message.
    expect(input('layout-marginsMm-top')?.value).toBe('-5');
    input('layout-marginsMm-top')?.focus();
    await typeInto(input('layout-marginsMm-top'), '30');
    await pressKey(input('layout-marginsMm-top'), 'Enter');
    expect(errors()).toHaveLength(3);
    expect(stored(settings)).toEqual({ 'layout.marginsMm.top': 30 });
  });

  it('names stored values it could not use, and 全部恢复默认 clears them with every change', async () => {
    const settings = new Y.Doc().getMap<unknown>('settings');
    settings.set('layout.marginsMm.left', 'wide');
    settings.set('layout.pageNumber.position', 'center');
    settings.set('numberingStyle', 'official');
    const { container } = await mount(settings);
    expect(container.querySelector('[data-testid="layout-problems"]')?.textContent).toBe('以下设置保存的值无效，导出时按默认值处理：左边距。重新设置或恢复默认即可。');
    await click(container.querySelector('[data-testid="layout-reset-all"]'));
    expect(container.querySelector('[data-testid="layout-problems"]')).toBeNull();
    expect(stored(settings)).toEqual({ numberingStyle: 'official' });
  });
});
