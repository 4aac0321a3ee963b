import { EditorState, Plugin } from 'prosemirror-state';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { speechSchema } from '../../common/schema';
import { PROSEMIRROR_FRAGMENT, SETTINGS_MAP } from '../../common/collab';
import { VARIABLES_MAP } from '../../common/variables';
import { collaborationPlugins } from './collab/collaboration-plugins';
import type { CompositionGuardOptions } from './collab/composition-guard';
import type { UpdateRelay } from './collab/relay';
import { emptyHintsPlugin, type EmptyLineHints } from './plugins/empty-hints';
import { speechKeymap } from './plugins/keymap';
import { numberingPlugin } from './plugins/numbering';
import { pastePlugin } from './plugins/paste';
import { placeholderNodeViews } from './plugins/placeholder-view';
import { slotInputPlugin } from './plugins/slot-input';
import { variablesPlugin } from './plugins/variables';
import { resolutionPlugin } from './plugins/resolution';
import { figureHoverPlugin } from './plugins/figure-hover';
import { liveChips } from './plugins/figure-targets';
import type { IndicatorSource } from './indicators/indicator-projection';
import type { FigureHover } from './types';
import { commentsPlugin } from './comments/comments-plugin';

export interface SpeechStateOptions extends CompositionGuardOptions {
  /** The editor doc (the relay's editor side), already holding the speech. */
  doc: Y.Doc;
  awareness: Awareness;
  relay: UpdateRelay;
  hints: EmptyLineHints;
  /** The store's indicators, followed live. */
  indicators: IndicatorSource;
  onHover?: ((hover: FigureHover | null) => void) | undefined;
  /** The speech's comments document, whose threads the editor highlights. */
  comments?: Y.Doc | undefined;
}

/** The editor state of a speech bound to its editor doc, with every plugin of the editor core. */
export function createSpeechState(options: SpeechStateOptions): EditorState {
  const fragment = options.doc.getXmlFragment(PROSEMIRROR_FRAGMENT);
  return EditorState.create({
    schema: speechSchema,
    doc: yXmlFragmentToProseMirrorRootNode(fragment, speechSchema),
    plugins: [
      // Before the composition guard: a composition over a selected slot must first take the slot out.
      slotInputPlugin(),
      ...collaborationPlugins(fragment, options.awareness, options.relay, options),
      // After the sync plugin: it reads whether a transaction came from Yjs.
      ...(options.comments ? [commentsPlugin(options.comments)] : []),
      ...speechKeymap(),
      numberingPlugin(options.doc.getMap(SETTINGS_MAP)),
      variablesPlugin(options.doc.getMap(VARIABLES_MAP)),
      resolutionPlugin(options.indicators),
      ...(options.onHover ? [figureHoverPlugin(liveChips, options.onHover)] : []),
      emptyHintsPlugin(options.hints),
      pastePlugin(),
      new Plugin({ props: { nodeViews: placeholderNodeViews } }),
    ],
  });
}
