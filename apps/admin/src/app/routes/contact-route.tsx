import { buttonClassName } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useParams } from 'react-router';
import { ContactProfile } from '../../features/contacts/components/contact-profile';
import { useContact } from '../../features/contacts/hooks/use-contact';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export default function ContactRoute() {
  const { contactId = '' } = useParams();
  const { contact, loading, notFound, problem, retry } = useContact(contactId);
  const title = contact?.fullName ?? (notFound ? 'Contact not found' : 'Contact');
  const lead = contact
    ? [contact.title, contact.company?.name].filter(Boolean).join(' at ') || undefined
    : undefined;

  return (
    <>
      <p className="back-link">
        <Link to={paths.contacts.href()}>
          <span aria-hidden="true">← </span>All contacts
        </Link>
      </p>
      <PageHeading title={title} siteName={SITE_NAME} lead={lead} />
      {loading ? <LoadingIndicator label="Loading contact…" /> : null}
      {contact ? <ContactProfile key={contact.id} contact={contact} /> : null}
      {notFound ? (
        <EmptyState
          title="We could not find that contact"
          action={
            <Link to={paths.contacts.href()} className={buttonClassName('primary')}>
              Go to the contacts table
            </Link>
          }
        >
          It may have been merged into another record, or the link is incomplete.
        </EmptyState>
      ) : null}
      {problem && !notFound && !contact ? (
        <RetryAlert title="This contact could not be loaded." message={problem} onRetry={retry} />
      ) : null}
    </>
  );
}
