import { Schema, type MarkSpec, type Node, type NodeSpec } from 'prosemirror-model';
import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { ySyncPlugin, ySyncPluginKey } from 'y-prosemirror';
import * as Y from 'yjs';
import { PROSEMIRROR_FRAGMENT, SETTINGS_MAP } from '../../common/collab';
import { speechSchema } from '../../common/schema';
import { authorKey, parseAuthorKey, permanentUserDataOf } from '../../common/version-authors';
import { numberingPlugin } from './plugins/numbering';
import { placeholderNodeViews } from './plugins/placeholder-view';
import type { CompareAuthorCount, CompareSummary, CompareView, CompareViewOptions } from './types';

/** The mark y-prosemirror's snapshot rendering puts on inserted and deleted text. */
const YCHANGE = 'ychange';

interface YChange {
  user: string | null;
  type: 'added' | 'removed';
}

/** Colour of text whose author the host does not know (written before authors were recorded). */
const UNKNOWN_COLOR = '#6b7280';

/**
 * The speech schema plus the `ychange` mark, allowed wherever text is: the compare view only, the speech itself
 * never holds it. Each change shows its author's colour and, on hover, their name.
 */
function compareSchema(labels: CompareViewOptions['labels']): Schema {
  const nodes: Record<string, NodeSpec> = {};
  speechSchema.spec.nodes.forEach((name, spec) => {
    nodes[name] = spec.marks === '' ? { ...spec, marks: YCHANGE } : spec;
  });
  const ychange: MarkSpec = {
    attrs: { user: { default: null }, type: { default: null }, color: { default: null } },
    inclusive: false,
    toDOM(mark) {
      const change = mark.attrs as YChange;
      const author = parseAuthorKey(change.user);
      const name = author?.name ?? labels.unknownAuthor;
      const added = change.type === 'added';
      return [
        added ? 'ins' : 'del',
        {
          class: `compare-change compare-${added ? 'inserted' : 'deleted'}`,
          'data-author': name,
          'data-color': author?.color ?? UNKNOWN_COLOR,
          title: added ? labels.inserted(name) : labels.deleted(name),
          style: `--author-color: ${author?.color ?? UNKNOWN_COLOR}`,
        },
        0,
      ];
    },
  };
  return new Schema({ nodes: Object.fromEntries(Object.entries(nodes)), marks: speechSchema.spec.marks.addToEnd(YCHANGE, ychange) });
}

/** Counts the runs of inserted and deleted text and each author's characters. */
export function summarize(doc: Node, unknownAuthor: string): CompareSummary {
  const authors = new Map<string, CompareAuthorCount>();
  const summary: CompareSummary = { insertions: 0, deletions: 0, authors: [] };
  doc.descendants((block) => {
    if (!block.isTextblock) return true;
    let previous: YChange | null = null;
    block.forEach((child) => {
      const mark = child.marks.find((candidate) => candidate.type.name === YCHANGE);
      const change = mark ? (mark.attrs as YChange) : null;
      if (change && child.isText) {
        if (!previous || previous.type !== change.type || previous.user !== change.user) {
          if (change.type === 'added') summary.insertions += 1;
          else summary.deletions += 1;
        }
        const author = parseAuthorKey(change.user);
        const key = change.user ?? '';
        let count = authors.get(key);
        if (!count) {
          count = { name: author?.name ?? unknownAuthor, color: author?.color ?? UNKNOWN_COLOR, inserted: 0, deleted: 0 };
          authors.set(key, count);
        }
        const length = [...(child.text ?? '')].length;
        if (change.type === 'added') count.inserted += length;
        else count.deleted += length;
      }
      previous = change;
    });
    return false;
  });
  summary.authors = [...authors.values()];
  return summary;
}

/**
 * Two texts of a speech compared by y-prosemirror's snapshot rendering: a private copy of the speech with its
 * history (gc off, as the host keeps it), the older and newer snapshots, and the authors as
 * Y.PermanentUserData. Read-only; nothing reaches the host.
 */
export function createCompareView(options: CompareViewOptions): CompareView {
  const history = new Y.Doc({ gc: false });
  Y.applyUpdate(history, options.state);
  const schema = compareSchema(options.labels);
  const sync = ySyncPlugin(history.getXmlFragment(PROSEMIRROR_FRAGMENT), {
    permanentUserData: permanentUserDataOf(options.authors),
    colorMapping: new Map(options.authors.map((author) => [authorKey(author), { light: `${author.color}33`, dark: author.color }])),
  });
  let settle: (summary: CompareSummary) => void = () => undefined;
  const rendered = new Promise<CompareSummary>((resolve) => {
    settle = resolve;
  });
  let requested = false;
  const view: EditorView = new EditorView(options.mount, {
    state: EditorState.create({ schema, plugins: [sync, numberingPlugin(history.getMap(SETTINGS_MAP))] }),
    editable: () => false,
    nodeViews: placeholderNodeViews,
    attributes: { class: 'speech-editor speech-version speech-compare', 'data-testid': 'compare-view' },
    // Called on the view as `this`, also while the view is being constructed (the binding's first render).
    dispatchTransaction(this: EditorView, tr) {
      this.updateState(this.state.apply(tr));
      // The binding renders the snapshots on the next turn, in a transaction of its own.
      const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
      if (requested && meta?.isChangeOrigin) settle(summarize(this.state.doc, options.labels.unknownAuthor));
    },
  });
  requested = true;
  view.dispatch(view.state.tr.setMeta(ySyncPluginKey, { snapshot: Y.decodeSnapshot(options.newer), prevSnapshot: Y.decodeSnapshot(options.older) }));
  return {
    rendered,
    destroy() {
      view.destroy();
      history.destroy();
    },
  };
}
