import { EditorState, TextSelection, type Command, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { speechSchema } from '../../common/schema';
import { SETTINGS_MAP, SETTING_NUMBERING_STYLE, SETTING_TARGET_MINUTES } from '../../common/collab';
import { targetMinutes } from '../../common/speaking-time';
import { VARIABLES_MAP } from '../../common/variables';
import type { NumberingStyle } from '../../common/numbering-style';
import { SpeechConnection } from './collab/connection';
import { createSpeechState } from './speech-state';
import { snapshotter } from './snapshot';
import { keepUnchanged } from './same-value';
import { frameTask } from './frame-task';
import { numberingPlugin } from './plugins/numbering';
import { variablesPlugin } from './plugins/variables';
import { toggleEmphasis, toggleStrong } from './commands/marks';
import { toggleLead } from './commands/toggle-lead';
import { setHeading, setParagraph } from './commands/block-type';
import { moveSection } from './commands/move-section';
import { insertSection } from './commands/insert-section';
import { selectNextSlot } from './commands/next-slot';
import { selectPlaceholder } from './commands/select-placeholder';
import { sectionContent } from './commands/section-content';
import { undo, redo } from './commands/history';
import type { EditorSnapshot, SpeechEditor, SpeechEditorCommands, SpeechEditorOptions } from './types';
import { dismissedKeys, dismissFinding } from '../../common/checks/dismissal';
import { resetLayout, resetLayoutField, setLayoutField, speechLayout } from '../../common/export/layout-settings';
import { runChecks } from '../../common/checks/run-checks';
import { resolutionKey } from './plugins/resolution';
import { currentVariables } from './plugins/variables';
import { speechComments } from './comments/speech-comments';

/**
 * The editor core the app mounts for one speech. Until the speech is there the view shows an empty,
 * read-only frame; it switches to the state bound to the editor doc as soon as the local copy has the speech
 * or, for a speech never opened in this browser, on the first sync with the host. (Binding earlier would
 * render, and write back, a document that is not the speech yet.)
 */
export function createSpeechEditor(options: SpeechEditorOptions): SpeechEditor {
  const connection = new SpeechConnection(options);
  const readOnly = options.readOnly ?? false;
  const settings = connection.editor.getMap(SETTINGS_MAP);
  const variables = connection.editor.getMap(VARIABLES_MAP);
  let ready = false;
  let lastSnapshot: EditorSnapshot | null = null;
  const checkListeners = new Set<() => void>();
  const checksChanged = () => checkListeners.forEach((listener) => listener());
  const snapshot = snapshotter();

  const emit = () => {
    const next = keepUnchanged(lastSnapshot, snapshot(view.state, { ready, saveState: connection.saveState, unsynced: connection.unsyncedChanges, peers: connection.peers }, targetMinutes(settings.get(SETTING_TARGET_MINUTES)), speechLayout(settings)));
    if (next === lastSnapshot) return;
    lastSnapshot = next;
    options.onChange(next);
  };
  // Keystrokes and remote changes only schedule the snapshot: the view's own update stays ProseMirror's work,
  // and the app's derived data and re-render happen once per frame however many transactions it had.
  const update = frameTask(emit);

  const view: EditorView = new EditorView(options.mount, {
    state: EditorState.create({ schema: speechSchema, plugins: [numberingPlugin(settings), variablesPlugin(variables)] }),
    // A viewer's or commenter's view never takes input: the host would refuse the change anyway.
    editable: () => ready && !readOnly,
    attributes: { class: 'speech-editor', spellcheck: 'false' },
    dispatchTransaction(tr: Transaction) {
      // y-prosemirror dispatches cursor updates from a timeout, which may fire after destroy().
      if (view.isDestroyed) return;
      const before = view.state;
      view.updateState(view.state.apply(tr));
      // Resolutions are recomputed (a new plugin state) only when variables or figures change.
      if (tr.docChanged || resolutionKey.getState(before) !== resolutionKey.getState(view.state)) checksChanged();
      comments.notify();
      update.schedule();
    },
  });

  const becomeReady = () => {
    if (ready || !connection.openable) return;
    ready = true;
    // The speech may still be waiting in the relay for the next frame: the binding must start from all of it.
    connection.relay.flush();
    view.updateState(
      createSpeechState({ doc: connection.editor, awareness: connection.awareness, relay: connection.relay, hints: options.hints, indicators: connection.indicators, onHover: options.onHover, comments: connection.comments }),
    );
    comments.notify();
  };
  const stopListening = connection.onChange(() => {
    becomeReady();
    update.schedule();
  });
  // A co-editor's new target or layout changes no text, so no transaction would report it.
  const followSettings = () => update.schedule();
  settings.observe(followSettings);

  const comments = speechComments(view, connection.comments, options.user, () => ready, options.canComment ?? true);
  // A command comes from a click or a shortcut, not from typing: its result (toolbar state, outline) is reported at once.
  const reported = <T>(result: T): T => {
    update.flush();
    return result;
  };
  const run = (command: Command) => reported(ready && command(view.state, view.dispatch, view));
  const edit = (command: Command) => !readOnly && run(command);
  const commands: SpeechEditorCommands = {
    toggleStrong: () => edit(toggleStrong),
    toggleEmphasis: () => edit(toggleEmphasis),
    toggleLead: () => edit(toggleLead),
    setHeading: (level) => edit(setHeading(level)),
    setParagraph: () => edit(setParagraph),
    moveSection: (direction) => edit(moveSection(direction)),
    insertSection: (content) => edit(insertSection(content)),
    nextSlot: () => run(selectNextSlot),
    comment: () => comments.start(),
    undo: () => edit(undo),
    redo: () => edit(redo),
  };
  /**
   * Changes to the speech's shared maps, which a read-only view does not make. Reported at once like a command:
   * the app's controls (e.g. the numbering style's radio buttons) show the snapshot's value.
   */
  const change = (write: () => void) => {
    if (!readOnly) connection.editor.transact(write);
    update.flush();
  };

  emit();
  return {
    view,
    commands,
    comments,
    setNumberingStyle(style: NumberingStyle) {
      change(() => settings.set(SETTING_NUMBERING_STYLE, style));
    },
    setTargetMinutes(minutes: number | null) {
      const target = targetMinutes(minutes);
      change(() => {
        if (target === null) settings.delete(SETTING_TARGET_MINUTES);
        else settings.set(SETTING_TARGET_MINUTES, target);
      });
    },
    setVariable(key: string, value: string) {
      change(() => {
        if (value) variables.set(key, value);
        else variables.delete(key);
      });
    },
    setLayoutField(field, value) {
      let issue;
      change(() => {
        issue = setLayoutField(settings, field, value);
      });
      return issue;
    },
    resetLayout(field) {
      change(() => (field ? resetLayoutField(settings, field) : resetLayout(settings)));
    },
    sectionContent: () => (ready ? sectionContent(view.state) : []),
    jumpTo(pos: number) {
      const doc = view.state.doc;
      const $pos = doc.resolve(Math.max(0, Math.min(pos + 1, doc.content.size)));
      view.dispatch(view.state.tr.setSelection(TextSelection.near($pos)).scrollIntoView());
      update.flush();
      view.focus();
    },
    checks(formulations) {
      const state = view.state;
      const context = { variables: currentVariables(state), indicators: resolutionKey.getState(state)?.indicators ?? new Map() };
      return { findings: ready ? runChecks({ doc: state.doc, context, formulations }) : [], dismissed: dismissedKeys(settings) };
    },
    onChecksChange(listener) {
      checkListeners.add(listener);
      // Dismissals live in the settings map and change no text.
      settings.observeDeep(listener);
      return () => {
        checkListeners.delete(listener);
        settings.unobserveDeep(listener);
      };
    },
    dismissFinding: (key) => change(() => dismissFinding(settings, key)),
    selectRange(from: number, to: number) {
      const doc = view.state.doc;
      const clamp = (pos: number) => Math.max(0, Math.min(pos, doc.content.size));
      view.dispatch(view.state.tr.setSelection(TextSelection.create(doc, clamp(from), clamp(to))).scrollIntoView());
      update.flush();
      view.focus();
    },
    selectPlaceholder(pos: number) {
      if (!run(selectPlaceholder(pos))) return false;
      view.focus();
      return true;
    },
    focus: () => view.focus(),
    destroy() {
      update.cancel();
      stopListening();
      settings.unobserve(followSettings);
      view.destroy();
      connection.destroy();
    },
  };
}
