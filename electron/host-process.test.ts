import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { HostProcess, HostStartError, hostArguments, newHostToken, readHostReady, type HostChild } from './host-process';
import { readDesktopArguments, desktopArguments } from './desktop-arguments';

/** A stand-in for Electron's UtilityProcess that records what it was sent. */
class FakeChild extends EventEmitter implements HostChild {
  readonly sent: unknown[] = [];
  kills = 0;
  constructor(private readonly behaviour: { exitOnShutdown?: boolean; exitOnKill?: boolean } = {}) {
    super();
  }
  postMessage(message: unknown): void {
    this.sent.push(message);
    if (this.behaviour.exitOnShutdown) setTimeout(() => this.emit('exit', 0), 5);
  }
  kill(): boolean {
    this.kills += 1;
    if (this.behaviour.exitOnKill) setTimeout(() => this.emit('exit', 143), 5);
    return true;
  }
}

describe('newHostToken', () => {
  it('is fresh hex that no argument parser mistakes for an option and the preload accepts', () => {
    const tokens = Array.from({ length: 50 }, newHostToken);
    expect(new Set(tokens).size).toBe(50);
    for (const token of tokens) {
      expect(token).toMatch(/^[0-9a-f]{64}$/);
      expect(readDesktopArguments(desktopArguments({ hostUrl: 'http://127.0.0.1:1', token }))?.token).toBe(token);
    }
  });
});

describe('hostArguments', () => {
  it('starts the serve command on the loopback port remembered in the data dir, with the launch token', () => {
    expect(hostArguments({ token: 'abc', dataDir: '/home/u/.config/Speechdesk/data' })).toEqual([
      'serve', '--remember-port', '--host', '127.0.0.1', '--token', 'abc', '--data', '/home/u/.config/Speechdesk/data',
    ]);
  });
});

describe('readHostReady', () => {
  it('reads the origin of a ready message, with or without port', () => {
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1:51234' })).toEqual({ origin: 'http://127.0.0.1:51234', movedFrom: null });
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1:51234/', port: 51234 })).toEqual({ origin: 'http://127.0.0.1:51234', movedFrom: null });
  });

  it('reads the port the host had to move away from', () => {
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1:51234', port: 51234, movedFrom: 40000 })).toEqual({ origin: 'http://127.0.0.1:51234', movedFrom: 40000 });
  });

  it('ignores other messages and non-loopback or inconsistent URLs', () => {
    expect(readHostReady({ type: 'log', url: 'http://127.0.0.1:1' })).toBeNull();
    expect(readHostReady('ready')).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'http://0.0.0.0:51234' })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'http://localhost:51234' })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'https://127.0.0.1:51234' })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1' })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1:51234', port: 1 })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'nonsense' })).toBeNull();
    expect(readHostReady({ type: 'ready', url: 'http://127.0.0.1:51234', movedFrom: 70000 })).toBeNull();
  });
});

describe('HostProcess.ready', () => {
  it('resolves with what the host announced, skipping earlier messages', async () => {
    const child = new FakeChild();
    const ready = new HostProcess(child).ready(1000);
    child.emit('message', { type: 'progress' });
    child.emit('message', { type: 'ready', url: 'http://127.0.0.1:4870', port: 4870 });
    await expect(ready).resolves.toEqual({ origin: 'http://127.0.0.1:4870', movedFrom: null });
    expect(child.listenerCount('message')).toBe(0);
  });

  it('rejects when the host exits first', async () => {
    const child = new FakeChild();
    const ready = new HostProcess(child).ready(1000);
    child.emit('exit', 1);
    await expect(ready).rejects.toEqual(new HostStartError({ reason: 'exited', code: 1 }));
  });

  it('rejects when the host stays silent', async () => {
    const ready = new HostProcess(new FakeChild()).ready(20);
    await expect(ready).rejects.toThrow('host was not ready after 20 ms');
  });
});

describe('HostProcess.stop', () => {
  it('asks for shutdown and waits for the exit', async () => {
    const child = new FakeChild({ exitOnShutdown: true });
    const host = new HostProcess(child);
    await expect(host.stop(1000)).resolves.toBe('exited');
    expect(child.sent).toEqual([{ type: 'shutdown' }]);
    expect(child.kills).toBe(0);
  });

  it('kills a host that does not exit in time', async () => {
    const child = new FakeChild({ exitOnKill: true });
    const host = new HostProcess(child);
    await expect(host.stop(20)).resolves.toBe('killed');
    expect(child.kills).toBe(1);
  });

  it('returns even when the kill does not end it', async () => {
    const child = new FakeChild();
    await expect(new HostProcess(child).stop(10)).resolves.toBe('killed');
  });

  it('does nothing to a host that already exited, and stops only once', async () => {
    const child = new FakeChild({ exitOnShutdown: true });
    const host = new HostProcess(child);
    child.emit('exit', 0);
    await expect(host.stop(1000)).resolves.toBe('already-exited');
    await expect(host.stop(1000)).resolves.toBe('already-exited');
    expect(child.sent).toEqual([]);
    expect(host.isStopping).toBe(true);
  });
});
