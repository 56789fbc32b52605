import { PageHeading } from '@rapport/ui/page-heading';
import { Link } from 'react-router';
import { ImportPanel } from '../../features/contact-import/components/import-panel';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

export default function ContactImportRoute() {
  return (
    <>
      <p className="back-link">
        <Link to={paths.contacts.href()}>
          <span aria-hidden="true">← </span>All contacts
        </Link>
      </p>
      <PageHeading
        title="Import contacts"
        siteName={SITE_NAME}
        lead="Bring in a spreadsheet saved as CSV. Every row is checked and shown to you first; nothing is saved until you confirm."
      />
      <ImportPanel />
    </>
  );
}
