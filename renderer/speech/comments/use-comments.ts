import { useEffect, useSyncExternalStore } from 'react';
import type { CommentsSnapshot } from '../../editor/comments/speech-comments';
import type { SpeechEditor } from '../../editor/types';
import { isMacPlatform, matchesShortcut, SHORTCUTS } from '../shortcuts';

const noSubscription = () => () => undefined;
const nothing = () => null;

/** The open speech's comments, followed live; null until the editor exists. */
export function useComments(editor: SpeechEditor | null): CommentsSnapshot | null {
  return useSyncExternalStore(editor ? editor.comments.subscribe : noSubscription, editor ? editor.comments.current : nothing);
}

const mac = isMacPlatform();

/**
 * 评论's shortcut, taken at the window: a read-only editor (a commenter's) gets no key events, yet its reader
 * may select text and comment on it.
 */
export function useCommentShortcut(editor: SpeechEditor | null): void {
  useEffect(() => {
    if (!editor) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, SHORTCUTS.comment, mac)) return;
      event.preventDefault();
      editor.commands.comment();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [editor]);
}
