import { TextSelection, type Command } from 'prosemirror-state';
import { speechSchema } from '../../../common/schema';

/** Title, meta line and salutation: one each, at the top, in that order. */
export function isFrontMatter(typeName: string): boolean {
  return typeName === 'title' || typeName === 'meta' || typeName === 'salutation';
}

/**
 * Enter in a speech:
 * - in the title, meta line or salutation it moves to the start of the next block (there is only one of each);
 * - in an empty heading or point it turns the block into plain text, as leaving a list does;
 * - at the end of a point it starts a plain paragraph, and inside one it carries the rest over as body
 *   text (a new point is a deliberate toggleLead);
 * - everywhere else the default applies (at the end of a heading that is a new paragraph, since paragraph
 *   is the schema's default block).
 */
export const speechEnter: Command = (state, dispatch) => {
  const { $from, $to } = state.selection;
  if ($from.depth !== 1 || !$from.sameParent($to)) return false;
  const block = $from.parent;
  if (isFrontMatter(block.type.name)) {
    const after = $from.after(1);
    if (after >= state.doc.content.size) return false;
    if (dispatch) dispatch(state.tr.setSelection(TextSelection.create(state.doc, after + 1)).scrollIntoView());
    return true;
  }
  const isPoint = block.type === speechSchema.nodes.paragraph && (block.attrs.point as number) > 0;
  const isHeading = block.type === speechSchema.nodes.heading;
  if ((isPoint || isHeading) && block.content.size === 0) {
    if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(1), speechSchema.nodes.paragraph, { point: 0 }).scrollIntoView());
    return true;
  }
  if (!isPoint) return false;
  if (dispatch) {
    const tr = state.tr.deleteSelection();
    const pos = tr.selection.from;
    const $pos = tr.doc.resolve(pos);
    if ($pos.parentOffset === 0) {
      // At the start of a point: open an empty paragraph above and keep the caret in the point.
      tr.insert($pos.before(1), speechSchema.nodes.paragraph.create({ point: 0 }));
    } else {
      tr.split(pos, 1, [{ type: speechSchema.nodes.paragraph, attrs: { point: 0 } }]);
      const rest = tr.doc.resolve(pos + 2).parent;
      tr.removeMark(pos + 2, pos + 2 + rest.content.size, speechSchema.marks.lead);
      tr.setSelection(TextSelection.create(tr.doc, pos + 2));
    }
    dispatch(tr.scrollIntoView());
  }
  return true;
};
