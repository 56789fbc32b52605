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
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  if (contacts.length === 0) return null;
  return (
    <ul className="contact-list" aria-label={label} aria-busy={busy || undefined}>
      {contacts.map((contact) => {
        const meta = [contact.title, hideCompany ? null : contact.company?.name].filter(Boolean);
        return (
          <li key={contact.id} className="contact-card">
            <div className="contact-card__main">
              <Heading className="contact-card__name">
                <Link to={paths.contact.href(contact.id)} state={linkState}>
                  {contact.fullName}
                </Link>
              </Heading>
              <p className="contact-card__meta">{meta.join(' · ') || 'No title or company yet'}</p>
            </div>
            <ContactBadges contact={contact} />
          </li>
        );
      })}
    </ul>
  );
}
