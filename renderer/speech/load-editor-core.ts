import type { CreateSpeechEditor } from '../editor/types';

/**
 * The editor core (ProseMirror, Yjs, the Hocuspocus provider) is the heaviest part of the bundle and only
 * the speech screen needs it, so it loads on first use instead of delaying the library.
 */
export async function loadEditorCore(): Promise<CreateSpeechEditor> {
  const core = await import('../editor/speech-editor');
  return core.createSpeechEditor;
}
