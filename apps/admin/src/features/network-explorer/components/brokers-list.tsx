import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Table } from '@rapport/ui/table';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useNetworkBrokers } from '../hooks/use-network-brokers';

export interface BrokersListProps {
  /** Rank by links into this company's people; the whole network when null. */
  company: { id: string; name: string } | null;
  onCentre: (contactId: string) => void;
}

/** The best-connected people, each a button away from being the graph's centre. */
export function BrokersList({ company, onCentre }: BrokersListProps) {
  const { brokers, loading, problem, retry } = useNetworkBrokers(company?.id ?? null);

  if (loading) return <LoadingIndicator label="Loading the best-connected people…" />;
  if (problem && brokers.length === 0) {
    return (
      <RetryAlert
        title="The best-connected people could not be loaded."
        message={problem}
        onRetry={retry}
      />
    );
  }
  if (brokers.length === 0) {
    return (
      <p className="muted">
        {company ? `Nobody in the network has links into ${company.name} yet.` : 'No links yet.'}
      </p>
    );
  }
  return (
    <Table
      caption={
        company
          ? `Best connected into ${company.name}`
          : 'Best connected across the agency’s network'
      }
      hideCaption
      rows={brokers}
      rowKey={(broker) => broker.contact.id}
      columns={[
        {
          key: 'name',
          header: 'Person',
          rowHeader: true,
          cell: (broker) => (
            <>
              {broker.contact.fullName}
              <span className="explorer-subline muted">
                {[broker.contact.title, broker.contact.company?.name].filter(Boolean).join(', ')}
              </span>
            </>
          ),
        },
        ...(company
          ? [
              {
                key: 'into',
                header: `Links into ${company.name}`,
                align: 'end' as const,
                cell: (broker: (typeof brokers)[number]) => broker.linksIntoCompany ?? 0,
              },
            ]
          : []),
        {
          key: 'companies',
          header: 'Companies reached',
          align: 'end',
          cell: (broker) => broker.companiesBridged,
        },
        { key: 'links', header: 'Links', align: 'end', cell: (broker) => broker.degree },
        {
          key: 'action',
          header: <VisuallyHidden>Actions</VisuallyHidden>,
          cell: (broker) => (
            <Button size="sm" variant="ghost" onClick={() => onCentre(broker.contact.id)}>
              Centre here<VisuallyHidden> on {broker.contact.fullName}</VisuallyHidden>
            </Button>
          ),
        },
      ]}
    />
  );
}
