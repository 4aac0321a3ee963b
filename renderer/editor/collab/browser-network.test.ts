import { describe, expect, it } from 'vitest';
import { followBrowserNetwork } from './browser-network';

function fakeSocket() {
  const calls: string[] = [];
  return {
    calls,
    connect: async () => void calls.push('connect'),
    disconnect: () => void calls.push('disconnect'),
  };
}

describe('followBrowserNetwork', () => {
  it('closes the socket when the browser goes offline and connects at once when it is back', () => {
    const socket = fakeSocket();
    const target = new EventTarget();
    const stop = followBrowserNetwork(socket, target);
    target.dispatchEvent(new Event('offline'));
    target.dispatchEvent(new Event('online'));
    expect(socket.calls).toEqual(['disconnect', 'connect']);
    stop();
    target.dispatchEvent(new Event('offline'));
    expect(socket.calls).toEqual(['disconnect', 'connect']);
  });
});
