import { connect } from 'node:net';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { useTestHosts } from './testing/test-host';

const startHost = useTestHosts();

describe('stopping the host', () => {
  it('is not held up by a client that stopped halfway through a request', async () => {
    const host = await startHost();
    const socket = connect(host.port, '127.0.0.1');
    await once(socket, 'connect');
    // The request line and one header, never the blank line that ends the headers.
    socket.write('GET /api/session HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    const ended = once(socket, 'close');
    await host.close();
    await ended;
    expect(socket.destroyed).toBe(true);
  });

});
