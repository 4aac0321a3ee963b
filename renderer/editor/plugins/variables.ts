import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import type { VariableValues } from '../../../common/placeholder-display';
import { placeholderAttrs } from '../../../common/schema';

/**
 * Shares the speech's document variables (the Y.Map VARIABLES_MAP) with the view. Every variable
 * placeholder gets a node decoration carrying its current value: a decoration that changes makes
 * ProseMirror update that chip's node view, so a new value shows in every chip at once, for every peer.
 */
export interface VariablesState {
  values: VariableValues;
  decorations: DecorationSet;
}

/** What a variable chip's node view reads from its decoration. */
export interface VariableDecorationSpec {
  variableKey: string;
  value: string | undefined;
}

export const variablesKey = new PluginKey<VariablesState>('speech-variables');

export function readVariables(map: Y.Map<unknown>): VariableValues {
  const values: Record<string, string> = {};
  map.forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  return values;
}

function sameValues(a: VariableValues, b: VariableValues): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

function computeState(doc: Node, values: VariableValues): VariablesState {
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'placeholder') return node.isBlock;
    const attrs = placeholderAttrs(node);
    if (attrs.kind !== 'variable') return false;
    const value = values[attrs.key];
    const spec: VariableDecorationSpec = { variableKey: attrs.key, value };
    // ProseMirror compares node decorations by their attributes only, so the value must be one of them.
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-value': value ?? '' }, spec));
    return false;
  });
  return { values, decorations: DecorationSet.create(doc, decorations) };
}

function setVariablesMeta(tr: Transaction, values: VariableValues): Transaction {
  return tr.setMeta(variablesKey, values);
}

export function variablesPlugin(variables: Y.Map<unknown>): Plugin<VariablesState> {
  return new Plugin<VariablesState>({
    key: variablesKey,
    state: {
      init: (_config, state) => computeState(state.doc, readVariables(variables)),
      apply: (tr, value) => {
        const values = (tr.getMeta(variablesKey) as VariableValues | undefined) ?? value.values;
        if (!tr.docChanged && values === value.values) return value;
        return computeState(tr.doc, values);
      },
    },
    props: {
      decorations: (state) => variablesKey.getState(state)?.decorations,
    },
    view: (view) => {
      const doc = variables.doc;
      const follow = () => {
        const values = readVariables(variables);
        const current = variablesKey.getState(view.state)?.values;
        if (!current || !sameValues(values, current)) view.dispatch(setVariablesMeta(view.state.tr, values));
      };
      // After all transactions, not from a Y.Map observer: see the numbering plugin for why.
      doc?.on('afterAllTransactions', follow);
      follow();
      return { destroy: () => doc?.off('afterAllTransactions', follow) };
    },
  });
}

export function currentVariables(state: EditorState): VariableValues {
  return variablesKey.getState(state)?.values ?? {};
}
