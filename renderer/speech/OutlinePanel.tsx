import { useTranslation } from 'react-i18next';
import type { OutlineEntry } from '../editor/types';

interface OutlinePanelProps {
  entries: readonly OutlineEntry[];
  onJump: (entry: OutlineEntry) => void;
}

/** 大纲: headings and numbered points with their computed numbers, indented by level; a click jumps there. */
export function OutlinePanel({ entries, onJump }: OutlinePanelProps) {
  const { t } = useTranslation();
  return (
    <nav className="outline" aria-labelledby="outline-heading" data-testid="outline">
      <h2 id="outline-heading" className="outline-title">
        {t('outline.title')}
      </h2>
      {entries.length === 0 ? (
        <p className="outline-empty">{t('outline.empty')}</p>
      ) : (
        <ol className="outline-list">
          {entries.map((entry) => (
            <li key={entry.pos} className={`outline-item outline-${entry.kind}`} style={{ paddingInlineStart: `${(entry.level - 1) * 14 + 8}px` }}>
              <button
                type="button"
                className="outline-entry"
                data-testid="outline-entry"
                data-level={entry.level}
                data-kind={entry.kind}
                title={`${entry.label}${entry.text}`}
                onClick={() => onJump(entry)}
              >
                <span className="outline-label">{entry.label}</span>
                <span className="outline-text">{entry.text || t('outline.untitled')}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
