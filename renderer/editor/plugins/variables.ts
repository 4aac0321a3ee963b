import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type * as Y from 'yjs';
import type { VariableValues } from '../../../common/placeholder-display';

/**
 * Shares the speech's document variables (the Y.Map VARIABLES_MAP) with the view. The values object is replaced
 * only when a value changes, so that the resolution plugin, which shows them in the chips, can tell by identity.
 */
export interface VariablesState {
  values: VariableValues;
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

function setVariablesMeta(tr: Transaction, values: VariableValues): Transaction {
  return tr.setMeta(variablesKey, values);
}

export function variablesPlugin(variables: Y.Map<unknown>): Plugin<VariablesState> {
  return new Plugin<VariablesState>({
    key: variablesKey,
    state: {
      init: () => ({ values: readVariables(variables) }),
      apply: (tr, value) => {
        const values = tr.getMeta(variablesKey) as VariableValues | undefined;
        return values ? { values } : value;
      },
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

const NO_VALUES: VariableValues = {};

export function currentVariables(state: EditorState): VariableValues {
  return variablesKey.getState(state)?.values ?? NO_VALUES;
}
