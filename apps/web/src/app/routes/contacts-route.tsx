import { PageHeading } from '@rapport/ui/page-heading';
import { ContactDirectory } from '../../features/contacts/components/contact-directory';
import { SITE_NAME } from '../site';

export default function ContactsRoute() {
  return (
    <>
      <PageHeading
        title="Contacts"
        siteName={SITE_NAME}
        lead="Hiring managers the agency shares with you, and the people you add yourself. Pick one and ask for a brief meeting."
      />
      <ContactDirectory />
    </>
  );
}
