import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView } from 'prosemirror-view';
import { placeholderAttrs, placeholderText } from '../../../common/schema';
import type { Resolved, ResolutionDecorationSpec } from './resolution';

function resolvedOf(decorations: readonly Decoration[]): Resolved | undefined {
  for (const decoration of decorations) {
    const spec = decoration.spec as Partial<ResolutionDecorationSpec>;
    if (spec.resolved) return spec.resolved;
  }
  return undefined;
}

/**
 * A placeholder as an uneditable chip showing what it resolves to now (from the resolution plugin's
 * decoration): a figure from the store, a variable's value, else its fallback or expression. Without a
 * resolution (a view without the plugin) it shows its fallback and counts as unresolved. Slots and unset
 * variables are also marked unfilled: the writer, not the store, has to act. The attributes are kept as data-*.
 */
export class PlaceholderView implements NodeView {
  readonly dom: HTMLElement;

  constructor(
    private node: Node,
    private decorations: readonly Decoration[] = [],
  ) {
    this.dom = document.createElement('span');
    this.dom.setAttribute('contenteditable', 'false');
    this.render();
  }

  update(node: Node, decorations: readonly Decoration[]): boolean {
    if (node.type !== this.node.type) return false;
    this.node = node;
    this.decorations = decorations;
    this.render();
    return true;
  }

  selectNode(): void {
    this.dom.classList.add('ProseMirror-selectednode');
  }

  deselectNode(): void {
    this.dom.classList.remove('ProseMirror-selectednode');
  }

  // The chip's DOM is ours alone: its text follows the resolution without ProseMirror re-reading it.
  ignoreMutation(): boolean {
    return true;
  }

  private render(): void {
    const attrs = placeholderAttrs(this.node);
    const resolution = resolvedOf(this.decorations)?.resolution;
    const resolved = resolution?.resolved ?? false;
    const unfilled = !resolved && attrs.kind !== 'indicator';
    const selected = this.dom.classList.contains('ProseMirror-selectednode');
    this.dom.className = [
      'placeholder-chip',
      `placeholder-${attrs.kind}`,
      resolved ? 'placeholder-resolved' : 'placeholder-unresolved',
      unfilled ? 'placeholder-unfilled' : '',
      selected ? 'ProseMirror-selectednode' : '',
    ]
      .filter(Boolean)
      .join(' ');
    this.dom.dataset.placeholderKind = attrs.kind;
    this.dom.dataset.key = attrs.key;
    this.dom.dataset.format = attrs.format;
    this.dom.dataset.fallback = attrs.fallback;
    this.dom.textContent = resolution?.text ?? placeholderText(attrs);
  }
}

export const placeholderNodeViews = {
  placeholder: (node: Node, _view: unknown, _getPos: unknown, decorations: readonly Decoration[]) => new PlaceholderView(node, decorations),
};
