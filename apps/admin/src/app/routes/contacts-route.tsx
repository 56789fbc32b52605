import { PageHeading } from '@rapport/ui/page-heading';
import { ContactsPanel } from '../../features/contacts/components/contacts-panel';
import { SITE_NAME } from '../site';

export default function ContactsRoute() {
  return (
    <>
      <PageHeading
        title="Contacts"
        siteName={SITE_NAME}
        lead="The hiring managers the agency knows. Filters stay in the address, so a view can be shared, and the export writes exactly what it shows."
      />
      <ContactsPanel />
    </>
  );
}
