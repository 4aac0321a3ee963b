/**
 * What the editor core (renderer/editor/) offers the React app around it. The app never reaches into
 * ProseMirror or Yjs directly; it renders from EditorSnapshot and calls the commands below.
 */
import type { EditorView } from 'prosemirror-view';
import type { NodeJson } from '../../common/api';
import type { Level, NumberingStyle } from '../../common/numbering-style';
import type { Finding } from '../../common/checks/finding';
import type { LayoutField, LayoutIssue, SpeechLayout } from '../../common/export/layout-settings';
import type { Formulation } from '../../common/checks/formulation-list';
import type { PlaceholderKind } from '../../common/placeholder-kind';
import type { Resolution } from '../../common/placeholder-resolve';
import type { SpokenBlock } from '../../common/speaking-time';
import type { PlaceholderAttrs } from '../../common/schema';
import type { VersionAuthor } from '../../common/versions';
import type { ResolutionProblem } from './indicators/resolution-problem';
import type { SpeechComments } from './comments/speech-comments';

export type { ResolutionProblem };

export interface CollaborationUser {
  name: string;
  /** 6-digit hex, e.g. #1f6feb (y-prosemirror's cursor plugin needs that form). */
  color: string;
}

export interface SpeechEditorOptions {
  /** Element the editor mounts into. */
  mount: HTMLElement;
  documentId: string;
  /** ws:// or wss:// URL of the host's collaboration endpoint, including `?token=`. */
  collabUrl: string;
  token: string;
  user: CollaborationUser;
  /** Hint texts for the empty title and meta line, in the app's language. */
  hints: { title: string; meta: string };
  /** Called whenever anything in EditorSnapshot changes. */
  onChange: (snapshot: EditorSnapshot) => void;
  /** Called when the mouse (or the selection) comes to a figure or leaves it; the app draws the card. */
  onHover?: (hover: FigureHover | null) => void;
  /** A viewer or commenter: the text, settings and variables are not editable (the host refuses writes too). */
  readOnly?: boolean;
  /** False for a viewer, who reads the comments but may not write them; true when absent. */
  canComment?: boolean;
  /** Called once when the host ends this user's access (an invitation revoked or expired), with its reason. */
  onAccessEnded?: (reason: string) => void;
}

/** Where a figure is on screen (viewport coordinates), to put its card beside it. */
export interface FigureAnchor {
  left: number;
  top: number;
  bottom: number;
}

/** A figure of a frozen version, from its provenance mark. */
export interface FrozenFigure {
  kind: string;
  key: string;
  /** Empty for a figure that had no value when the version was frozen. */
  indicator: string;
  periodLabel: string;
  value: number | null;
  unit: string;
  source: string;
  changedAt: string;
  /** False for a figure or slot that was kept as its fallback text. */
  resolved: boolean;
}

export type FigureHover =
  | { kind: 'live'; placeholder: PlaceholderAttrs; resolution: Resolution; problem?: ResolutionProblem; anchor: FigureAnchor }
  | { kind: 'frozen'; figure: FrozenFigure; anchor: FigureAnchor };

/** A placeholder that keeps the speech from being final (完整性). */
export interface Gap {
  /** Position of the placeholder, for selectPlaceholder. */
  pos: number;
  kind: PlaceholderKind;
  key: string;
  /** What the chip shows now: its fallback or expression. */
  shows: string;
  problem: ResolutionProblem;
  /** Text of the same line just before and after it. */
  before: string;
  after: string;
  /** Whether the line goes on beyond that text. */
  clipped: { before: boolean; after: boolean };
}

/** 'saved': every local change is acknowledged by the host; 'saving': some are in flight; 'offline': no connection. */
export type SaveState = 'saved' | 'saving' | 'offline';

export interface OutlineEntry {
  /** Position of the heading or point in the document, for jumpTo. */
  pos: number;
  level: Level;
  kind: 'heading' | 'point';
  /** The computed number, e.g. 一、 or （二）. */
  label: string;
  text: string;
}

export interface EditorSnapshot {
  /** True once the speech is there, from the local copy or the first sync with the host (the document is editable). */
  ready: boolean;
  /** The speech's title line as it is now (the library's copy lags behind typing). */
  title: string;
  saveState: SaveState;
  /** Local changes the host has not acknowledged yet, kept across a reload while offline. */
  unsynced: number;
  /** 字数 of the whole speech. */
  characters: number;
  numberingStyle: NumberingStyle;
  outline: OutlineEntry[];
  /** State of the toolbar buttons at the selection. */
  active: {
    strong: boolean;
    emphasis: boolean;
    lead: boolean;
    /** The kind of line the selection starts in. */
    block: 'title' | 'meta' | 'salutation' | 'heading' | 'paragraph';
    /** Heading level at the selection, or 0 outside a heading. */
    headingLevel: 0 | Level;
    canUndo: boolean;
    canRedo: boolean;
    /** Some text is selected, so 评论 applies (also in a read-only editor). */
    textSelected: boolean;
  };
  /** Other users connected to this speech (not including this one). */
  peers: CollaborationUser[];
  /** The speech's document variables (VARIABLES_MAP) by key; unset ones are absent. */
  variables: Record<string, string>;
  /** Keys of the variable placeholders in the text, each once, in order of first use. */
  usedVariables: string[];
  /** How many slots are still to fill. */
  slots: number;
  /** Unresolved figures, slots and unset variables, in document order. */
  gaps: Gap[];
  /** The blocks as they are read aloud (figures resolved, numbers included), for the speaking time. */
  spoken: SpokenBlock[];
  /** The speech's target length in minutes, shared by everyone editing it; null when none is set. */
  targetMinutes: number | null;
  /** The speech's export and print layout (its settings over the defaults), shared by everyone editing it. */
  layout: SpeechLayout;
}

/** Toolbar and menu actions. Each returns false when it does not apply at the selection. */
export interface SpeechEditorCommands {
  toggleStrong(): boolean;
  toggleEmphasis(): boolean;
  /** Turns the paragraph at the selection into a numbered point with a run-in lead, or back. */
  toggleLead(): boolean;
  setHeading(level: Level): boolean;
  setParagraph(): boolean;
  /** Moves the section (heading with everything under it) at the selection past its neighbour. */
  moveSection(direction: 'up' | 'down'): boolean;
  /** Inserts a section template's blocks after the block at the caret; false when they are not valid body blocks. */
  insertSection(content: readonly NodeJson[]): boolean;
  /** Selects the next slot after the selection (wrapping), so that typing fills it. */
  nextSlot(): boolean;
  /** Starts a comment on the selected text (see SpeechEditor.comments); changes no text. */
  comment(): boolean;
  undo(): boolean;
  redo(): boolean;
}

export interface SpeechEditor {
  readonly view: EditorView;
  readonly commands: SpeechEditorCommands;
  /** Review comments: threads on ranges of the text, kept in the speech's comments document. */
  readonly comments: SpeechComments;
  setNumberingStyle(style: NumberingStyle): void;
  /** Sets the speech's target length for everyone; null clears it. */
  setTargetMinutes(minutes: number | null): void;
  /** Sets a document variable for everyone; an empty value unsets it. */
  setVariable(key: string, value: string): void;
  /** Sets one layout field for everyone; a value it may not have changes nothing and comes back as the reason. */
  setLayoutField(field: LayoutField, value: unknown): LayoutIssue | undefined;
  /** Back to the default for one layout field, or (no field) for all. */
  resetLayout(field?: LayoutField): void;
  /** The blocks "save as template" takes at the selection (see commands/section-content.ts); empty when none. */
  sectionContent(): NodeJson[];
  /** Scrolls to and selects the start of the block at pos. */
  jumpTo(pos: number): void;
  /** Scrolls to and selects the placeholder at pos (a Gap's), so that typing fills a slot; false when none is there. */
  selectPlaceholder(pos: number): boolean;
  /** The proofing checks over the speech as it is now; run on demand, as they read the whole text. */
  checks(formulations: readonly Formulation[]): SpeechChecks;
  /** Called when what checks() returns may have changed: the text, the variables, the figures or the dismissals. */
  onChecksChange(listener: () => void): () => void;
  /** Hides findings with this key (see common/checks/dismissal.ts) for everyone editing the speech. */
  dismissFinding(key: string): void;
  /** Scrolls to and selects the text between from and to (a finding's). */
  selectRange(from: number, to: number): void;
  focus(): void;
  destroy(): void;
}

export interface SpeechChecks {
  /** Every finding, dismissed ones included, in document order. */
  findings: Finding[];
  /** Keys of the dismissed findings. */
  dismissed: string[];
}

export type CreateSpeechEditor = (options: SpeechEditorOptions) => SpeechEditor;

export interface VersionViewOptions {
  mount: HTMLElement;
  /** The version's doc as ProseMirror JSON. */
  doc: NodeJson;
  numberingStyle: NumberingStyle;
  onHover: (hover: FigureHover | null) => void;
}

/** A version shown read-only, without collaboration; destroy() removes it. */
export interface VersionView {
  destroy(): void;
}

export type CreateVersionView = (options: VersionViewOptions) => VersionView;

export interface CompareViewOptions {
  mount: HTMLElement;
  /** The speech with its whole history (HistoryResponse.state, decoded). */
  state: Uint8Array;
  authors: VersionAuthor[];
  /** Y.encodeSnapshot of the older and the newer text. */
  older: Uint8Array;
  newer: Uint8Array;
  /** Hover texts in the app's language. */
  labels: { inserted: (name: string) => string; deleted: (name: string) => string; unknownAuthor: string };
}

/** One author's share of a comparison, in characters. */
export interface CompareAuthorCount {
  name: string;
  color: string;
  inserted: number;
  deleted: number;
}

/** What a comparison shows: each run of inserted or deleted text counts once. */
export interface CompareSummary {
  insertions: number;
  deletions: number;
  authors: CompareAuthorCount[];
}

/** Two texts of a speech compared, read-only; `rendered` settles once the comparison is on screen. */
export interface CompareView {
  rendered: Promise<CompareSummary>;
  destroy(): void;
}

export type CreateCompareView = (options: CompareViewOptions) => CompareView;
