import * as Y from 'yjs';
import { HocuspocusProvider, HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import { INDICATORS_DOCUMENT } from '../../../common/indicators';
import { commentsDocumentName } from '../../../common/collab';
import { ACCESS_ENDED_CLOSE_CODE } from '../../../common/invitations';
import { IndicatorProjection } from '../indicators/indicator-projection';
import { indexedDbProjectionCache } from '../indicators/projection-cache';
import type { CollaborationUser, SaveState } from '../types';
import { UpdateRelay } from './relay';
import { browserFrames } from '../frame-task';
import { LocalCopy, localCopyName, localCopyPrefix } from './local-copy';
import { followBrowserNetwork } from './browser-network';

export interface ConnectionOptions {
  documentId: string;
  collabUrl: string;
  token: string;
  user: CollaborationUser;
  /** Called when the host closes the connection because the invitation was revoked or has expired. */
  onAccessEnded?: (reason: string) => void;
}

/**
 * One speech's link to the host: the network doc synced by Hocuspocus, the editor doc the view binds to,
 * the relay between them, and the local copy of the network doc in IndexedDB; beside them, over the same
 * websocket, the read-only indicator projection the chips resolve against and the speech's comments
 * document. Reports connection, acknowledgement and presence changes through onChange.
 */
export class SpeechConnection {
  readonly network = new Y.Doc();
  readonly editor = new Y.Doc();
  readonly relay: UpdateRelay;
  readonly websocket: HocuspocusProviderWebsocket;
  readonly provider: HocuspocusProvider;
  private readonly projectionDoc = new Y.Doc();
  private readonly projectionProvider: HocuspocusProvider;
  readonly indicators: IndicatorProjection;
  /** The speech's review comments (`<id>/comments`), writable also where the text is read-only. */
  readonly comments = new Y.Doc();
  private readonly commentsProvider: HocuspocusProvider;
  private readonly listeners = new Set<() => void>();
  private readonly notify = () => {
    for (const listener of this.listeners) listener();
  };
  private readonly stopRelayListener: () => void;
  readonly localCopy: LocalCopy;
  /** The comments' own local copy, so that comments written offline survive a reload too. */
  readonly commentsCopy: LocalCopy;
  private readonly stopLocalCopyListeners: (() => void)[];
  private readonly stopFollowingNetwork: () => void;
  /** The host's projection replaces the cached one even when it is empty (and so changes nothing in the doc). */
  private readonly projectionArrived = () => this.indicators.arrived();

  constructor(options: ConnectionOptions) {
    // Remote changes reach the editor once per frame, however many peers are typing.
    this.relay = new UpdateRelay(this.network, this.editor, browserFrames);
    this.websocket = new HocuspocusProviderWebsocket({ url: options.collabUrl });
    this.provider = new HocuspocusProvider({
      websocketProvider: this.websocket,
      name: options.documentId,
      document: this.network,
      token: options.token,
    });
    // The host never asks anything of a reader of the projection: no awareness, and never wait for `synced`
    // (a read-only connection may never report it); the map is read as it fills.
    this.projectionProvider = new HocuspocusProvider({
      websocketProvider: this.websocket,
      name: INDICATORS_DOCUMENT,
      document: this.projectionDoc,
      token: options.token,
      awareness: null,
    });
    this.indicators = new IndicatorProjection(this.projectionDoc, indexedDbProjectionCache(localCopyPrefix(options.collabUrl)));
    this.projectionProvider.on('synced', this.projectionArrived);
    this.commentsProvider = new HocuspocusProvider({
      websocketProvider: this.websocket,
      name: commentsDocumentName(options.documentId),
      document: this.comments,
      token: options.token,
      awareness: null,
    });
    this.localCopy = new LocalCopy(localCopyName(options.collabUrl, options.documentId), this.network, this.provider);
    this.commentsCopy = new LocalCopy(localCopyName(options.collabUrl, commentsDocumentName(options.documentId)), this.comments, this.commentsProvider);
    this.stopLocalCopyListeners = [this.localCopy.onChange(this.notify), this.commentsCopy.onChange(this.notify)];
    this.stopFollowingNetwork = followBrowserNetwork(this.websocket);
    // A provider given a shared websocket does not attach itself.
    this.provider.attach();
    this.projectionProvider.attach();
    this.commentsProvider.attach();
    this.commentsProvider.on('unsyncedChanges', this.notify);
    this.awareness.setLocalStateField('user', { name: options.user.name, color: options.user.color });
    this.provider.on('status', this.notify);
    this.provider.on('synced', this.notify);
    this.provider.on('unsyncedChanges', this.notify);
    this.awareness.on('change', this.notify);
    this.stopRelayListener = this.relay.onChange(this.notify);
    // Reconnecting would only be refused: stop, and let the screen say that access has ended.
    this.websocket.on('close', ({ event }: { event: { code?: number; reason?: string } }) => {
      if (event.code !== ACCESS_ENDED_CLOSE_CODE) return;
      this.websocket.disconnect();
      options.onAccessEnded?.(event.reason || 'access ended');
    });
  }

  get awareness() {
    const awareness = this.provider.awareness;
    if (!awareness) throw new Error('the provider was created without awareness');
    return awareness;
  }

  /** The editor may bind: the host has synced, or the local copy has the speech. */
  get openable(): boolean {
    return this.provider.isSynced || this.localCopy.existed;
  }

  /**
   * Local changes the host has not acknowledged (see local-copy.ts), to the text and to the comments, also
   * those made before a reload.
   */
  get unsyncedChanges(): number {
    return this.localCopy.unsynced + this.commentsCopy.unsynced;
  }

  get saveState(): SaveState {
    if (this.websocket.status !== WebSocketStatus.Connected) return 'offline';
    return this.provider.unsyncedChanges > 0 || this.commentsProvider.unsyncedChanges > 0 || this.relay.pending > 0 ? 'saving' : 'saved';
  }

  /** Everyone else with this speech open, by their awareness state. */
  get peers(): CollaborationUser[] {
    const peers: CollaborationUser[] = [];
    this.awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: Partial<CollaborationUser> }).user;
      if (clientId === this.network.clientID || typeof user?.name !== 'string' || typeof user.color !== 'string') return;
      peers.push({ name: user.name, color: user.color });
    });
    return peers;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.listeners.clear();
    this.stopRelayListener();
    this.stopLocalCopyListeners.forEach((stop) => stop());
    this.stopFollowingNetwork();
    this.localCopy.destroy();
    this.commentsCopy.destroy();
    this.provider.off('status', this.notify);
    this.provider.off('synced', this.notify);
    this.provider.off('unsyncedChanges', this.notify);
    this.awareness.off('change', this.notify);
    this.provider.destroy();
    this.projectionProvider.off('synced', this.projectionArrived);
    this.indicators.destroy();
    this.projectionProvider.destroy();
    this.commentsProvider.off('unsyncedChanges', this.notify);
    this.commentsProvider.destroy();
    // Shared, so no provider destroys it.
    this.websocket.destroy();
    this.projectionDoc.destroy();
    this.comments.destroy();
    this.relay.destroy();
    this.editor.destroy();
    this.network.destroy();
  }
}
