import { EditorState, TextSelection, type Command } from 'prosemirror-state';
import type { Node } from 'prosemirror-model';
import { speechSchema } from '../../../common/schema';

const s = speechSchema;

/** The speech frame around body blocks, for command tests. */
export function speech(...body: Node[]): Node {
  return s.node('doc', null, [s.node('title', null, [s.text('讲话')]), s.node('meta', null), s.node('salutation', null, [s.text('同志们：')]), ...body]);
}

export const p = (text: string, point = 0) => s.node('paragraph', { point }, text ? [s.text(text)] : []);
export const h = (level: number, text: string) => s.node('heading', { level }, text ? [s.text(text)] : []);

/** A state with the caret `offset` characters into the top-level block at `index`. */
export function stateAt(doc: Node, index: number, offset = 0): EditorState {
  let pos = 0;
  for (let i = 0; i < index; i += 1) pos += doc.child(i).nodeSize;
  return EditorState.create({ doc, selection: TextSelection.create(doc, pos + 1 + offset) });
}

/** Runs a command and returns the resulting state, or undefined when it did not apply. */
export function apply(state: EditorState, command: Command): EditorState | undefined {
  let result: EditorState | undefined;
  const applied = command(state, (tr) => {
    result = state.apply(tr);
  });
  return applied ? (result ?? state) : undefined;
}

/** A compact picture of the body: h1:text, p:text, p2:text (point level 2), lead text in [brackets]. */
export function outline(doc: Node): string[] {
  const lines: string[] = [];
  doc.forEach((block, _offset, index) => {
    if (index < 3) return;
    let text = '';
    block.forEach((child) => {
      const value = child.text ?? '';
      text += child.marks.some((mark) => mark.type.name === 'lead') ? `[${value}]` : value;
    });
    const tag = block.type.name === 'heading' ? `h${String(block.attrs.level)}` : `p${block.attrs.point ? String(block.attrs.point) : ''}`;
    lines.push(`${tag}:${text}`);
  });
  return lines;
}
