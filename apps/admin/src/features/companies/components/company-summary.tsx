import { formatDate } from '@rapport/client/format';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { DescriptionList } from '@rapport/ui/description-list';
import { useState } from 'react';
import type { CompanyRowFragment } from '../../../gql/graphql';
import { CompanyDialog, type CompanyDialogState } from './company-dialog';
import { HiringStatusSelect } from './hiring-status-select';

/** A company's own details on its page, with the same edit dialog and status control as the table. */
export function CompanySummary({ company }: { company: CompanyRowFragment }) {
  const [dialog, setDialog] = useState<CompanyDialogState>({ mode: 'closed' });
  return (
    <Card>
      <DescriptionList
        items={[
          {
            term: 'Website',
            details: company.website ? (
              <a href={company.website} rel="noopener noreferrer">
                {company.website}
              </a>
            ) : (
              <span className="muted">Not known</span>
            ),
          },
          {
            term: 'Industry',
            details: company.industry ?? <span className="muted">Not known</span>,
          },
          {
            term: 'Office address',
            details: company.officeAddress ?? <span className="muted">Not known</span>,
          },
          { term: 'Hiring status', details: <HiringStatusSelect company={company} /> },
          {
            term: 'Status changed',
            details: (
              <time dateTime={company.hiringStatusChangedAt}>
                {formatDate(company.hiringStatusChangedAt)}
              </time>
            ),
          },
        ]}
      />
      <Button size="sm" onClick={() => setDialog({ mode: 'edit', company })}>
        Edit company
      </Button>
      <CompanyDialog state={dialog} onClose={() => setDialog({ mode: 'closed' })} />
    </Card>
  );
}
