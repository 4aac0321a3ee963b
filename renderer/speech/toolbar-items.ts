import type { EditorSnapshot, SpeechEditorCommands } from '../editor/types';
import type { ShortcutAction } from './shortcuts';

/** What the buttons' states depend on: the selection, and whether slots are left to fill. */
export type ToolbarState = Pick<EditorSnapshot, 'active' | 'slots'>;

export interface ToolbarItem {
  action: ShortcutAction;
  /** Buttons of one group sit together between separators. */
  group: 'marks' | 'blocks' | 'sections' | 'slots' | 'history' | 'comments';
  run: (commands: SpeechEditorCommands) => boolean;
  /** Whether the button shows as pressed at the selection; absent for plain actions. */
  pressed?: (active: EditorSnapshot['active']) => boolean;
  enabled?: (state: ToolbarState) => boolean;
}

/** The toolbar, left to right. Labels and tooltips come from `toolbar.<action>` in the locale files. */
export const TOOLBAR_ITEMS: readonly ToolbarItem[] = [
  { action: 'strong', group: 'marks', run: (c) => c.toggleStrong(), pressed: (a) => a.strong },
  { action: 'emphasis', group: 'marks', run: (c) => c.toggleEmphasis(), pressed: (a) => a.emphasis },
  { action: 'lead', group: 'marks', run: (c) => c.toggleLead(), pressed: (a) => a.lead },
  { action: 'heading1', group: 'blocks', run: (c) => c.setHeading(1), pressed: (a) => a.headingLevel === 1 },
  { action: 'heading2', group: 'blocks', run: (c) => c.setHeading(2), pressed: (a) => a.headingLevel === 2 },
  { action: 'heading3', group: 'blocks', run: (c) => c.setHeading(3), pressed: (a) => a.headingLevel === 3 },
  { action: 'heading4', group: 'blocks', run: (c) => c.setHeading(4), pressed: (a) => a.headingLevel === 4 },
  { action: 'paragraph', group: 'blocks', run: (c) => c.setParagraph(), pressed: (a) => a.block === 'paragraph' },
  { action: 'moveUp', group: 'sections', run: (c) => c.moveSection('up') },
  { action: 'moveDown', group: 'sections', run: (c) => c.moveSection('down') },
  { action: 'nextSlot', group: 'slots', run: (c) => c.nextSlot(), enabled: (s) => s.slots > 0 },
  { action: 'undo', group: 'history', run: (c) => c.undo(), enabled: (s) => s.active.canUndo },
  { action: 'redo', group: 'history', run: (c) => c.redo(), enabled: (s) => s.active.canRedo },
  { action: 'comment', group: 'comments', run: (c) => c.comment(), enabled: (s) => s.active.textSelected },
];
