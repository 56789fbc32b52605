import { plural } from '@rapport/client/format';
import { HIRING_STATUSES } from '@rapport/domain';
import { Button } from '@rapport/ui/button';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { SelectField } from '@rapport/ui/select-field';
import { TextField } from '@rapport/ui/text-field';
import { useEffect, useState } from 'react';
import { CardList, CardListItem } from '@rapport/ui/card-list';
import { Link, useLocation, useSearchParams } from 'react-router';
import { paths } from '../../../config/paths';
import type { HiringStatus } from '../../../gql/graphql';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useCompanyList } from '../hooks/use-company-list';
import { HIRING_STATUS_LABELS, HiringStatusBadge } from './hiring-status-badge';
import './company-directory.css';

const SEARCH_DELAY_MS = 300;

const STATUS_OPTIONS = [
  { value: '', label: 'Any status' },
  ...HIRING_STATUSES.map((status) => ({ value: status, label: HIRING_STATUS_LABELS[status] })),
];

function parseStatus(raw: string | null): HiringStatus | null {
  return HIRING_STATUSES.find((status) => status === raw) ?? null;
}

/**
 * The searchable list of companies. Filters live in the URL (?q=&status=) so a
 * reload, a shared link or the back button brings the same list back.
 */
export function CompanyDirectory() {
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const search = params.get('q') ?? '';
  const hiringStatus = parseStatus(params.get('status'));
  const [searchInput, setSearchInput] = useState(search);
  const debouncedSearch = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const list = useCompanyList({ search, hiringStatus });

  useEffect(() => {
    if (debouncedSearch === search) return;
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (debouncedSearch) next.set('q', debouncedSearch);
        else next.delete('q');
        return next;
      },
      { replace: true },
    );
  }, [debouncedSearch, search, setParams]);

  function changeStatus(value: string) {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (value) next.set('status', value);
        else next.delete('status');
        return next;
      },
      { replace: true },
    );
  }

  function clearFilters() {
    setSearchInput('');
    setParams(new URLSearchParams(), { replace: true });
  }

  const filtered = search !== '' || hiringStatus !== null;
  const summary =
    list.totalCount === null
      ? ''
      : `${plural(list.totalCount, 'company', 'companies')} ${
          filtered ? `${list.totalCount === 1 ? 'matches' : 'match'} your search` : 'in the network'
        }` +
        (list.companies.length < list.totalCount ? `, showing ${list.companies.length}` : '') +
        '.';

  return (
    <div className="directory">
      <form role="search" className="filters" onSubmit={(event) => event.preventDefault()}>
        <TextField
          className="filters__search"
          label="Search companies"
          type="search"
          name="q"
          hint="Type part of a company name."
          autoComplete="off"
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
        />
        <SelectField
          className="filters__status"
          label="Hiring status"
          name="status"
          options={STATUS_OPTIONS}
          value={hiringStatus ?? ''}
          onChange={(event) => changeStatus(event.target.value)}
        />
      </form>

      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading companies…',
          failed: 'The companies could not be loaded.',
          loadMore: 'Load more companies',
        }}
        itemSelector="a"
        empty={
          <EmptyState
            title={filtered ? 'No companies match' : 'No companies yet'}
            action={
              filtered ? (
                <Button variant="primary" onClick={clearFilters}>
                  Clear search and filters
                </Button>
              ) : null
            }
          >
            {filtered
              ? 'Try a shorter part of the name, or another hiring status.'
              : 'The agency has not added any companies yet. Check back soon.'}
          </EmptyState>
        }
      >
        {list.companies.length > 0 ? (
          <CardList label="Companies" busy={list.isStale}>
            {list.companies.map((company) => (
              <CardListItem
                key={company.id}
                title={
                  <Link to={paths.company.href(company.id)} state={{ from: location.search }}>
                    {company.name}
                  </Link>
                }
                meta={
                  [company.industry, company.officeAddress].filter(Boolean).join(' · ') ||
                  'No details yet'
                }
                aside={<HiringStatusBadge status={company.hiringStatus} />}
              />
            ))}
          </CardList>
        ) : null}
      </PagedList>
    </div>
  );
}
