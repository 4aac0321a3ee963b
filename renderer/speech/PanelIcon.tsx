import type { SpeechPanelName } from './PanelRail';

// Line icons drawn on a 20×20 grid, one per panel, in the stroke style of office editors' side rails.
const PATHS: Record<SpeechPanelName, string> = {
  gallery: 'M3 4h6v5H3zM11 4h6v5h-6zM3 11h6v5H3zM11 11h6v5h-6z',
  settings: 'M4 6h12M4 14h12M8 4v4M12 12v4',
  completeness: 'M4 10.5l4 4L16 6',
  checks: 'M9 15a6 6 0 1 1 0-12 6 6 0 0 1 0 12zM13.5 13.5L17 17',
  statistics: 'M4 16V9M9 16V4M14 16v-5M3 16.5h14',
  versions: 'M10 4a6 6 0 1 1-6 6M4 5v5h5M10 7v3.5l2.5 1.5',
  comments: 'M4 4h12v9H9l-4 3v-3H4z',
};

/** The panel's icon; decorative, the rail names every panel in words beside it. */
export function PanelIcon({ name }: { name: SpeechPanelName }) {
  return (
    <svg className="panel-icon" viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
