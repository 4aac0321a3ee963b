import type { Node } from 'prosemirror-model';
import type { Decoration, NodeView } from 'prosemirror-view';
import { placeholderDisplayText } from '../../../common/placeholder-display';
import { placeholderAttrs } from '../../../common/schema';
import type { VariableDecorationSpec } from './variables';

function variableValue(decorations: readonly Decoration[]): string | undefined {
  for (const decoration of decorations) {
    const spec = decoration.spec as Partial<VariableDecorationSpec>;
    if (typeof spec.variableKey === 'string') return spec.value;
  }
  return undefined;
}

/**
 * A placeholder as an uneditable chip. A variable shows the speech's current value of its variable (from the
 * variables plugin's decoration), else, like every other placeholder, its fallback or key; an unset variable
 * is marked unfilled so that it stands out. The attributes are kept as data-* for a later indicator resolver.
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

  // The chip's DOM is ours alone: a resolver may rewrite its text without ProseMirror re-reading it.
  ignoreMutation(): boolean {
    return true;
  }

  private render(): void {
    const attrs = placeholderAttrs(this.node);
    const value = attrs.kind === 'variable' ? variableValue(this.decorations)?.trim() : undefined;
    const unfilled = attrs.kind === 'slot' || (attrs.kind === 'variable' && !value);
    const selected = this.dom.classList.contains('ProseMirror-selectednode');
    this.dom.className = ['placeholder-chip', `placeholder-${attrs.kind}`, unfilled ? 'placeholder-unfilled' : '', selected ? 'ProseMirror-selectednode' : ''].filter(Boolean).join(' ');
    this.dom.dataset.placeholderKind = attrs.kind;
    this.dom.dataset.key = attrs.key;
    this.dom.dataset.format = attrs.format;
    this.dom.dataset.fallback = attrs.fallback;
    this.dom.textContent = placeholderDisplayText(attrs, value ? { [attrs.key]: value } : {});
  }
}

export const placeholderNodeViews = {
  placeholder: (node: Node, _view: unknown, _getPos: unknown, decorations: readonly Decoration[]) => new PlaceholderView(node, decorations),
};
