import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFakeApi } from '../testing/fake-api';
import { buttonNamed, click, render, settle, typeInto, type Rendered } from '../testing/render';
import { NewSpeechWizard } from './NewSpeechWizard';

let rendered: Rendered | undefined;
afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function renderWizard() {
  const fake = createFakeApi();
  const onCreated = vi.fn();
  rendered = await render(<NewSpeechWizard api={fake.api} onCreated={onCreated} onCancel={vi.fn()} />);
  await settle();
  return { ...fake, onCreated, container: rendered.container };
}

const field = (container: HTMLElement, key: string) => container.querySelector(`[data-testid="wizard-variable-${key}"]`);

describe('NewSpeechWizard', () => {
  it('shows skeleton cards with their sections, and the blank speech', async () => {
    const { container } = await renderWizard();
    const cards = [...container.querySelectorAll<HTMLElement>('[data-testid="skeleton-card"]')];
    expect(cards.map((card) => card.querySelector('.skeleton-card-name')?.textContent)).toEqual(['季度领导干部会议', '党建工作会议', '空白讲话稿']);
    expect([...(cards[0]?.querySelectorAll('.skeleton-card-sections li') ?? [])].map((item) => item.textContent)).toEqual([
      '开场季度会议开场',
      '回顾成绩经济指标回顾',
      '工作部署项目建设',
      '工作部署安全稳定',
      '结束语结束语',
    ]);
    expect(cards[0]?.querySelector('input')?.checked).toBe(true);
  });

  it('asks for required details, shows the outline in the chosen style and creates from the skeleton', async () => {
    const { container, calls, onCreated } = await renderWizard();
    await click(buttonNamed(container, '下一步'));
    await click(buttonNamed(container, '下一步'));
    expect(field(container, 'meeting')?.getAttribute('aria-invalid')).toBe('true');
    expect(container.textContent).toContain('请填写“会议名称”。');
    expect(container.querySelector('[data-testid="wizard-outline"]')).toBeNull();

    await typeInto(field(container, 'meeting'), '全区领导干部会议');
    await typeInto(field(container, 'region'), '高新区');
    await typeInto(field(container, 'period'), '前三季度');
    await typeInto(field(container, '重点项目'), '科创园');
    await click(container.querySelector('input[value="official"]'));
    await click(buttonNamed(container, '下一步'));
    const entries = [...container.querySelectorAll('[data-testid="wizard-outline-entry"]')].map((entry) => entry.textContent);
    expect(entries).toEqual(['一、聚焦项目，确保投资稳步增长', '（一）盯紧节点。推动项目提速。', '（二）强化服务。解决项目难题。', '二、守牢底线，确保大局和谐稳定', '（一）抓好安全生产。全面排查隐患。']);
    expect(container.querySelector('.outline-preview-excerpt')?.textContent).toBe('今天召开全区领导干部会议，主要任务是总结前三季度工作。');

    await click(buttonNamed(container, '创建讲话稿'));
    expect(calls.find((call) => call.method === 'createFromSkeleton')?.args).toEqual([
      { skeletonId: 'quarter-meeting', variables: { meeting: '全区领导干部会议', region: '高新区', period: '前三季度', 重点项目: '科创园' }, numberingStyle: 'official' },
    ]);
    expect(onCreated).toHaveBeenCalledWith('new-1');
  });
});
