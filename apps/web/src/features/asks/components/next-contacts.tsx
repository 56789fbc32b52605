import { buttonClassName } from '@rapport/ui/button';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';

export interface NextContactItem {
  contactId: string;
  fullName: string;
  /** Why this person, in a sentence. */
  reason: string;
  /** "Operations Manager · Northwind Logistics", when known. */
  detail?: string | null;
}

/** People to ask next, each one click away from the ask form on their page. */
export function NextContactList({
  items,
  label,
  headingLevel = 3,
}: {
  items: readonly NextContactItem[];
  label: string;
  headingLevel?: 3 | 4;
}) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="next-contacts" aria-label={label}>
      {items.map((item) => (
        <li key={item.contactId} className="next-contacts__item">
          <div className="next-contacts__main">
            <Heading className="next-contacts__name">{item.fullName}</Heading>
            {item.detail ? <p className="next-contacts__detail">{item.detail}</p> : null}
            <p className="next-contacts__reason">{item.reason}</p>
          </div>
          <Link
            to={paths.contact.href(item.contactId, true)}
            className={buttonClassName('primary', 'sm')}
            aria-label={`Ask ${item.fullName}`}
          >
            Ask {item.fullName.split(/\s+/)[0]}
          </Link>
        </li>
      ))}
    </ul>
  );
}
