import { CardList, CardListItem } from '@rapport/ui/card-list';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { ContactSummaryFragment } from '../../../gql/graphql';
import { ContactBadges } from './contact-badges';

export interface ContactListProps {
  contacts: readonly ContactSummaryFragment[];
  /** Names the list for screen readers. */
  label: string;
  /** True while a new search loads and these are the previous results. */
  busy?: boolean;
  /** Router state for the links, e.g. the search to come back to. */
  linkState?: unknown;
  /** Leaves the company out where the page is about that company. */
  hideCompany?: boolean;
  /** Each name is a heading that fits the page outline: h2 under the page's h1, h3 inside a section. */
  headingLevel?: 2 | 3;
}

export function ContactList({
  contacts,
  label,
  busy,
  linkState,
  hideCompany,
  headingLevel = 2,
}: ContactListProps) {
  if (contacts.length === 0) return null;
  return (
    <CardList label={label} busy={busy}>
      {contacts.map((contact) => {
        const meta = [contact.title, hideCompany ? null : contact.company?.name].filter(Boolean);
        return (
          <CardListItem
            key={contact.id}
            headingLevel={headingLevel}
            title={
              <Link to={paths.contact.href(contact.id)} state={linkState}>
                {contact.fullName}
              </Link>
            }
            meta={meta.join(' · ') || 'No title or company yet'}
            aside={<ContactBadges contact={contact} />}
          />
        );
      })}
    </CardList>
  );
}
