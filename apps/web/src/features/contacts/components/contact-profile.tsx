import { formatDate } from '@rapport/client/format';
import { Card } from '@rapport/ui/card';
import { DescriptionList, type DescriptionItem } from '@rapport/ui/description-list';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { ContactDetailQuery } from '../../../gql/graphql';
import { ContactBadges } from './contact-badges';
import { HiringStatusBadge } from './hiring-status-badge';
import './contacts.css';
import './contact-profile.css';

type Contact = ContactDetailQuery['contact'];

const HIRING_SENTENCE = {
  HIRING: 'Hiring since',
  NOT_HIRING: 'Not hiring since',
  UNKNOWN: 'Nobody has confirmed yet, as of',
} as const;

/** Who the contact is and how to reach them. */
export function ContactProfile({ contact }: { contact: Contact }) {
  const notProvided = <span className="muted">Not provided</span>;
  const company = contact.company;
  const items: DescriptionItem[] = [
    { term: 'Job title', details: contact.title ?? notProvided },
    {
      term: 'Company',
      details: company ? (
        <span className="contact-company">
          <Link to={paths.company.href(company.id)}>{company.name}</Link>
          <HiringStatusBadge status={company.hiringStatus} />
          <span className="muted">
            <time dateTime={company.hiringStatusChangedAt}>
              {HIRING_SENTENCE[company.hiringStatus]} {formatDate(company.hiringStatusChangedAt)}
            </time>
          </span>
        </span>
      ) : (
        notProvided
      ),
    },
    {
      term: 'Email',
      details: contact.email ? (
        <a href={`mailto:${contact.email}`}>{contact.email}</a>
      ) : (
        notProvided
      ),
    },
    {
      term: 'Phone',
      details: contact.phone ? (
        <a href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>{contact.phone}</a>
      ) : (
        notProvided
      ),
    },
    {
      term: 'Office mailing address',
      details: contact.mailingAddress ? (
        <address className="contact-address">{contact.mailingAddress}</address>
      ) : (
        notProvided
      ),
    },
  ];
  if (contact.notes)
    items.push({ term: 'Notes', details: <p className="contact-notes">{contact.notes}</p> });
  if (contact.tags.length > 0) items.push({ term: 'Tags', details: contact.tags.join(', ') });

  return (
    <Card as="section" aria-labelledby="contact-facts" className="contact-profile">
      <div className="contact-profile__header">
        <h2 id="contact-facts" className="contact-section-title">
          About {contact.fullName}
        </h2>
        <ContactBadges contact={contact} />
      </div>
      <DescriptionList items={items} />
    </Card>
  );
}
