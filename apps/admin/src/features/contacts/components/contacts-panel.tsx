import { formatDate, plural } from '@rapport/client/format';
import { CONTACT_SOURCES } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button, buttonClassName } from '@rapport/ui/button';
import { CheckboxField } from '@rapport/ui/checkbox-field';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { SelectField } from '@rapport/ui/select-field';
import { SortButton } from '@rapport/ui/sort-button';
import { Table, type TableColumn } from '@rapport/ui/table';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import type { ContactRowFragment, ContactSort } from '../../../gql/graphql';
import {
  filtersFromParams,
  isFiltered,
  paramsFromFilters,
  STAFF_SHARINGS,
  type ContactFilters,
} from '../hooks/contact-filters';
import { useAdminContacts } from '../hooks/use-admin-contacts';
import { useCompanyName } from '../hooks/use-company-choices';
import { useExportContacts } from '../hooks/use-export-contacts';
import { CompanyPicker } from './company-picker';
import { ContactBadges } from './contact-badges';
import { ContactDialog, type ContactDialogState } from './contact-dialog';
import { SHARING_LABELS, SOURCE_LABELS } from './contact-labels';
import './contacts-panel.css';

const SEARCH_DELAY_MS = 300;

const SOURCE_OPTIONS = [
  { value: '', label: 'Any source' },
  ...CONTACT_SOURCES.map((source) => ({ value: source, label: SOURCE_LABELS[source] })),
];
const SHARING_OPTIONS = [
  { value: '', label: 'Shared or not' },
  ...STAFF_SHARINGS.map((sharing) => ({ value: sharing, label: SHARING_LABELS[sharing] })),
];
const DNC_OPTIONS = [
  { value: '', label: 'Everyone' },
  { value: 'yes', label: 'Do not contact only' },
  { value: 'no', label: 'Contactable only' },
];

const SORT_CAPTIONS: Record<ContactSort, string> = {
  NAME: 'by name',
  COMPANY: 'by company, then name',
  NEWEST: 'newest first',
};

/**
 * The agency's contacts: search, filters and order live in the address, so
 * a filtered view can be bookmarked, shared, and exported exactly as shown.
 */
export function ContactsPanel() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFromParams(params);
  const navigate = useNavigate();
  const [searchInput, setSearchInput] = useState(filters.search);
  const [tagInput, setTagInput] = useState(filters.tag);
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const tag = useDebouncedValue(tagInput.trim(), SEARCH_DELAY_MS);
  const [dialog, setDialog] = useState<ContactDialogState>({ mode: 'closed' });
  const exporter = useExportContacts();
  const companyName = useCompanyName(filters.companyId);

  function update(changes: Partial<ContactFilters>) {
    setParams(paramsFromFilters({ ...filters, ...changes }), { replace: true });
  }

  // Typing settles before the address (and the query) changes.
  useEffect(() => {
    if (search !== filters.search || tag !== filters.tag) update({ search, tag });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only the settled text should trigger this
  }, [search, tag]);

  const list = useAdminContacts(filters);
  const filtered = isFiltered(filters);

  function sortHeader(sort: ContactSort, label: string, direction: 'ascending' | 'descending') {
    return {
      sort: filters.sort === sort ? direction : ('none' as const),
      header: (
        <SortButton
          active={filters.sort === sort}
          direction={direction}
          onSort={() => update({ sort })}
        >
          {label}
        </SortButton>
      ),
    };
  }

  const columns: TableColumn<ContactRowFragment>[] = [
    {
      key: 'name',
      rowHeader: true,
      ...sortHeader('NAME', 'Name', 'ascending'),
      cell: (contact) => (
        <span className="contact-cell">
          <Link to={paths.contact.href(contact.id)}>{contact.fullName}</Link>
          {contact.title ? <span className="contact-cell__title">{contact.title}</span> : null}
        </span>
      ),
    },
    {
      key: 'company',
      ...sortHeader('COMPANY', 'Company', 'ascending'),
      cell: (contact) =>
        contact.company ? (
          <Link to={paths.company.href(contact.company.id)}>{contact.company.name}</Link>
        ) : (
          <span className="muted">—</span>
        ),
    },
    {
      key: 'email',
      header: 'Email',
      cell: (contact) => contact.email ?? <span className="muted">—</span>,
    },
    {
      key: 'tags',
      header: 'Tags',
      cell: (contact) =>
        contact.tags.length > 0 ? contact.tags.join(', ') : <span className="muted">—</span>,
    },
    {
      key: 'sharing',
      header: 'Seen by',
      cell: (contact) => (contact.sharedWithSeekers ? 'Seekers and staff' : 'Staff only'),
    },
    {
      key: 'flags',
      header: 'Flags',
      cell: (contact) => <ContactBadges contact={contact} />,
    },
    {
      key: 'added',
      ...sortHeader('NEWEST', 'Added', 'descending'),
      cell: (contact) => <time dateTime={contact.createdAt}>{formatDate(contact.createdAt)}</time>,
    },
  ];

  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'contact', 'contacts')}${
          filtered ? (list.totalCount === 1 ? ' matches' : ' match') : ''
        }` +
        (list.contacts.length < list.totalCount ? `, showing ${list.contacts.length}` : '') +
        '.';

  function clearFilters() {
    setSearchInput('');
    setTagInput('');
    setParams(
      paramsFromFilters({ ...filtersFromParams(new URLSearchParams()), sort: filters.sort }),
      {
        replace: true,
      },
    );
  }

  return (
    <>
      <div className="contacts-actions">
        <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
          Add contact
        </Button>
        <Link className={buttonClassName('secondary')} to={paths.contactImport.href()}>
          Import CSV
        </Link>
        <Button
          busy={exporter.exporting}
          disabled={list.totalCount === 0}
          onClick={() => void exporter.exportContacts(filters)}
        >
          {exporter.exporting
            ? 'Preparing CSV…'
            : filtered
              ? 'Export these contacts'
              : 'Export all contacts'}
        </Button>
      </div>
      {exporter.problem ? <Alert tone="error">{exporter.problem}</Alert> : null}

      <form
        className="contacts-filters"
        aria-label="Filter contacts"
        onSubmit={(event) => event.preventDefault()}
      >
        <TextField
          className="contacts-filters__search"
          label="Search"
          hint="Name, title, email or company"
          type="search"
          autoComplete="off"
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
        />
        <CompanyPicker
          label="Company"
          noneLabel="Any company"
          value={
            filters.companyId
              ? { id: filters.companyId, name: companyName?.name ?? 'This company' }
              : null
          }
          onChange={(company) => update({ companyId: company?.id ?? null })}
        />
        <TextField
          label="Tag"
          autoComplete="off"
          value={tagInput}
          onChange={(event) => setTagInput(event.target.value)}
        />
        <SelectField
          label="Source"
          options={SOURCE_OPTIONS}
          value={filters.source ?? ''}
          onChange={(event) =>
            update({ source: CONTACT_SOURCES.find((s) => s === event.target.value) ?? null })
          }
        />
        <SelectField
          label="Do not contact"
          options={DNC_OPTIONS}
          value={filters.doNotContact === null ? '' : filters.doNotContact ? 'yes' : 'no'}
          onChange={(event) =>
            update({
              doNotContact: event.target.value === '' ? null : event.target.value === 'yes',
            })
          }
        />
        <SelectField
          label="Shared with seekers"
          options={SHARING_OPTIONS}
          value={filters.sharing ?? ''}
          onChange={(event) =>
            update({ sharing: STAFF_SHARINGS.find((s) => s === event.target.value) ?? null })
          }
        />
        <CheckboxField
          label="Include archived"
          checked={filters.includeArchived}
          onChange={(event) => update({ includeArchived: event.target.checked })}
        />
        {filtered ? (
          <Button variant="ghost" size="sm" onClick={clearFilters}>
            Clear filters
          </Button>
        ) : null}
      </form>

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
          <EmptyState
            title={filtered ? 'No contacts match' : 'No contacts yet'}
            action={
              filtered ? (
                <Button onClick={clearFilters}>Clear filters</Button>
              ) : (
                <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
                  Add the first contact
                </Button>
              )
            }
          >
            {filtered
              ? 'Search matches part of a name, title, email or company; loosen a filter to see more.'
              : 'Add hiring managers one at a time here, or bring a whole spreadsheet in with Import CSV.'}
          </EmptyState>
        }
      >
        {list.contacts.length > 0 ? (
          <div aria-busy={list.isStale || undefined} className="table-area">
            <Table
              caption={`Contacts, ${SORT_CAPTIONS[filters.sort]}`}
              hideCaption
              columns={columns}
              rows={list.contacts}
              rowKey={(contact) => contact.id}
            />
          </div>
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
