import type { CreateCompareView, CreateSpeechEditor, CreateVersionView } from '../editor/types';

/**
 * The editor core (ProseMirror, Yjs, the Hocuspocus provider) is the heaviest part of the bundle and only
 * the speech screen needs it, so it loads on first use instead of delaying the library.
 */
export async function loadEditorCore(): Promise<CreateSpeechEditor> {
  const core = await import('../editor/speech-editor');
  return core.createSpeechEditor;
}

/** The read-only view of a version, from the same lazily loaded core. */
export async function loadVersionView(): Promise<CreateVersionView> {
  const core = await import('../editor/version-view');
  return core.createVersionView;
}

/** Two texts of a speech compared, from the same lazily loaded core. */
export async function loadCompareView(): Promise<CreateCompareView> {
  const core = await import('../editor/compare-view');
  return core.createCompareView;
}
