import { INDICATOR_UNITS, type IndicatorUnit } from '../../common/indicators';
import { parsePeriod, periodKey, periodLabel, PeriodError } from '../../common/period';
import { cellText, isBlank, type Cell } from './sheet';

/** Why one cell cannot be read; the import adds the row, column and field. */
export class CellError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CellError';
  }
}

/**
 * Full-width digits and signs (１２.５, ％, ，) as a Chinese IME types them become ASCII; the typographic minus
 * becomes '-'. NFKC leaves dashes such as — alone, so they still read as "no figure".
 */
function normalize(text: string): string {
  return text.normalize('NFKC').replace(/[\u2212\uFE63]/g, '-').trim();
}

const DASH_ONLY = /^[-\u2010-\u2015\u2E3A\u2E3B]+$/;
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d+)?|\.\d+)$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const RANK_TEXT = /^第?(\d+)[位名]?$/;

/** Twelve significant digits hide the binary noise of a percent cell's ×100 (0.082 × 100 = 8.200000000000001). */
const tidy = (value: number) => Number(value.toPrecision(12));

export interface ReadNumber {
  value: number;
  /** The cell said the number is a percentage (8.2% typed, or a percent-formatted spreadsheet cell). */
  percent: boolean;
}

/** A number as writers type it: "8.2", " 8.2 ", "8.2%", "１２.５", "1,234.5", "-1.2". Blank cells give undefined. */
export function readNumber(cell: Cell | undefined): ReadNumber | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  if (cell.kind === 'number') {
    if (!Number.isFinite(cell.number)) throw new CellError(`'${cell.number}' is no number`);
    return cell.percent ? { value: tidy(cell.number * 100), percent: true } : { value: cell.number, percent: false };
  }
  if (cell.kind === 'date') throw new CellError(`'${cellText(cell)}' is a date, not a number`);
  const raw = cellText(cell);
  const text = normalize(raw);
  if (DASH_ONLY.test(text)) throw new CellError(`'${raw.trim()}' is no number; leave the cell empty when there is no figure`);
  const percent = text.endsWith('%');
  const digits = (percent ? text.slice(0, -1) : text).trim();
  if (PLAIN_NUMBER.test(digits)) return { value: Number(digits), percent };
  if (GROUPED_NUMBER.test(digits)) return { value: Number(digits.replace(/,/g, '')), percent };
  throw new CellError(`'${raw.trim()}' is no number`);
}

/** A rank or a count ranked: a positive whole number, also as 第3位 or 第3名. */
export function readRank(cell: Cell | undefined): number | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  let value: number | undefined;
  if (cell.kind === 'number' && !cell.percent) value = cell.number;
  if (cell.kind === 'text') {
    const match = RANK_TEXT.exec(normalize(cell.text));
    if (match?.[1]) value = Number(match[1]);
    else if (DASH_ONLY.test(normalize(cell.text))) throw new CellError(`'${cell.text.trim()}' is no rank; leave the cell empty when there is none`);
  }
  if (value === undefined || !Number.isInteger(value) || value < 1) throw new CellError(`'${cellText(cell).trim()}' is no rank (a whole number from 1, e.g. 3 or 第3位)`);
  return value;
}

/** Text with its spaces trimmed; blank cells give undefined. */
export function readText(cell: Cell | undefined): string | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  return cellText(cell).trim();
}

export function readUnit(cell: Cell | undefined): IndicatorUnit | undefined {
  const text = readText(cell);
  if (text === undefined) return undefined;
  const unit = normalize(text);
  if (!(INDICATOR_UNITS as readonly string[]).includes(unit)) {
    throw new CellError(`unit '${text}' is unknown; use one of ${INDICATOR_UNITS.join(' ')}`);
  }
  return unit as IndicatorUnit;
}

export interface ReadPeriod {
  key: string;
  label: string;
}

/**
 * A period as parsePeriod reads it (2024年前三季度, 2024年1-9月, 2024-09). A date cell is the month it falls in,
 * because spreadsheets turn a typed 2024-09 into the date 2024-09-01.
 */
export function readPeriod(cell: Cell | undefined): ReadPeriod | undefined {
  if (cell === undefined || isBlank(cell)) return undefined;
  const text =
    cell.kind === 'date'
      ? `${cell.date.getUTCFullYear()}-${String(cell.date.getUTCMonth() + 1).padStart(2, '0')}`
      : normalize(cellText(cell));
  try {
    const period = parsePeriod(text);
    return { key: periodKey(period), label: periodLabel(period) };
  } catch (error) {
    if (error instanceof PeriodError) throw new CellError(error.message);
    throw error;
  }
}
