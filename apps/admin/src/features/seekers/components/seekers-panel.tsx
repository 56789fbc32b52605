import { formatDate, listSummary } from '@rapport/client/format';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { Table } from '@rapport/ui/table';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import { useSeekers } from '../hooks/use-seekers';

const SEARCH_DELAY_MS = 300;

/** Every job seeker, by name, with search; each name opens the seeker's page. */
export function SeekersPanel() {
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const list = useSeekers(search);
  const summary = listSummary(
    list.totalCount,
    list.seekers.length,
    ['seeker', 'seekers'],
    search !== '',
  );
  return (
    <>
      <div className="toolbar">
        <form
          role="search"
          className="toolbar__filters"
          onSubmit={(event) => event.preventDefault()}
        >
          <TextField
            label="Search by name or email"
            type="search"
            autoComplete="off"
            value={searchInput}
            onChange={(event) => setSearchInput(event.target.value)}
          />
        </form>
      </div>
      <PagedList
        state={list}
        summary={summary}
        labels={{
          loading: 'Loading seekers…',
          failed: 'The seekers could not be loaded.',
          loadMore: 'Load more seekers',
        }}
        itemSelector="tbody tr a"
        empty={
          <EmptyState title={search ? 'No seekers match' : 'No seekers yet'}>
            {search
              ? 'Try another part of the name or the email address.'
              : 'Seekers appear here once they sign up in the job-seeker app.'}
          </EmptyState>
        }
      >
        {list.seekers.length > 0 ? (
          <div aria-busy={list.isStale || undefined} className="table-area">
            <Table
              caption="Job seekers, by name"
              hideCaption
              columns={[
                {
                  key: 'name',
                  header: 'Seeker',
                  rowHeader: true,
                  cell: (s) => <Link to={paths.seeker.href(s.id)}>{s.name}</Link>,
                },
                { key: 'email', header: 'Email', cell: (s) => s.email },
                {
                  key: 'since',
                  header: 'Joined',
                  cell: (s) => <time dateTime={s.createdAt}>{formatDate(s.createdAt)}</time>,
                },
              ]}
              rows={list.seekers}
              rowKey={(s) => s.id}
            />
          </div>
        ) : null}
      </PagedList>
    </>
  );
}
