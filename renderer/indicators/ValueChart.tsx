import { useTranslation } from 'react-i18next';
import type { IndicatorUnit, Observation } from '../../common/indicators';
import { chartLayout, type ChartBox } from './chart-geometry';
import { formatFigure } from './figure-format';

/** Where the value axis's labels end and the grid lines begin and end. */
const GRID_LEFT = 64;
const GRID_RIGHT = 696;

/**
 * The points sit inside the grid, away from its edges, so that the first value's label does not run into the
 * axis's labels and half a period label (2025年前三季度) fits on either side.
 */
const BOX: ChartBox = { width: 720, height: 260, left: GRID_LEFT + 44, right: 720 - GRID_RIGHT + 44, top: 36, bottom: 40 };

/** Labels would overlap beyond this many; then every second (third …) period is labelled, always the last. */
const MAX_X_LABELS = 7;

/** Up to this many points each carry their value, as writers read figures, not slopes. */
const MAX_VALUE_LABELS = 12;

interface ValueChartProps {
  /** One series, oldest period first. */
  observations: Observation[];
  unit: IndicatorUnit;
  /** Names the series for screen readers, e.g. "前三季度". */
  title: string;
}

/** The values of one series of periods as a line, with period labels under the points and round values at the side. */
export function ValueChart({ observations, unit, title }: ValueChartProps) {
  const { t, i18n } = useTranslation();
  const { points, ticks } = chartLayout(
    observations.map((observation) => observation.value),
    BOX,
  );
  const labelEvery = Math.ceil(observations.length / MAX_X_LABELS);
  const labelled = (index: number) => index === observations.length - 1 || (observations.length - 1 - index) % labelEvery === 0;
  const line = points.map((point) => `${point.x.toFixed(1)},${point.y.toFixed(1)}`).join(' ');
  return (
    <figure className="value-chart" data-testid="value-chart">
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={t('indicators.chart.label', { series: title, unit })}>
        <text x={GRID_LEFT - 8} y={BOX.top - 20} className="chart-unit" textAnchor="end">
          {unit}
        </text>
        {ticks.map((tick) => (
          <g key={tick.value} className="chart-tick">
            <line x1={GRID_LEFT} x2={GRID_RIGHT} y1={tick.y} y2={tick.y} />
            <text x={GRID_LEFT - 8} y={tick.y} dominantBaseline="middle" textAnchor="end">
              {formatFigure(tick.value, i18n.language)}
            </text>
          </g>
        ))}
        {points.length > 1 && <polyline className="chart-line" points={line} />}
        {points.map((point, index) => {
          const observation = observations[index];
          if (!observation) return null;
          return (
            <g key={observation.period} className="chart-point" data-testid="chart-point">
              <circle cx={point.x} cy={point.y} r={4}>
                <title>{`${observation.periodLabel}：${formatFigure(observation.value, i18n.language)}${unit}`}</title>
              </circle>
              {observations.length <= MAX_VALUE_LABELS && (
                <text x={point.x} y={point.y - 10} textAnchor="middle" className="chart-value">
                  {formatFigure(observation.value, i18n.language)}
                </text>
              )}
              {labelled(index) && (
                <text x={point.x} y={BOX.height - BOX.bottom + 20} textAnchor="middle" className="chart-period">
                  {observation.periodLabel}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
