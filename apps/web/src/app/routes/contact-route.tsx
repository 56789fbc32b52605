import { errorCode, messageFor } from '@rapport/client/graphql-errors';
import NotFoundRoute from '@rapport/client/not-found-route';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useLocation, useParams } from 'react-router';
import { AskPanel } from '../../features/asks/components/ask-panel';
import { SchedulingPanel } from '../../features/scheduling/components/scheduling-panel';
import { ContactProfile } from '../../features/contacts/components/contact-profile';
import { useContact } from '../../features/contacts/hooks/use-contact';
import { HOME_PATH, paths } from '../../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from '../site';

export default function ContactRoute() {
  const { contactId = '' } = useParams();
  const location = useLocation();
  const { contact, loading, error, retry } = useContact(contactId);
  const from = (location.state as { from?: string } | null)?.from ?? '';
  // Another seeker's private contact answers NOT_FOUND, exactly like a made-up
  // id (or a malformed one, BAD_USER_INPUT): the app's own not-found page.
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') {
    return <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />;
  }

  const lead = contact
    ? [contact.title, contact.company?.name].filter(Boolean).join(' at ') || undefined
    : undefined;
  return (
    <>
      <p className="back-link">
        <Link to={paths.contacts.href(from)}>
          <span aria-hidden="true">← </span>All contacts
        </Link>
      </p>
      <PageHeading title={contact?.fullName ?? 'Contact'} siteName={SITE_NAME} lead={lead} />
      {loading && !contact ? <LoadingIndicator label="Loading contact…" /> : null}
      {error && !contact ? (
        <RetryAlert
          title="This contact could not be loaded."
          message={messageFor(error)}
          onRetry={retry}
        />
      ) : null}
      {contact ? (
        <div className="contact-page">
          <div className="contact-page__main">
            <AskPanel contactId={contact.id} />
            <SchedulingPanel contactId={contact.id} />
          </div>
          <ContactProfile contact={contact} />
        </div>
      ) : null}
    </>
  );
}
