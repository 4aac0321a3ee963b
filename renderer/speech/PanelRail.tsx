import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '../styles/panel-rail.css';
import { PanelIcon } from './PanelIcon';

/** The panels beside the page, in the rail's order. */
export const SPEECH_PANELS = ['gallery', 'settings', 'completeness', 'checks', 'statistics', 'versions', 'comments'] as const;
export type SpeechPanelName = (typeof SPEECH_PANELS)[number];
/** The panel beside the page, if any: one at a time. */
export type SpeechPanel = SpeechPanelName | null;

/** The element holding whichever panel is open, for the rail's aria-controls. */
export const SIDE_PANEL_ID = 'speech-side-panel';

export interface RailBadge {
  /** Read by screen readers instead of the number. */
  label: string;
  /** The number shown; null shows a tick (all done). */
  count: number | null;
  testId: string;
}

interface PanelRailProps {
  panels: readonly SpeechPanelName[];
  open: SpeechPanel;
  onOpen: (panel: SpeechPanel) => void;
  badges: Partial<Record<SpeechPanelName, RailBadge>>;
}

// The panels' full names, shown as tooltips where the rail's short label says less (English).
const NAME_KEYS: Record<SpeechPanelName, string> = {
  gallery: 'speech.panels.gallery',
  settings: 'speech.panels.settings',
  completeness: 'completeness.toggle',
  checks: 'checks.toggle',
  statistics: 'statistics.toggle',
  versions: 'versions.toggle',
  comments: 'comments.toggle',
};

function Badge({ badge }: { badge: RailBadge }): ReactNode {
  return (
    <span className={badge.count === null ? 'rail-badge rail-badge-done' : 'rail-badge'} data-testid={badge.testId} data-count={badge.count ?? 0}>
      <span className="visually-hidden">{badge.label}</span>
      <span aria-hidden="true">{badge.count ?? '✓'}</span>
    </span>
  );
}

/**
 * The column of panel switches at the page's right edge (as WPS and 飞书 have): icon, short name and a count.
 * Pressing one opens its panel and closes any other; pressing the open one closes it. One tab stop, arrow keys
 * move between the switches.
 */
export function PanelRail({ panels, open, onOpen, badges }: PanelRailProps) {
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const [focused, setFocused] = useState(0);
  const current = Math.min(focused, panels.length - 1);

  const onKeyDown = (event: KeyboardEvent) => {
    const to = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: panels.length - 1 }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    const index = (to + panels.length) % panels.length;
    setFocused(index);
    buttons.current[index]?.focus();
  };

  return (
    <nav className="panel-rail" aria-label={t('speech.rail.label')}>
      <div role="toolbar" aria-orientation="vertical" aria-label={t('speech.rail.label')} className="panel-rail-list" onKeyDown={onKeyDown}>
        {panels.map((name, index) => {
          const badge = badges[name];
          return (
            <button
              key={name}
              ref={(button) => {
                buttons.current[index] = button;
              }}
              type="button"
              className="panel-rail-button"
              tabIndex={index === current ? 0 : -1}
              aria-pressed={open === name}
              aria-controls={open === name ? SIDE_PANEL_ID : undefined}
              title={t(NAME_KEYS[name])}
              onFocus={() => setFocused(index)}
              onClick={() => onOpen(open === name ? null : name)}
              data-testid={`toggle-${name}`}
            >
              <span className="panel-rail-icon">
                <PanelIcon name={name} />
                {badge && <Badge badge={badge} />}
              </span>
              <span className="panel-rail-label">{t(`speech.rail.${name}`)}</span>
            </button>
          );
        })}
      </div>
    </nav>
  );
}
