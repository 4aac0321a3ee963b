import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

/**
 * A collaboration client in this Node process: a Hocuspocus provider on its own Y.Doc and its own socket.
 * Shared by the host's tests, the end-to-end specs and the benchmarks, which all need a second editor
 * without a browser.
 */

export interface NodeProviderOptions {
  /** The token Hocuspocus checks per document; none for a server without authentication. */
  token?: string;
  /** The Y.Doc to sync into, for a client that brings content (a fresh one otherwise). */
  doc?: Y.Doc;
  /** The name other editors see in this client's presence. */
  user?: string;
}

/** The longest a provider may take to sync: a host that never answers must fail the run, not hang it. */
const SYNC_TIMEOUT_MS = 60_000;

/** Resolves once the provider has synced; rejects when the server refuses the document or sync never comes. */
export function connectProvider(url: string, name: string, options: NodeProviderOptions = {}): Promise<HocuspocusProvider> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      provider.destroy();
      reject(new Error(`${name}: no sync within ${SYNC_TIMEOUT_MS / 1000} s`));
    }, SYNC_TIMEOUT_MS);
    // WebSocketPolyfill is handed on to the provider's own socket; its type is not part of the provider's options.
    const configuration = {
      url,
      name,
      token: options.token ?? '',
      document: options.doc ?? new Y.Doc(),
      WebSocketPolyfill: WebSocket,
      onSynced: () => {
        clearTimeout(timer);
        resolve(provider);
      },
      onAuthenticationFailed: ({ reason }: { reason: string }) => {
        clearTimeout(timer);
        provider.destroy();
        reject(new Error(`${name}: ${reason}`));
      },
    };
    const provider: HocuspocusProvider = new HocuspocusProvider(configuration);
    if (options.user) provider.awareness?.setLocalStateField('user', { name: options.user, color: '#8250df' });
  });
}

/** Resolves when the provider's changes have all been acknowledged by the server. */
export function allAcknowledged(provider: HocuspocusProvider): Promise<void> {
  if (provider.unsyncedChanges === 0) return Promise.resolve();
  return new Promise((resolve) => {
    const listener = ({ number }: { number: number }) => {
      if (number !== 0) return;
      provider.off('unsyncedChanges', listener);
      resolve();
    };
    provider.on('unsyncedChanges', listener);
  });
}
