import { formatDate, plural } from '@rapport/client/format';
import { HIRING_STATUSES } from '@rapport/domain';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { SelectField } from '@rapport/ui/select-field';
import { Table, type TableColumn } from '@rapport/ui/table';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { CompanyRowFragment, HiringStatus } from '../../../gql/graphql';
import { useAdminCompanies } from '../hooks/use-admin-companies';
import { CompanyDialog, type CompanyDialogState } from './company-dialog';
import { HIRING_STATUS_LABELS } from './hiring-status';
import { HiringStatusSelect } from './hiring-status-select';
import './companies-panel.css';

const SEARCH_DELAY_MS = 300;

const FILTER_OPTIONS = [
  { value: '', label: 'Any status' },
  ...HIRING_STATUSES.map((status) => ({ value: status, label: HIRING_STATUS_LABELS[status] })),
];

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** The companies table with search, filter, paging and the add/edit dialog. */
export function CompaniesPanel() {
  const [searchInput, setSearchInput] = useState('');
  const [hiringStatus, setHiringStatus] = useState<HiringStatus | null>(null);
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const list = useAdminCompanies({ search, hiringStatus });
  const [dialog, setDialog] = useState<CompanyDialogState>({ mode: 'closed' });

  const columns: TableColumn<CompanyRowFragment>[] = [
    {
      key: 'name',
      header: 'Company',
      rowHeader: true,
      cell: (company) => (
        <span className="company-cell">
          <Link to={paths.company.href(company.id)}>{company.name}</Link>
          {company.website ? (
            <a className="company-cell__site" href={company.website} rel="noopener noreferrer">
              {hostOf(company.website)}
            </a>
          ) : null}
        </span>
      ),
    },
    {
      key: 'industry',
      header: 'Industry',
      cell: (company) => company.industry ?? <span className="muted">—</span>,
    },
    {
      key: 'status',
      header: 'Hiring status',
      cell: (company) => <HiringStatusSelect company={company} />,
    },
    { key: 'contacts', header: 'Contacts', align: 'end', cell: (company) => company.contactCount },
    {
      key: 'changed',
      header: 'Status changed',
      cell: (company) => (
        <time dateTime={company.hiringStatusChangedAt}>
          {formatDate(company.hiringStatusChangedAt)}
        </time>
      ),
    },
    {
      key: 'actions',
      header: <VisuallyHidden>Actions</VisuallyHidden>,
      align: 'end',
      cell: (company) => (
        <Button size="sm" variant="ghost" onClick={() => setDialog({ mode: 'edit', company })}>
          Edit<VisuallyHidden> {company.name}</VisuallyHidden>
        </Button>
      ),
    },
  ];

  const filtered = search !== '' || hiringStatus !== null;
  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'company', 'companies')}${
          filtered ? (list.totalCount === 1 ? ' matches' : ' match') : ''
        }` +
        (list.companies.length < list.totalCount ? `, showing ${list.companies.length}` : '') +
        '.';

  return (
    <>
      <div className="toolbar">
        <form
          role="search"
          className="toolbar__filters"
          onSubmit={(event) => event.preventDefault()}
        >
          <TextField
            label="Search by name"
            type="search"
            autoComplete="off"
            value={searchInput}
            onChange={(event) => setSearchInput(event.target.value)}
          />
          <SelectField
            label="Hiring status"
            options={FILTER_OPTIONS}
            value={hiringStatus ?? ''}
            onChange={(event) =>
              setHiringStatus(
                HIRING_STATUSES.find((status) => status === event.target.value) ?? null,
              )
            }
          />
        </form>
        <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
          Add company
        </Button>
      </div>

      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading companies…',
          failed: 'The companies could not be loaded.',
          loadMore: 'Load more companies',
        }}
        // Each row's first control is its hiring-status select.
        itemSelector="tbody tr select"
        empty={
          <EmptyState
            title={filtered ? 'No companies match' : 'No companies yet'}
            action={
              filtered ? null : (
                <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
                  Add the first company
                </Button>
              )
            }
          >
            {filtered
              ? 'Try another part of the name or another status.'
              : 'Companies you add here appear in the job-seeker app straight away.'}
          </EmptyState>
        }
      >
        {list.companies.length > 0 ? (
          <div aria-busy={list.isStale || undefined} className="table-area">
            <Table
              caption="Companies, by name"
              hideCaption
              columns={columns}
              rows={list.companies}
              rowKey={(company) => company.id}
            />
          </div>
        ) : null}
      </PagedList>

      <CompanyDialog state={dialog} onClose={() => setDialog({ mode: 'closed' })} />
    </>
  );
}
