import { plural } from '@rapport/client/format';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { Table } from '@rapport/ui/table';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../config/paths';
import { DEFAULT_FILTERS, paramsFromFilters } from '../hooks/contact-filters';
import { useAdminContacts } from '../hooks/use-admin-contacts';
import { ContactBadges } from './contact-badges';
import { ContactDialog, type ContactDialogState } from './contact-dialog';
import './company-contacts.css';

/** The contacts section of a company's page: who the agency knows there. */
export function CompanyContacts({ company }: { company: { id: string; name: string } }) {
  const list = useAdminContacts({ ...DEFAULT_FILTERS, companyId: company.id });
  const [dialog, setDialog] = useState<ContactDialogState>({ mode: 'closed' });
  const navigate = useNavigate();
  const tableHref = paths.contacts.href(
    paramsFromFilters({ ...DEFAULT_FILTERS, companyId: company.id }),
  );

  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'contact', 'contacts')} at ${company.name}` +
        (list.contacts.length < list.totalCount ? `, showing ${list.contacts.length}` : '') +
        '.';

  return (
    <>
      <div className="company-contacts__actions">
        <Button variant="primary" onClick={() => setDialog({ mode: 'add', company })}>
          Add a contact here
        </Button>
        <Link to={tableHref}>Filter and export in the contacts table</Link>
      </div>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading contacts…',
          failed: 'The contacts could not be loaded.',
          loadMore: 'Load more contacts',
        }}
        itemSelector="tbody tr th a"
        empty={
          <EmptyState title="Nobody here yet" headingLevel={3}>
            Add the hiring managers you know at {company.name}, and seekers can start asking them
            for a brief meeting.
          </EmptyState>
        }
      >
        {list.contacts.length > 0 ? (
          <Table
            caption={`Contacts at ${company.name}, by name`}
            hideCaption
            columns={[
              {
                key: 'name',
                header: 'Name',
                rowHeader: true,
                cell: (contact) => (
                  <Link to={paths.contact.href(contact.id)}>{contact.fullName}</Link>
                ),
              },
              { key: 'title', header: 'Title', cell: (contact) => contact.title ?? '—' },
              { key: 'email', header: 'Email', cell: (contact) => contact.email ?? '—' },
              {
                key: 'flags',
                header: 'Flags',
                cell: (contact) => <ContactBadges contact={contact} />,
              },
            ]}
            rows={list.contacts}
            rowKey={(contact) => contact.id}
          />
        ) : null}
      </PagedList>
      <ContactDialog
        state={dialog}
        onClose={() => setDialog({ mode: 'closed' })}
        onCreated={(contact) => void navigate(paths.contact.href(contact.id))}
      />
    </>
  );
}
