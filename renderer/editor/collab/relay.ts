import * as Y from 'yjs';
import * as random from 'lib0/random';
import { frameTask, type FrameClock, type FrameTask } from '../frame-task';

/**
 * Copies Yjs updates both ways between the network doc (synced by the provider) and the editor doc (bound to
 * ProseMirror). Keeping them apart lets the editor hold back remote changes while an IME composition is open:
 * y-prosemirror redraws a paragraph as soon as a remote change lands in it, and that redraw destroys the
 * browser's composition. Local changes always flow out at once.
 *
 * Given a frame clock, the relay also batches: a remote update after a quiet frame lands at once (a single
 * peer's keystroke is not delayed), and the ones that follow it before the next frame land there as one
 * merged update, so however many peers type, the editor (and y-prosemirror's redraw and caret check) updates
 * about once per frame, not once per peer keystroke.
 */
export class UpdateRelay {
  /** Remote updates held back for a composition. */
  private readonly queue: Uint8Array[] = [];
  /** Remote updates waiting for the next frame (only with a frame clock). */
  private readonly batch: Uint8Array[] = [];
  private readonly frame: FrameTask | null;
  /** A remote update landed in this frame: the next ones wait for the frame. */
  private landed = false;
  private holds = 0;
  private readonly listeners = new Set<() => void>();

  private readonly fromNetwork = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    if (this.holds > 0) {
      this.queue.push(update);
      this.notify();
      return;
    }
    if (this.frame && this.landed) {
      this.batch.push(update);
      return;
    }
    this.apply(this.editor, update);
    this.landed = this.frame !== null;
    this.frame?.schedule();
  };

  private readonly fromEditor = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    this.apply(this.network, update);
  };

  /**
   * Awareness (and so the cursor plugin and the peer list) identifies this client by the network doc's
   * clientID, while the editor doc authors every local change: both docs share one ID. Yjs gives a doc a new
   * ID (and logs a warning) when an applied update adds items under the doc's own ID, taking it for two
   * clients that picked the same one, and every update relayed to the network doc does that. It is no clash
   * here, because the network doc never authors anything (the provider only applies and sends), so the
   * network doc carries a throwaway ID while it applies a relayed update. The editor doc keeps its ID while
   * remote updates land in it: y-prosemirror's cursor plugin reads it during that very apply, and would take
   * this client's own cursor for a peer's if it saw the throwaway one.
   */
  private readonly clientID: number;
  private readonly relayingID = random.uint32();

  constructor(
    readonly network: Y.Doc,
    readonly editor: Y.Doc,
    frames?: FrameClock,
  ) {
    this.frame = frames ? frameTask(() => this.applyBatch(), frames) : null;
    this.clientID = network.clientID;
    editor.clientID = network.clientID;
    this.apply(editor, Y.encodeStateAsUpdate(network));
    this.apply(network, Y.encodeStateAsUpdate(editor));
    network.on('update', this.fromNetwork);
    editor.on('update', this.fromEditor);
  }

  /** Number of remote updates waiting for release. */
  get pending(): number {
    return this.queue.length;
  }

  get holding(): boolean {
    return this.holds > 0;
  }

  /** Starts queueing remote updates. Holds nest: updates flow again after as many releases. */
  hold(): void {
    this.holds += 1;
  }

  /** Ends one hold; with none left, applies every queued update to the editor doc in one Yjs update. */
  release(): void {
    if (this.holds === 0) return;
    this.holds -= 1;
    if (this.holds > 0 || this.queue.length === 0) return;
    this.frame?.cancel();
    this.landed = false;
    const merged = Y.mergeUpdates([...this.batch.splice(0), ...this.queue.splice(0)]);
    this.apply(this.editor, merged);
    this.notify();
  }

  /** Applies the updates waiting for the next frame now (before binding the editor to its doc). */
  flush(): void {
    this.frame?.flush();
  }

  /** Called when the queue grows or empties (save state depends on it). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    this.frame?.cancel();
    this.network.off('update', this.fromNetwork);
    this.editor.off('update', this.fromEditor);
    this.listeners.clear();
  }

  private apply(target: Y.Doc, update: Uint8Array): void {
    if (target === this.editor && !Y.parseUpdateMeta(update).to.has(this.clientID)) {
      Y.applyUpdate(target, update, this);
      return;
    }
    target.clientID = this.relayingID;
    try {
      Y.applyUpdate(target, update, this);
    } finally {
      target.clientID = this.clientID;
    }
  }

  private applyBatch(): void {
    this.landed = false;
    if (this.batch.length === 0) return;
    // A composition started since they came: they wait for its release like the ones that came during it.
    if (this.holds > 0) {
      this.queue.push(...this.batch.splice(0));
      this.notify();
      return;
    }
    this.apply(this.editor, Y.mergeUpdates(this.batch.splice(0)));
    this.landed = true;
    this.frame?.schedule();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
