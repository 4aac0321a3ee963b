import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet } from 'prosemirror-view';
import type { Node } from 'prosemirror-model';
import type { ProjectedIndicator } from '../../../common/indicators';
import type { VariableValues } from '../../../common/placeholder-display';
import { resolvePlaceholder, type Resolution } from '../../../common/placeholder-resolve';
import { placeholderAttrs, type PlaceholderAttrs } from '../../../common/schema';
import type { IndicatorSource } from '../indicators/indicator-projection';
import { resolutionProblem, type ResolutionProblem } from '../indicators/resolution-problem';
import { currentVariables } from './variables';

/**
 * Resolves every placeholder against the indicator projection and the speech's variables, and hands each chip its
 * resolution through a node decoration. When a figure changes in the store, the projection changes, the plugin
 * recomputes and ProseMirror updates exactly the chips whose text changed, in every open speech, without writing
 * anything to the speech's Yjs document. Must come after the variables plugin, whose values it reads.
 */
export interface Resolved {
  resolution: Resolution;
  /** Set when the placeholder is unresolved. */
  problem?: ResolutionProblem;
}

export interface PlaceholderEntry extends Resolved {
  pos: number;
  attrs: PlaceholderAttrs;
}

/** What a chip's node view reads from its decoration. */
export interface ResolutionDecorationSpec {
  resolved: Resolved;
}

interface ResolutionState {
  indicators: ReadonlyMap<string, ProjectedIndicator>;
  variables: VariableValues;
  /** Every placeholder in document order. */
  entries: PlaceholderEntry[];
  decorations: DecorationSet;
  /** Resolutions by attributes, valid for these indicators and variables: typing does not re-resolve every chip. */
  cache: Map<string, Resolved>;
}

export const resolutionKey = new PluginKey<ResolutionState>('speech-resolution');

const cacheKey = (attrs: PlaceholderAttrs) => JSON.stringify([attrs.kind, attrs.key, attrs.format, attrs.fallback]);

function resolveAll(doc: Node, indicators: ReadonlyMap<string, ProjectedIndicator>, variables: VariableValues, cache: Map<string, Resolved>): ResolutionState {
  const context = { indicators, variables };
  const entries: PlaceholderEntry[] = [];
  const decorations: Decoration[] = [];
  doc.descendants((node, pos) => {
    if (node.type.name !== 'placeholder') return node.isBlock;
    const attrs = placeholderAttrs(node);
    const key = cacheKey(attrs);
    let resolved = cache.get(key);
    if (!resolved) {
      const resolution = resolvePlaceholder(attrs, context);
      resolved = resolution.resolved ? { resolution } : { resolution, problem: resolutionProblem(attrs, context) };
      cache.set(key, resolved);
    }
    entries.push({ pos, attrs, ...resolved });
    const spec: ResolutionDecorationSpec = { resolved };
    // ProseMirror redraws a node view only when its decorations' attributes differ, so what it shows must be among them.
    decorations.push(Decoration.node(pos, pos + node.nodeSize, { 'data-resolved': String(resolved.resolution.resolved), 'data-shows': resolved.resolution.text }, spec));
    return false;
  });
  return { indicators, variables, entries, decorations: DecorationSet.create(doc, decorations), cache };
}

export function resolutionPlugin(source: IndicatorSource): Plugin<ResolutionState> {
  return new Plugin<ResolutionState>({
    key: resolutionKey,
    state: {
      init: (_config, state) => resolveAll(state.doc, source.byName, currentVariables(state), new Map()),
      apply: (tr, value, _old, state) => {
        const indicators = (tr.getMeta(resolutionKey) as ReadonlyMap<string, ProjectedIndicator> | undefined) ?? value.indicators;
        const variables = currentVariables(state);
        const sameContext = indicators === value.indicators && variables === value.variables;
        if (sameContext && !tr.docChanged) return value;
        return resolveAll(tr.doc, indicators, variables, sameContext ? value.cache : new Map());
      },
    },
    props: {
      decorations: (state) => resolutionKey.getState(state)?.decorations,
    },
    view: (view) => {
      const follow = () => {
        if (source.byName !== resolutionKey.getState(view.state)?.indicators) view.dispatch(view.state.tr.setMeta(resolutionKey, source.byName));
      };
      // The projection may have filled between creating the state and mounting the view.
      follow();
      return { destroy: source.onChange(follow) };
    },
  });
}

/** Every placeholder with its resolution, in document order. */
const NO_ENTRIES: readonly PlaceholderEntry[] = [];

export function placeholderEntries(state: EditorState): readonly PlaceholderEntry[] {
  return resolutionKey.getState(state)?.entries ?? NO_ENTRIES;
}
