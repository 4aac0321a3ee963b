/** One column header of a data table. */
export interface Column {
  label: string;
  /** Right-aligned figures (values, ranks, counts) get a right-aligned header. */
  align?: 'figure' | 'count';
  /** Columns of row actions are named for screen readers only. */
  hidden?: boolean;
}

const ALIGN_CLASS = { figure: 'cell-figure', count: 'cell-count' } as const;

/** The header row every table of the app shares, so headers look and read the same everywhere. */
export function ColumnHeaders({ columns }: { columns: Column[] }) {
  return (
    <thead>
      <tr>
        {columns.map((column) => (
          <th key={column.label} scope="col" className={column.align ? ALIGN_CLASS[column.align] : undefined}>
            {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
