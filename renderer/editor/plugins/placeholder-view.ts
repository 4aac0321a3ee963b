import type { Node } from 'prosemirror-model';
import type { NodeView } from 'prosemirror-view';
import { placeholderAttrs, placeholderText } from '../../../common/schema';

/**
 * A placeholder as an uneditable chip. It shows the text the document itself gives it (fallback, else key)
 * and carries its attributes as data-* so that a later resolver can fill in figures without the editor.
 */
export class PlaceholderView implements NodeView {
  readonly dom: HTMLElement;

  constructor(private node: Node) {
    this.dom = document.createElement('span');
    this.dom.setAttribute('contenteditable', 'false');
    this.render();
  }

  update(node: Node): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.render();
    return true;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  // The chip's DOM is ours alone: a resolver may rewrite its text without ProseMirror re-reading it.
  ignoreMutation(): boolean {
    return true;
  }

  private render(): void {
    const attrs = placeholderAttrs(this.node);
    const selected = this.dom.classList.contains('ProseMirror-selectednode');
    this.dom.className = `placeholder-chip placeholder-${attrs.kind}${selected ? ' ProseMirror-selectednode' : ''}`;
    this.dom.dataset.placeholderKind = attrs.kind;
    this.dom.dataset.key = attrs.key;
    this.dom.dataset.format = attrs.format;
    this.dom.dataset.fallback = attrs.fallback;
    this.dom.textContent = placeholderText(attrs);
  }
}

export const placeholderNodeViews = {
  placeholder: (node: Node) => new PlaceholderView(node),
};
