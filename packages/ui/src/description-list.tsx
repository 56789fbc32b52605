import { Fragment, type ReactNode } from 'react';
import './description-list.css';

export interface DescriptionItem {
  term: string;
  details: ReactNode;
}

export function DescriptionList({ items }: { items: readonly DescriptionItem[] }) {
  return (
    <dl className="rp-dl">
      {items.map((item) => (
        <Fragment key={item.term}>
          <dt>{item.term}</dt>
          <dd>{item.details}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
