import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { distanceFromTarget, MAX_RATE, MIN_RATE, speakingTime, type SectionTime, type SpokenBlock } from '../../../common/speaking-time';
import { SidePanel } from '../SidePanel';
import { formatDuration } from './duration';
import { TargetInput } from './TargetInput';
import '../../styles/statistics.css';

interface StatisticsPanelProps {
  /** 字数 of the whole speech, as the status bar shows it. */
  characters: number;
  spoken: readonly SpokenBlock[];
  /** 字/分钟, this user's own pace. */
  rate: number;
  onRate: (rate: number) => void;
  targetMinutes: number | null;
  onTargetMinutes: (minutes: number | null) => void;
  /** Moves the caret to a section in the page. */
  onJump: (pos: number) => void;
  onClose: () => void;
}

/** The slider moves in steps a writer can tell apart when rehearsing. */
const RATE_STEP = 5;

/**
 * 统计: how long the speech takes to deliver at the speaker's pace, part by part, and how far it is from the
 * length the meeting gives it — the figure writers otherwise work out by hand from 字数.
 */
export function StatisticsPanel({ characters, spoken, rate, onRate, targetMinutes, onTargetMinutes, onJump, onClose }: StatisticsPanelProps) {
  const { t, i18n } = useTranslation();
  const rateId = useId();
  const time = useMemo(() => speakingTime(spoken, rate), [spoken, rate]);
  const longest = Math.max(0, ...time.sections.map((section) => section.seconds));
  const distance = targetMinutes === null ? null : distanceFromTarget(time.seconds, targetMinutes);
  const number = new Intl.NumberFormat(i18n.language);

  const sectionName = (section: SectionTime) => (section.kind === 'part' ? `${section.label}${section.title}` : t(`statistics.sections.${section.kind}`));

  return (
    <SidePanel title={t('statistics.title')} closeLabel={t('statistics.close')} onClose={onClose} testId="statistics-panel">
      <dl className="statistics-figures">
        <div>
          <dt>{t('statistics.characters')}</dt>
          <dd data-testid="statistics-characters" data-count={characters}>
            {number.format(characters)}
          </dd>
        </div>
        <div>
          <dt>{t('statistics.time')}</dt>
          <dd data-testid="statistics-time" data-seconds={Math.round(time.seconds)}>
            {formatDuration(t, time.seconds)}
          </dd>
        </div>
      </dl>
      <p className="side-panel-intro" data-testid="statistics-basis">
        {t('statistics.basis', { count: time.syllables, formatted: number.format(time.syllables), rate })}
      </p>

      <div className="statistics-field">
        <label htmlFor={rateId}>{t('statistics.rate.label')}</label>
        <span className="statistics-rate">
          <input
            id={rateId}
            type="range"
            min={MIN_RATE}
            max={MAX_RATE}
            step={RATE_STEP}
            value={rate}
            aria-valuetext={t('statistics.rate.value', { rate })}
            onChange={(event) => onRate(Number(event.target.value))}
            data-testid="statistics-rate"
          />
          <output htmlFor={rateId} data-testid="statistics-rate-value">
            {t('statistics.rate.value', { rate })}
          </output>
        </span>
      </div>

      <TargetInput value={targetMinutes} onChange={onTargetMinutes} />
      {distance && (
        <p className={`statistics-distance statistics-distance-${distance.kind}`} role="status" data-testid="statistics-distance" data-kind={distance.kind} data-seconds={distance.seconds}>
          {t(`statistics.distance.${distance.kind}`, { duration: formatDuration(t, distance.seconds) })}
        </p>
      )}

      <h3 className="statistics-heading">{t('statistics.sections.title')}</h3>
      {time.sections.length === 0 ? (
        <p className="side-panel-intro">{t('statistics.sections.empty')}</p>
      ) : (
        <ol className="statistics-sections" aria-label={t('statistics.sections.title')}>
          {time.sections.map((section) => (
            <li key={section.pos}>
              <button type="button" className={`statistics-section statistics-section-${section.kind}`} onClick={() => onJump(section.pos)} data-testid="statistics-section" data-kind={section.kind} data-seconds={Math.round(section.seconds)}>
                <span className="statistics-section-name" title={sectionName(section)}>
                  {sectionName(section)}
                </span>
                <span className="statistics-section-time">{formatDuration(t, section.seconds)}</span>
                <span className="statistics-bar" aria-hidden="true">
                  <span className="statistics-bar-fill" style={{ width: `${longest > 0 ? (section.seconds / longest) * 100 : 0}%` }} />
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </SidePanel>
  );
}
