import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import type { SectionTemplate, TemplateKind } from '../../common/api';
import { sampleCatalog } from '../testing/template-fixture';
import { buttonNamed, click, render, type Rendered } from '../testing/render';
import { SectionGallery } from './SectionGallery';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

function Harness({ onInsert }: { onInsert: (template: SectionTemplate) => boolean }) {
  const [kind, setKind] = useState<TemplateKind>('opening');
  return (
    <SectionGallery
      catalog={{ status: 'ready', catalog: sampleCatalog() }}
      onRetry={vi.fn()}
      kind={kind}
      onKind={setKind}
      numberingStyle="speech"
      variables={{ meeting: '全区领导干部会议' }}
      onInsert={onInsert}
      onClose={vi.fn()}
    />
  );
}

const cards = (container: HTMLElement) => [...container.querySelectorAll<HTMLElement>('[data-testid="section-template"]')];

describe('SectionGallery', () => {
  it('browses templates by kind with previews, inserts one and lists files that failed to load', async () => {
    const onInsert = vi.fn((template: SectionTemplate) => template.id !== 'deploy-safety');
    rendered = await render(<Harness onInsert={onInsert} />);
    const { container } = rendered;
    const tabs = [...container.querySelectorAll('[role="tab"]')];
    expect(tabs.map((tab) => tab.textContent)).toEqual(['开场2', '回顾成绩1', '形势分析0', '问题短板0', '工作部署2', '党的建设0', '明年谋划0', '结束语1']);
    expect(cards(container).map((card) => card.getAttribute('aria-label'))).toEqual(['季度会议开场', '简短开场']);
    expect(cards(container)[0]?.querySelector('[data-testid="section-template-preview"]')?.textContent).toBe('今天召开全区领导干部会议，主要任务是总结回顾期间工作。');

    await click(tabs[4]);
    expect(cards(container).map((card) => card.getAttribute('aria-label'))).toEqual(['项目建设', '安全稳定']);
    expect([...(cards(container)[0]?.querySelectorAll('.preview-line') ?? [])].map((line) => line.textContent)).toEqual(['一、聚焦项目，确保投资稳步增长', '1、盯紧节点。推动项目提速。', '2、强化服务。解决项目难题。']);
    await click(buttonNamed(container, '在光标处插入“项目建设”'));
    expect(onInsert).toHaveBeenCalledWith(expect.objectContaining({ id: 'deploy-projects' }));
    expect(container.querySelector('[data-testid="gallery-notice"]')?.textContent).toBe('已插入“项目建设”。');
    await click(buttonNamed(container, '在光标处插入“安全稳定”'));
    expect(container.querySelector('[data-testid="gallery-notice"]')?.textContent).toContain('无法插入');

    expect(container.querySelector('[data-testid="template-problems"] summary')?.textContent).toBe('1 个模板文件未能加载');
    expect(container.querySelector('[data-testid="template-problem"]')?.textContent).toBe('templates/sections/broken.json:3:7: unknown kind "foo"');
  });
});
