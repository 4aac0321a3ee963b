import { Fragment, memo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpeechEditor } from '../editor/types';
import { useAccess } from '../app/access/access';
import { ariaShortcut, formatShortcut, isMacPlatform, SHORTCUTS } from './shortcuts';
import { useSnapshot, type SnapshotStore } from './snapshot-store';
import { TOOLBAR_ITEMS } from './toolbar-items';

interface EditorToolbarProps {
  editor: SpeechEditor | null;
  snapshots: SnapshotStore;
}

const mac = isMacPlatform();

/**
 * Formatting and structure commands. One tab stop for the whole bar, arrow keys between buttons (the ARIA
 * toolbar pattern); unavailable buttons stay focusable (aria-disabled) so the arrow keys never skip a gap.
 * Buttons do not take focus on mouse down, so the editor keeps its selection.
 */
export const EditorToolbar = memo(function EditorToolbar({ editor, snapshots }: EditorToolbarProps) {
  const { t } = useTranslation();
  const access = useAccess();
  // A commenter gets 评论 only; the text's commands are for those who may edit it.
  const items = TOOLBAR_ITEMS.filter((item) => (item.group === 'comments' ? access.canComment : access.canEditText));
  const [focusIndex, setFocusIndex] = useState(0);
  // The selection's state and the slot count, not the whole snapshot: typing changes neither.
  const active = useSnapshot(snapshots, (snapshot) => (snapshot?.ready ? snapshot.active : null));
  const slots = useSnapshot(snapshots, (snapshot) => snapshot?.slots ?? 0);
  const ready = editor !== null && active !== null;

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1, Home: -Infinity, End: Infinity };
    const move = moves[event.key];
    if (move === undefined) return;
    event.preventDefault();
    const last = items.length - 1;
    const next = move === -Infinity ? 0 : move === Infinity ? last : (focusIndex + move + items.length) % items.length;
    setFocusIndex(next);
    event.currentTarget.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  }

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={t('toolbar.label')} onKeyDown={onKeyDown} data-testid="editor-toolbar">
      {items.map((item, index) => {
        const previous = items[index - 1];
        const label = t(`toolbar.${item.action}.label`);
        const shortcut = SHORTCUTS[item.action];
        const enabled = ready && (item.enabled?.({ active, slots }) ?? true);
        const pressed = ready && item.pressed ? item.pressed(active) : undefined;
        return (
          <Fragment key={item.action}>
            {previous && previous.group !== item.group && <span className="toolbar-separator" role="separator" aria-orientation="vertical" />}
            <button
              type="button"
              className={`tool-button tool-${item.action}`}
              aria-label={label}
              aria-pressed={item.pressed ? pressed : undefined}
              aria-keyshortcuts={ariaShortcut(shortcut, mac)}
              title={t('toolbar.tooltip', { label, shortcut: formatShortcut(shortcut, mac) })}
              aria-disabled={!enabled}
              tabIndex={index === focusIndex ? 0 : -1}
              data-testid={`tool-${item.action}`}
              onMouseDown={(event) => event.preventDefault()}
              onFocus={() => setFocusIndex(index)}
              onClick={() => {
                if (editor && enabled) item.run(editor.commands);
              }}
            >
              <span className="tool-glyph" aria-hidden="true">
                {t(`toolbar.${item.action}.glyph`)}
              </span>
            </button>
          </Fragment>
        );
      })}
    </div>
  );
});
