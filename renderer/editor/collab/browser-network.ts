import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

/** What a socket closed because the browser went offline reports, in the form of a WebSocket close. */
export const OFFLINE_CLOSE = { code: 1001, reason: 'the browser went offline' } as const;

/**
 * Follows the browser's word on the network. When it goes offline the socket is closed at once: a socket
 * whose network is gone may look open for a long while, and edits sent into it would count as on their way.
 * The close is reported right away too, since the socket's own close event waits for a closing handshake
 * that the missing network may never carry. When the network comes back, it connects now instead of at the
 * end of the provider's growing back-off.
 */
export function followBrowserNetwork(
  websocket: Pick<HocuspocusProviderWebsocket, 'connect' | 'disconnect' | 'webSocket'>,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  const offline = () => {
    const socket = websocket.webSocket;
    websocket.disconnect();
    socket?.dispatchEvent(new CloseEvent('close', OFFLINE_CLOSE));
  };
  const online = () => void websocket.connect();
  target.addEventListener('offline', offline);
  target.addEventListener('online', online);
  return () => {
    target.removeEventListener('offline', offline);
    target.removeEventListener('online', online);
  };
}
