import type { HocuspocusProviderWebsocket } from '@hocuspocus/provider';

/**
 * Follows the browser's word on the network. When it goes offline the socket is closed at once: a socket
 * whose network is gone may look open for a long while, and edits sent into it would count as on their way.
 * When the network comes back, it connects now instead of at the end of the provider's growing back-off.
 */
export function followBrowserNetwork(websocket: Pick<HocuspocusProviderWebsocket, 'connect' | 'disconnect'>, target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window): () => void {
  const offline = () => websocket.disconnect();
  const online = () => void websocket.connect();
  target.addEventListener('offline', offline);
  target.addEventListener('online', online);
  return () => {
    target.removeEventListener('offline', offline);
    target.removeEventListener('online', online);
  };
}
