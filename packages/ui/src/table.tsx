import type { Key, ReactNode } from 'react';
import { classNames } from './class-names';
import './table.css';

export interface TableColumn<Row> {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** The cell that names the row (a `th scope="row"`), usually the first. */
  rowHeader?: boolean;
  align?: 'start' | 'end';
  /**
   * For a column the list can be ordered by: whether it is the current order
   * (and which way), announced through `aria-sort` on the header. The header
   * itself then holds the button that sorts by it.
   */
  sort?: 'ascending' | 'descending' | 'none';
}

export interface TableProps<Row> {
  /** Every table says what it lists; hide it visually only when a heading says the same. */
  caption: ReactNode;
  hideCaption?: boolean;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  className?: string;
}

export function Table<Row>({
  caption,
  hideCaption,
  columns,
  rows,
  rowKey,
  className,
}: TableProps<Row>) {
  return (
    <div className={classNames('rp-table-wrap', className)}>
      <table className="rp-table">
        <caption className={hideCaption ? 'rp-visually-hidden' : undefined}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                key={column.key}
                scope="col"
                aria-sort={column.sort}
                className={column.align === 'end' ? 'rp-table__cell--end' : undefined}
              >
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => {
                const alignClass = column.align === 'end' ? 'rp-table__cell--end' : undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={alignClass}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.key} className={alignClass}>
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
