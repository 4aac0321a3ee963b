import { describe, expect, it } from 'vitest';
import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { followBrowserNetwork, OFFLINE_CLOSE } from './browser-network';

function fakeProviderSocket() {
  const calls: string[] = [];
  const webSocket = new EventTarget();
  webSocket.addEventListener('close', (event) => {
    const { code, reason } = event as CloseEvent;
    calls.push(`close ${code} ${reason}`);
  });
  return {
    calls,
    webSocket: webSocket as HocuspocusProviderWebsocket['webSocket'],
    connect: async () => void calls.push('connect'),
    disconnect: () => void calls.push('disconnect'),
  };
}

describe('followBrowserNetwork', () => {
  it('closes the socket and reports it closed when the browser goes offline, and connects at once when it is back', () => {
    const socket = fakeProviderSocket();
    const target = new EventTarget();
    const stop = followBrowserNetwork(socket, target);
    target.dispatchEvent(new Event('offline'));
    target.dispatchEvent(new Event('online'));
    expect(socket.calls).toEqual(['disconnect', `close ${OFFLINE_CLOSE.code} ${OFFLINE_CLOSE.reason}`, 'connect']);
    stop();
    target.dispatchEvent(new Event('offline'));
    expect(socket.calls).toHaveLength(3);
  });
});
