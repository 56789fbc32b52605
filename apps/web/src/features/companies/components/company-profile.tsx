import { formatDate } from '@rapport/client/format';
import { askAdvice } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Card } from '@rapport/ui/card';
import { DescriptionList } from '@rapport/ui/description-list';
import type { CompanyDetailQuery } from '../../../gql/graphql';
import { HiringStatusBadge } from './hiring-status-badge';
import './company-profile.css';

type Company = CompanyDetailQuery['company'];

function displayWebsite(url: string): string {
  try {
    const { hostname, pathname } = new URL(url);
    return hostname.replace(/^www\./, '') + (pathname === '/' ? '' : pathname);
  } catch {
    return url;
  }
}

function statusSentence(company: Company): string {
  const when = formatDate(company.hiringStatusChangedAt);
  switch (company.hiringStatus) {
    case 'HIRING':
      return `Hiring since ${when}.`;
    case 'NOT_HIRING':
      return `Not hiring since ${when}.`;
    case 'UNKNOWN':
      return `Nobody has confirmed yet (recorded ${when}).`;
  }
}

export function CompanyProfile({ company }: { company: Company }) {
  const notProvided = <span className="muted">Not provided</span>;
  return (
    <div className="profile">
      {company.hiringStatus === 'NOT_HIRING' ? (
        // The advice itself is the domain's, so the seeker reads the same rule
        // here as wherever else the ask is made.
        <Alert tone="info" title="Not hiring? Still ask for a meeting.">
          <p>{askAdvice(company).message}</p>
        </Alert>
      ) : null}
      <Card as="section" aria-labelledby="company-facts">
        <h2 id="company-facts" className="section-title">
          About {company.name}
        </h2>
        <DescriptionList
          items={[
            {
              term: 'Hiring status',
              details: (
                <span className="status-line">
                  <HiringStatusBadge status={company.hiringStatus} />
                  <span>
                    <time dateTime={company.hiringStatusChangedAt}>{statusSentence(company)}</time>
                  </span>
                </span>
              ),
            },
            {
              term: 'Website',
              details: company.website ? (
                <a href={company.website} rel="noopener noreferrer">
                  {displayWebsite(company.website)}
                </a>
              ) : (
                notProvided
              ),
            },
            { term: 'Industry', details: company.industry ?? notProvided },
            {
              term: 'Office address',
              details: company.officeAddress ? (
                <address className="address">{company.officeAddress}</address>
              ) : (
                notProvided
              ),
            },
          ]}
        />
      </Card>
    </div>
  );
}
