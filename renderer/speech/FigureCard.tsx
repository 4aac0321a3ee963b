import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Provenance } from '../../common/placeholder-resolve';
import { formatDateTime } from '../i18n/format-time';
import type { FigureHover, FrozenFigure } from '../editor/types';
import { problemMessage, variableLabel } from './problem-message';

/** Room between a figure and its card, and the card's width, in CSS pixels. */
const GAP = 6;
const CARD_WIDTH = 300;

function Row({ label, children, testId }: { label: string; children: ReactNode; testId: string }) {
  return (
    <div className="figure-card-row" data-testid={testId}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function useFigureFormat() {
  const { t, i18n } = useTranslation();
  return {
    value: (value: number, unit: string) => t('figures.value', { value: value.toLocaleString(i18n.language, { maximumFractionDigits: 4 }), unit }),
    time: (iso: string) => formatDateTime(iso, i18n.language),
  };
}

function LiveFigure({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <>
      <Row label={t('figures.period')} testId="figure-period">
        {provenance.periodLabel}
      </Row>
      <Row label={t('figures.valueLabel')} testId="figure-value">
        {format.value(provenance.value, provenance.unit)}
      </Row>
      {provenance.rank !== null && (
        <Row label={t('figures.rank')} testId="figure-rank">
          {provenance.rankOf === null ? t('figures.rankOnly', { rank: provenance.rank }) : t('figures.rankOf', { rank: provenance.rank, of: provenance.rankOf })}
        </Row>
      )}
      <Row label={t('figures.source')} testId="figure-source">
        {provenance.source || t('figures.noSource')}
      </Row>
      <Row label={t('figures.changed')} testId="figure-changed">
        {t('figures.changedBy', { who: provenance.changedBy, when: format.time(provenance.changedAt) })}
      </Row>
    </>
  );
}

function FrozenDetails({ figure }: { figure: FrozenFigure }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  return (
    <>
      <Row label={t('figures.period')} testId="figure-period">
        {figure.periodLabel}
      </Row>
      {figure.value !== null && (
        <Row label={t('figures.valueLabel')} testId="figure-value">
          {format.value(figure.value, figure.unit)}
        </Row>
      )}
      <Row label={t('figures.source')} testId="figure-source">
        {figure.source || t('figures.noSource')}
      </Row>
      {figure.changedAt && (
        <Row label={t('figures.changed')} testId="figure-changed">
          {format.time(figure.changedAt)}
        </Row>
      )}
    </>
  );
}

/** The card's title and body for what is under the mouse. */
function CardContent({ hover }: { hover: FigureHover }) {
  const { t } = useTranslation();
  if (hover.kind === 'frozen') {
    const { figure } = hover;
    if (figure.kind === 'indicator' && figure.resolved)
      return (
        <>
          <p className="figure-card-title">{figure.indicator}</p>
          <p className="figure-card-kind">{t('figures.frozenFigure')}</p>
          <dl className="figure-card-rows">
            <FrozenDetails figure={figure} />
          </dl>
        </>
      );
    return (
      <>
        <p className="figure-card-title">{figure.kind === 'variable' ? variableLabel(t, figure.key) : figure.key}</p>
        <p className="figure-card-kind">{t(`figures.frozen.${figure.resolved ? 'text' : 'unresolved'}`)}</p>
      </>
    );
  }
  const { placeholder, resolution, problem } = hover;
  if (resolution.resolved && placeholder.kind === 'variable')
    return (
      <>
        <p className="figure-card-title">{variableLabel(t, placeholder.key)}</p>
        <p className="figure-card-kind">{t('figures.variable')}</p>
      </>
    );
  if (resolution.resolved && resolution.provenance)
    return (
      <>
        <p className="figure-card-title">{resolution.provenance.indicator}</p>
        <dl className="figure-card-rows">
          <LiveFigure provenance={resolution.provenance} />
        </dl>
      </>
    );
  return (
    <>
      <p className="figure-card-title">{t(`figures.unresolved.${placeholder.kind}`)}</p>
      <dl className="figure-card-rows">
        <Row label={t('figures.expression')} testId="figure-expression">
          <code>{placeholder.key}</code>
        </Row>
        {placeholder.fallback && (
          <Row label={t('figures.fallback')} testId="figure-fallback">
            {placeholder.fallback}
          </Row>
        )}
      </dl>
      {problem && (
        <p className="figure-card-problem" data-testid="figure-problem">
          {problemMessage(t, problem)}
        </p>
      )}
    </>
  );
}

/**
 * The card beside a figure: where a chip's figure comes from (indicator, period, value, rank, source, last change)
 * or why it has none; for a frozen version, the provenance its mark kept. Below the figure, or above it near the
 * bottom of the window.
 */
export function FigureCard({ hover }: { hover: FigureHover }) {
  const { anchor } = hover;
  const below = anchor.bottom + GAP + 200 < window.innerHeight;
  const left = Math.max(GAP, Math.min(anchor.left, window.innerWidth - CARD_WIDTH - GAP));
  const position = below ? { top: anchor.bottom + GAP } : { bottom: window.innerHeight - anchor.top + GAP };
  const unresolved = hover.kind === 'live' ? !hover.resolution.resolved : !hover.figure.resolved;
  return (
    <div
      className={unresolved ? 'figure-card figure-card-unresolved' : 'figure-card'}
      role="tooltip"
      style={{ left, width: CARD_WIDTH, ...position }}
      data-testid="figure-card"
      data-resolved={String(!unresolved)}
    >
      <CardContent hover={hover} />
    </div>
  );
}
