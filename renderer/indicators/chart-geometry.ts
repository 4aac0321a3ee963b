/** The drawing area of a chart: its size and the margins kept for axis labels. */
export interface ChartBox {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export interface ChartPoint {
  x: number;
  y: number;
  value: number;
}

export interface ChartTick {
  value: number;
  y: number;
}

export interface ChartLayout {
  points: ChartPoint[];
  ticks: ChartTick[];
}

/** A step of 1, 2 or 5 times a power of ten, so that axis labels read as round figures (0.5, 2, 50). */
function niceStep(span: number, count: number): number {
  const raw = span / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const scaled = raw / power;
  const factor = scaled <= 1 ? 1 : scaled <= 2 ? 2 : scaled <= 5 ? 5 : 10;
  return factor * power;
}

/** The value range the axis spans: the data's, widened to round ticks; a flat series gets room above and below. */
function axisRange(values: readonly number[]): { low: number; high: number; step: number } {
  let min = Math.min(...values);
  let max = Math.max(...values);
  if (min === max) {
    const pad = min === 0 ? 1 : Math.abs(min) * 0.1;
    min -= pad;
    max += pad;
  }
  const step = niceStep(max - min, 4);
  return { low: Math.floor(min / step) * step, high: Math.ceil(max / step) * step, step };
}

/** Rounds away the float noise of tick arithmetic (0.30000000000000004). */
const clean = (value: number) => Number(value.toPrecision(12));

/**
 * Where each value sits: periods evenly spaced left to right (they are equally long periods of one kind),
 * values on a linear scale from the lowest tick at the bottom to the highest at the top. One value sits in the middle.
 */
export function chartLayout(values: readonly number[], box: ChartBox): ChartLayout {
  if (values.length === 0) return { points: [], ticks: [] };
  const { low, high, step } = axisRange(values);
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const yOf = (value: number) => box.top + ((high - value) / (high - low)) * plotHeight;
  const xOf = (index: number) => (values.length === 1 ? box.left + plotWidth / 2 : box.left + (index / (values.length - 1)) * plotWidth);
  const points = values.map((value, index) => ({ x: xOf(index), y: yOf(value), value }));
  const ticks: ChartTick[] = [];
  for (let index = 0; low + index * step <= high + step / 1e6; index += 1) {
    const value = clean(low + index * step);
    ticks.push({ value, y: yOf(value) });
  }
  return { points, ticks };
}
