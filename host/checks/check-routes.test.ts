import { describe, expect, it } from 'vitest';
import { useTestHosts } from '../testing/test-host';

const startHost = useTestHosts();

describe('GET /api/checks/formulations', () => {
  it('serves the shipped list of outdated formulations, behind the token', async () => {
    const host = await startHost();
    const response = await host.request('GET', '/api/checks/formulations');
    expect(response.status).toBe(200);
    const body = (await response.json()) as { formulations: Array<{ old: string }> };
    expect(body.formulations.map((entry) => entry.old)).toContain('环境保护局');
    expect((await host.request('GET', '/api/checks/formulations', { token: null })).status).toBe(401);
  });
});
