import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import { ySyncPluginKey, yUndoPluginKey, type ProsemirrorBinding } from 'y-prosemirror';
import type { UpdateRelay } from './relay';

/**
 * Keeps an IME composition out of Yjs until the writer has committed it.
 *
 * y-prosemirror 1.3.7 writes every ProseMirror state to Yjs from its plugin view's update() by calling
 * binding._prosemirrorChanged(doc). During a composition that would publish each pinyin step to peers and
 * give the undo manager pinyin to restore, and any redraw of the composing paragraph caused by a remote
 * change makes the browser drop the composition and leave the pinyin in the text. So from compositionstart
 * until the composition has settled:
 * - remote updates are queued at the relay (the editor doc, and therefore the paragraph, stays still);
 * - binding._prosemirrorChanged is skipped. It is the one place where the binding writes ProseMirror to
 *   Yjs, so wrapping it holds back every step, including the ones the view applies to itself from DOM
 *   mutations, which a filter on dispatchTransaction would miss.
 * When the composition has ended and no other has started for `settleDelay` ms, the binding writes the
 * document once (the committed word, as one undo step) and the relay then applies the queued updates, which
 * Yjs merges around the word.
 */
export interface CompositionGuardOptions {
  /**
   * How long after compositionend to wait for a following compositionstart (IMEs that commit word by word
   * end and restart compositions back to back) and for ProseMirror to read the committed text from the DOM
   * (it finishes a composition 20 ms after compositionend).
   */
  settleDelay?: number;
}

export const DEFAULT_SETTLE_DELAY = 60;

interface GuardSpecField {
  guard: CompositionGuard;
}

export const compositionGuardKey = new PluginKey('speech-composition-guard');

class CompositionGuard {
  /** Between compositionstart and compositionend. */
  private open = false;
  /** From compositionstart until the composition is written to Yjs and the relay released. */
  holding = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private binding: ProsemirrorBinding | undefined;
  private writeToYjs: ((doc: Node) => void) | undefined;

  constructor(
    private readonly relay: UpdateRelay,
    private readonly settleDelay: number,
  ) {}

  attach(view: EditorView): void {
    const binding = (ySyncPluginKey.getState(view.state) as { binding: ProsemirrorBinding } | undefined)?.binding;
    if (!binding) throw new Error('compositionGuard needs ySyncPlugin before it');
    const original = binding._prosemirrorChanged.bind(binding);
    this.binding = binding;
    this.writeToYjs = original;
    binding._prosemirrorChanged = (doc: Node) => {
      if (!this.holding) original(doc);
    };
  }

  start(view: EditorView): void {
    clearTimeout(this.timer);
    if (this.holding) {
      // A second composition before the first settled: the first word becomes its own change now, while the
      // relay keeps holding remote updates for the new composition.
      this.commit(view);
    } else {
      this.holding = true;
      this.relay.hold();
    }
    this.open = true;
  }

  end(view: EditorView): void {
    this.open = false;
    this.schedule(view);
  }

  detach(): void {
    clearTimeout(this.timer);
    if (this.holding) {
      this.holding = false;
      this.relay.release();
    }
  }

  private schedule(view: EditorView): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.settle(view), this.settleDelay);
  }

  private settle(view: EditorView): void {
    if (this.open || !this.holding) return;
    // ProseMirror still owns a composition (e.g. its own end handling is pending): look again later.
    if (view.composing) {
      this.schedule(view);
      return;
    }
    this.commit(view);
    this.holding = false;
    this.relay.release();
  }

  private commit(view: EditorView): void {
    const binding = this.binding;
    const write = this.writeToYjs;
    if (!binding || !write) return;
    const undoManager = yUndoPluginKey.getState(view.state)?.undoManager;
    // Yjs groups changes by time; the committed word must be one undo step of its own.
    undoManager?.stopCapturing();
    binding.mux(() => {
      binding.doc.transact((transaction) => {
        transaction.meta.set('addToHistory', true);
        write(view.state.doc);
      }, ySyncPluginKey);
    });
    undoManager?.stopCapturing();
  }
}

export function compositionGuard(relay: UpdateRelay, options: CompositionGuardOptions = {}): Plugin {
  const guard = new CompositionGuard(relay, options.settleDelay ?? DEFAULT_SETTLE_DELAY);
  const spec: GuardSpecField = { guard };
  return new Plugin({
    key: compositionGuardKey,
    ...spec,
    props: {
      handleDOMEvents: {
        // Runs before ProseMirror's own handler, so the hold is in place before it reads anything.
        compositionstart: (view) => {
          guard.start(view);
          return false;
        },
        compositionend: (view) => {
          guard.end(view);
          return false;
        },
      },
    },
    view: (view) => {
      guard.attach(view);
      return { destroy: () => guard.detach() };
    },
  });
}

/** True while a composition is open or not yet written to Yjs; undo and redo must wait for it. */
export function isHoldingComposition(state: EditorState): boolean {
  const plugin = compositionGuardKey.get(state);
  return plugin ? (plugin.spec as unknown as GuardSpecField).guard.holding : false;
}
