import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { readSpeechLayout } from '../../common/export/layout-settings';
import type { EditorSnapshot } from '../editor/types';
import { buttonNamed, click, render, typeInto, type Rendered } from '../testing/render';
import { otherVariables, SpeechSettingsPanel } from './SpeechSettingsPanel';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

const snapshot = { variables: { meeting: '全区领导干部会议', 项目: '科创园' }, usedVariables: ['meeting', '重点工作'], slots: 3, numberingStyle: 'speech', layout: readSpeechLayout([]) } as unknown as EditorSnapshot;

describe('SpeechSettingsPanel', () => {
  it('edits the standard and the speech\'s own variables, marking unfilled ones, and commits on blur', async () => {
    const onSetVariable = vi.fn();
    const onNextSlot = vi.fn();
    rendered = await render(<SpeechSettingsPanel snapshot={snapshot} onSetVariable={onSetVariable} onNumberingStyle={vi.fn()} onSetLayoutField={vi.fn()} onResetLayout={vi.fn()} onNextSlot={onNextSlot} onClose={vi.fn()} />);
    const { container } = rendered;
    const labels = [...container.querySelectorAll('.variable-setting label')].map((label) => label.textContent);
    expect(labels).toEqual(['会议名称', '地区未填写', '讲话人未填写', '日期未填写', '回顾期间未填写', '重点工作未填写', '项目']);
    const region = container.querySelector<HTMLInputElement>('[data-testid="setting-variable-region"]');
    region?.focus();
    await typeInto(region, ' 高新区 ');
    expect(onSetVariable).not.toHaveBeenCalled();
    await act(async () => region?.blur());
    expect(onSetVariable).toHaveBeenCalledWith('region', '高新区');

    expect(container.querySelector('[data-testid="slot-summary"]')?.textContent).toContain('正文中还有 3 处空缺待填写。');
    await click(buttonNamed(container, '转到下一处空缺'));
    expect(onNextSlot).toHaveBeenCalled();
    expect(container.querySelector('[data-testid="layout-settings"] legend')?.textContent).toBe('版式');
  });

  it('holds the numbering style, which it switches for every co-editor', async () => {
    const onNumberingStyle = vi.fn();
    rendered = await render(
      <SpeechSettingsPanel snapshot={snapshot} onSetVariable={vi.fn()} onNumberingStyle={onNumberingStyle} onSetLayoutField={vi.fn()} onResetLayout={vi.fn()} onNextSlot={vi.fn()} onClose={vi.fn()} />,
    );
    const official = rendered.container.querySelector<HTMLInputElement>('[data-testid="numbering-style"] input[value="official"]');
    expect(rendered.container.querySelector<HTMLInputElement>('[data-testid="numbering-style"] input[value="speech"]')?.checked).toBe(true);
    await click(official);
    expect(onNumberingStyle).toHaveBeenCalledWith('official');
  });

  it('lists the other variables the text uses or that are set', () => {
    expect(otherVariables(snapshot)).toEqual(['重点工作', '项目']);
  });
});
