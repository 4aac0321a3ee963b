import { useTranslation } from 'react-i18next';
import type { Gap } from '../editor/types';
import { problemMessage } from './problem-message';
import { SidePanel } from './SidePanel';

interface CompletenessPanelProps {
  gaps: readonly Gap[];
  /** Selects the gap's placeholder in the page (a selected slot is filled by typing). */
  onSelect: (gap: Gap) => void;
  onClose: () => void;
}

type GapGroup = 'figures' | 'slots' | 'variables';

const GROUP: Record<Gap['kind'], GapGroup> = { indicator: 'figures', slot: 'slots', variable: 'variables' };

/** How many gaps of each kind: the panel's summary and the top bar's count come from the same numbers. */
export function gapCounts(gaps: readonly Gap[]): Record<GapGroup, number> {
  const counts: Record<GapGroup, number> = { figures: 0, slots: 0, variables: 0 };
  for (const gap of gaps) counts[GROUP[gap.kind]] += 1;
  return counts;
}

/**
 * 完整性: everything that keeps the speech from being final — figures the store lacks, slots, unset variables —
 * in the order they appear, each with the words around it and why; a click selects it in the page.
 */
export function CompletenessPanel({ gaps, onSelect, onClose }: CompletenessPanelProps) {
  const { t } = useTranslation();
  const counts = gapCounts(gaps);
  return (
    <SidePanel title={t('completeness.title')} closeLabel={t('completeness.close')} onClose={onClose} testId="completeness-panel">
      {gaps.length === 0 ? (
        <p className="completeness-done" role="status" data-testid="completeness-summary" data-count="0">
          {t('completeness.done')}
        </p>
      ) : (
        <>
          <p className="side-panel-intro" role="status" data-testid="completeness-summary" data-count={gaps.length}>
            {t('completeness.summary', { count: gaps.length })}
          </p>
          <ul className="completeness-counts">
            {(['figures', 'slots', 'variables'] as const).map((group) => (
              <li key={group} className={`gap-count gap-count-${group}`} data-testid={`gap-count-${group}`} data-count={counts[group]}>
                {t(`completeness.counts.${group}`, { count: counts[group] })}
              </li>
            ))}
          </ul>
          <ol className="gap-list" aria-label={t('completeness.listLabel')}>
            {gaps.map((gap) => (
              <li key={gap.pos}>
                <button type="button" className={`gap-item gap-${gap.kind}`} onClick={() => onSelect(gap)} data-testid="gap-item" data-kind={gap.kind} data-pos={gap.pos}>
                  <span className="gap-kind">{t(`completeness.kinds.${gap.kind}`)}</span>
                  <span className="gap-context">
                    {gap.before && <span className="gap-around">{`${gap.clipped.before ? '…' : ''}${gap.before}`}</span>}
                    <mark className="gap-shows">{gap.shows}</mark>
                    {gap.after && <span className="gap-around">{`${gap.after}${gap.clipped.after ? '…' : ''}`}</span>}
                  </span>
                  <span className="gap-problem">{problemMessage(t, gap.problem)}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </SidePanel>
  );
}
