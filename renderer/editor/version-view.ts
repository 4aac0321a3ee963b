import * as Y from 'yjs';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { Node } from 'prosemirror-model';
import { SETTINGS_MAP, SETTING_NUMBERING_STYLE } from '../../common/collab';
import { speechSchema } from '../../common/schema';
import { figureHoverPlugin } from './plugins/figure-hover';
import { frozenFigures } from './plugins/figure-targets';
import { numberingPlugin } from './plugins/numbering';
import { placeholderNodeViews } from './plugins/placeholder-view';
import type { VersionView, VersionViewOptions } from './types';

/**
 * A version of a speech, read-only: the same schema, numbering and page styles as the editor, without
 * collaboration. Frozen figures report their provenance on hover; a named version's placeholders show their
 * fallback, as nothing resolves them here.
 */
export function createVersionView(options: VersionViewOptions): VersionView {
  // The numbering plugin follows a settings map; a version's style does not change while it is shown.
  const settings = new Y.Doc();
  settings.getMap(SETTINGS_MAP).set(SETTING_NUMBERING_STYLE, options.numberingStyle);
  const view = new EditorView(options.mount, {
    state: EditorState.create({
      doc: Node.fromJSON(speechSchema, options.doc),
      plugins: [numberingPlugin(settings.getMap(SETTINGS_MAP)), figureHoverPlugin(frozenFigures, options.onHover)],
    }),
    editable: () => false,
    nodeViews: placeholderNodeViews,
    attributes: { class: 'speech-editor speech-version', 'data-testid': 'version-view' },
  });
  return {
    destroy() {
      view.destroy();
      settings.destroy();
    },
  };
}
