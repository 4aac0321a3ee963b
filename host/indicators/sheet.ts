/**
 * A spreadsheet as the import reads it, whatever the file format: rows numbered as the spreadsheet shows
 * them (row 1 is the header) and cells by 0-based column index.
 */

export type Cell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `percent`: the cell is formatted as a percentage, so 0.082 shows (and means) 8.2%. */
  | { kind: 'number'; number: number; percent: boolean }
  | { kind: 'date'; date: Date };

export interface SheetRow {
  row: number;
  cells: Cell[];
}

export interface Sheet {
  rows: SheetRow[];
}

export const EMPTY_CELL: Cell = { kind: 'empty' };

/** A file that cannot be read as a spreadsheet at all; `row` is where reading stopped when known. */
export class SheetReadError extends Error {
  constructor(
    message: string,
    readonly row = 1,
  ) {
    super(message);
    this.name = 'SheetReadError';
  }
}

export function cellText(cell: Cell): string {
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.number);
    case 'date':
      return cell.date.toISOString().slice(0, 10);
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}
