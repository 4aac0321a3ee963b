import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiRequestError } from '../host/api-error';
import { createFakeApi } from '../testing/fake-api';
import { buttonNamed, click, render, settle, typeInto, type Rendered } from '../testing/render';
import { App } from './App';
import { IDENTITY_STORAGE_KEY, loadIdentity } from './identity/user-identity';

const connected = () => ({ kind: 'connected' as const, connection: { origin: 'http://127.0.0.1:4870', token: 'dev' } });
let rendered: Rendered | undefined;

beforeEach(() => {
  localStorage.clear();
  window.location.hash = '#/';
});

afterEach(() => {
  rendered?.unmount();
  rendered = undefined;
});

async function renderApp(ui: Parameters<typeof render>[0]) {
  rendered = await render(ui);
  await settle();
  return rendered.container;
}

describe('App', () => {
  it('explains how to open the app without a token', async () => {
    const container = await renderApp(<App discover={() => ({ kind: 'missing-token', origin: 'http://127.0.0.1:4870' })} />);
    expect(container.querySelector('h1')?.textContent).toBe('请从讲稿台服务给出的地址打开');
    expect(container.querySelector('code')?.textContent).toBe('http://127.0.0.1:4870/#token=…');
  });

  it('discovers again when the printed address is pasted into the same tab', async () => {
    localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ name: '王', color: '#1f6feb' }));
    const { api } = createFakeApi();
    let result: ReturnType<Parameters<typeof App>[0]['discover']> = { kind: 'missing-token', origin: 'http://127.0.0.1:4870' };
    const container = await renderApp(<App discover={() => result} api={api} />);
    expect(container.querySelector('[data-testid="missing-token"]')).not.toBeNull();
    result = connected();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(container.querySelector('[data-testid="library-view"]')).not.toBeNull();
  });

  it('asks for a name and colour on first start and keeps them', async () => {
    await renderApp(<App discover={connected} api={createFakeApi().api} />);
    const dialog = document.querySelector('[data-testid="identity-dialog"]');
    expect(dialog?.getAttribute('role')).toBe('dialog');
    await click(buttonNamed(dialog!, '开始使用'));
    expect(dialog?.querySelector('[role="alert"]')?.textContent).toBe('请填写显示名称。');

    await typeInto(dialog?.querySelector('input:not([type])'), '王秘书');
    await click(dialog?.querySelector('input[aria-label="绿色"]'));
    await click(buttonNamed(dialog!, '开始使用'));
    expect(document.querySelector('[data-testid="identity-dialog"]')).toBeNull();
    expect(loadIdentity(localStorage)).toEqual({ name: '王秘书', color: '#15803d' });
  });

  it('routes between the library and the trash by the URL fragment', async () => {
    localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ name: '王', color: '#1f6feb' }));
    const container = await renderApp(<App discover={connected} api={createFakeApi().api} />);
    expect(container.querySelector('[data-testid="library-view"]')).not.toBeNull();
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('文稿库');

    window.location.hash = '#/trash';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    expect(container.querySelector('[data-testid="trash-view"]')).not.toBeNull();
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('回收站');
  });

  it('switches the language and remembers it', async () => {
    localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ name: '王', color: '#1f6feb' }));
    const container = await renderApp(<App discover={connected} api={createFakeApi().api} />);
    const select = container.querySelector<HTMLSelectElement>('[data-testid="language-switch"]')!;
    select.value = 'en';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Library');
    expect(localStorage.getItem('speechdesk.language')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('shows the token screen when the host refuses the token', async () => {
    const { api } = createFakeApi();
    api.session = vi.fn().mockRejectedValue(new ApiRequestError('unauthorized', 'bad token', 401));
    const container = await renderApp(<App discover={connected} api={api} />);
    expect(container.querySelector('[data-testid="missing-token"] h1')?.textContent).toBe('访问令牌无效');
  });

  it('shows an invitation only its speech, never the library, whatever the address says', async () => {
    localStorage.setItem(IDENTITY_STORAGE_KEY, JSON.stringify({ name: '王', color: '#1f6feb' }));
    const { api } = createFakeApi();
    api.session = vi.fn().mockResolvedValue({ version: 'test', collabPath: '/collab', role: 'viewer', speechId: 'missing-speech' });
    const container = await renderApp(<App discover={connected} api={api} />);
    expect(container.querySelector('[data-testid="speech-screen"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="nav-library"]')).toBeNull();
    expect(container.querySelector('[data-testid="back-to-library"]')).toBeNull();
    expect(container.querySelector('[data-testid="role-badge"]')?.textContent).toBe('只读');
  });

  it('says that an invitation ended when the host refuses it as revoked', async () => {
    const { api } = createFakeApi();
    api.session = vi.fn().mockRejectedValue(new ApiRequestError('unauthorized', 'bearer token refused: this invitation was revoked', 401));
    const container = await renderApp(<App discover={connected} api={api} />);
    expect(container.querySelector('[data-testid="missing-token"] h1')?.textContent).toBe('邀请链接已失效');
  });
});
