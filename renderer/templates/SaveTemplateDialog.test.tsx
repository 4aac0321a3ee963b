import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { sampleCatalog } from '../testing/template-fixture';
import { buttonNamed, click, render, typeInto, type Rendered } from '../testing/render';
import { SaveTemplateDialog } from './SaveTemplateDialog';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

describe('SaveTemplateDialog', () => {
  it('needs a name, then saves the blocks as they are with the chosen kind', async () => {
    const { api, calls } = createFakeApi();
    const content = sampleCatalog().sections[3]?.content ?? [];
    const onSaved = vi.fn();
    rendered = await render(<SaveTemplateDialog api={api} content={content} numberingStyle="speech" initialKind="opening" onSaved={onSaved} onCancel={vi.fn()} />);
    const { container } = rendered;
    expect([...container.querySelectorAll('.preview-line')].map((line) => line.textContent)).toEqual(['一、聚焦项目，确保投资稳步增长', '1、盯紧节点。推动项目提速。', '2、强化服务。解决项目难题。']);
    await click(buttonNamed(container, '保存模板'));
    expect(container.textContent).toContain('请填写模板名称。');
    expect(calls.some((call) => call.method === 'saveTemplate')).toBe(false);

    await typeInto(container.querySelector('[data-testid="template-name"]'), '我的项目部署');
    const select = container.querySelector<HTMLSelectElement>('[data-testid="template-kind-select"]');
    if (!select) throw new Error('no kind select');
    select.value = 'deploy';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await click(buttonNamed(container, '保存模板'));
    expect(calls.find((call) => call.method === 'saveTemplate')?.args).toEqual([{ name: '我的项目部署', kind: 'deploy', content }]);
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: '我的项目部署', kind: 'deploy', source: 'user' }));
  });

  it('says what to do when nothing is selected', async () => {
    const { api } = createFakeApi();
    rendered = await render(<SaveTemplateDialog api={api} content={[]} numberingStyle="speech" initialKind="opening" onSaved={vi.fn()} onCancel={vi.fn()} />);
    expect(rendered.container.querySelector('[role="alert"]')?.textContent).toContain('请先把光标放在要保存的章节里');
    expect(buttonNamed(rendered.container, '保存模板')?.disabled).toBe(true);
  });
});
