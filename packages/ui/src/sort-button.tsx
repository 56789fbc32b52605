import type { ReactNode } from 'react';
import './table.css';

export interface SortButtonProps {
  /** True when the list is ordered by this column now. */
  active: boolean;
  /** Which way this column orders, shown as an arrow while it is the current order. */
  direction: 'ascending' | 'descending';
  onSort: () => void;
  children: ReactNode;
}

/**
 * The button inside a sortable column header. The header's `aria-sort`
 * (TableColumn.sort) tells screen readers the current order; the button says
 * what pressing it does.
 */
export function SortButton({ active, direction, onSort, children }: SortButtonProps) {
  return (
    <button type="button" className="rp-table__sort" aria-pressed={active} onClick={onSort}>
      {children}
      <span aria-hidden="true">{active ? (direction === 'ascending' ? '↑' : '↓') : '↕'}</span>
    </button>
  );
}
