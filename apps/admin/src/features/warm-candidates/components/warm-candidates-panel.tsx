import { formatDate, listSummary, plural } from '@rapport/client/format';
import { Card } from '@rapport/ui/card';
import { EmptyState } from '@rapport/ui/empty-state';
import { PagedList } from '@rapport/ui/paged-list';
import { Table, type TableColumn } from '@rapport/ui/table';
import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type { WarmCandidatesQuery } from '../../../gql/graphql';
import { useWarmCandidates } from '../hooks/use-warm-candidates';
import './warm-candidates.css';

type WarmCompany = WarmCandidatesQuery['warmCandidates']['edges'][number]['node'];
type Candidate = WarmCompany['candidates'][number];

const COLUMNS: TableColumn<Candidate>[] = [
  {
    key: 'seeker',
    header: 'Seeker',
    rowHeader: true,
    cell: (c) => <Link to={paths.seeker.href(c.seeker.id)}>{c.seeker.name}</Link>,
  },
  {
    key: 'met',
    header: 'Met there',
    cell: (c) =>
      c.lastContact ? (
        <>
          <Link to={paths.contact.href(c.lastContact.id)}>{c.lastContact.fullName}</Link>
          {c.lastContact.title ? <span className="muted">, {c.lastContact.title}</span> : null}
        </>
      ) : (
        <span className="muted">One of their own contacts</span>
      ),
  },
  {
    key: 'last',
    header: 'Last meeting',
    cell: (c) => <time dateTime={c.lastMetAt}>{formatDate(c.lastMetAt)}</time>,
  },
  { key: 'count', header: 'Meetings', align: 'end', cell: (c) => c.meetingCount },
];

function CompanyCard({ entry }: { entry: WarmCompany }) {
  const headingId = useId();
  return (
    <Card as="section" className="warm-company" aria-labelledby={headingId}>
      <h2 id={headingId} className="warm-company__name">
        <Link to={paths.company.href(entry.company.id)}>{entry.company.name}</Link>
      </h2>
      <p className="muted warm-company__meta">
        Hiring since{' '}
        <time dateTime={entry.hiringStatusChangedAt}>
          {formatDate(entry.hiringStatusChangedAt)}
        </time>
        {entry.company.industry ? ` · ${entry.company.industry}` : ''} ·{' '}
        {plural(entry.candidates.length, 'seeker', 'seekers')} met someone there
      </p>
      <Table
        caption={`Seekers who met someone at ${entry.company.name}, most recent meeting first`}
        hideCaption
        columns={COLUMNS}
        rows={entry.candidates}
        rowKey={(c) => c.seeker.id}
      />
    </Card>
  );
}

/** Each company hiring now, with the seekers who had an informational interview there. */
export function WarmCandidatesPanel() {
  const list = useWarmCandidates();
  const summary = listSummary(list.totalCount, list.companies.length, [
    'company hiring where seekers met someone',
    'companies hiring where seekers met someone',
  ]);
  return (
    <PagedList
      state={list}
      summary={summary}
      labels={{
        loading: 'Loading warm candidates…',
        failed: 'The warm candidates could not be loaded.',
        loadMore: 'Load more companies',
      }}
      itemSelector=".warm-company__name a"
      empty={
        <EmptyState title="No warm candidates right now">
          When a company where a seeker met someone turns to hiring, it appears here with those
          seekers, most recent meeting first.
        </EmptyState>
      }
    >
      {list.companies.length > 0 ? (
        <ul className="warm-companies" aria-label="Companies hiring now">
          {list.companies.map((entry) => (
            <li key={entry.company.id}>
              <CompanyCard entry={entry} />
            </li>
          ))}
        </ul>
      ) : null}
    </PagedList>
  );
}
