import { messageFor } from '@rapport/client/graphql-errors';
import { formatDate, plural } from '@rapport/client/format';
import { Badge, type BadgeTone } from '@rapport/ui/badge';
import { Button } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { LoadMoreButton } from '@rapport/ui/load-more-button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { OneTimeSecret } from '@rapport/ui/one-time-secret';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Table } from '@rapport/ui/table';
import { useToast } from '@rapport/ui/toast';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useState } from 'react';
import type { WebhookDeliveryStatus } from '../../../gql/graphql';
import {
  useDeactivateWebhookSubscription,
  useReplayWebhookDelivery,
  useWebhookDeliveries,
  useWebhookSubscriptions,
} from '../hooks/use-webhooks';
import { CreateWebhookForm } from './create-webhook-form';
import { WEBHOOK_EVENT_LABELS } from './webhook-events';
import './webhooks.css';

const DELIVERY_STATUS: Record<WebhookDeliveryStatus, { label: string; tone: BadgeTone }> = {
  PENDING: { label: 'Pending', tone: 'info' },
  RETRYING: { label: 'Retrying', tone: 'warning' },
  DELIVERED: { label: 'Delivered', tone: 'success' },
  FAILED: { label: 'Failed', tone: 'neutral' },
};

/** The webhooks page: subscriptions with their form, and recent deliveries with replay. */
export function WebhooksPanel() {
  const subscriptions = useWebhookSubscriptions();
  const deliveries = useWebhookDeliveries();
  const deactivate = useDeactivateWebhookSubscription();
  const replay = useReplayWebhookDelivery();
  const toast = useToast();
  const [revealed, setRevealed] = useState<{ url: string; secret: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function run(id: string, action: () => Promise<void>, done: string) {
    setBusyId(id);
    try {
      await action();
      toast.show(done);
    } catch (error) {
      toast.show(messageFor(error), { tone: 'error' });
    } finally {
      setBusyId(null);
    }
  }

  const subscriptionTable = subscriptions.loading ? (
    <LoadingIndicator label="Loading webhooks…" />
  ) : subscriptions.problem && subscriptions.totalCount === null ? (
    <RetryAlert
      title="The webhooks could not be loaded."
      message={subscriptions.problem}
      onRetry={subscriptions.retry}
    />
  ) : (
    <>
      <Table
        caption={`Subscriptions${subscriptions.totalCount === null ? '' : ` (${subscriptions.totalCount})`}`}
        columns={[
          {
            key: 'url',
            header: 'URL',
            rowHeader: true,
            cell: (s) => <code className="webhook-url">{s.url}</code>,
          },
          {
            key: 'events',
            header: 'Events',
            cell: (s) => s.events.map((event) => WEBHOOK_EVENT_LABELS[event].label).join(', '),
          },
          {
            key: 'active',
            header: 'State',
            cell: (s) => (
              <Badge tone={s.active ? 'success' : 'neutral'}>{s.active ? 'Active' : 'Off'}</Badge>
            ),
          },
          {
            key: 'created',
            header: 'Registered',
            cell: (s) => <time dateTime={s.createdAt}>{formatDate(s.createdAt)}</time>,
          },
          {
            key: 'actions',
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            align: 'end',
            cell: (s) =>
              s.active ? (
                <Button
                  size="sm"
                  variant="danger"
                  busy={busyId === s.id}
                  onClick={() =>
                    void run(s.id, () => deactivate(s.id), `Nothing more will be sent to ${s.url}.`)
                  }
                >
                  Deactivate<VisuallyHidden> {s.url}</VisuallyHidden>
                </Button>
              ) : null,
          },
        ]}
        rows={subscriptions.subscriptions}
        rowKey={(s) => s.id}
      />
      {subscriptions.hasMore ? (
        <LoadMoreButton
          busy={subscriptions.loadingMore}
          onClick={() => void subscriptions.loadMore()}
        >
          Load more subscriptions
        </LoadMoreButton>
      ) : null}
    </>
  );

  const deliveryTable = deliveries.loading ? (
    <LoadingIndicator label="Loading deliveries…" />
  ) : deliveries.problem && deliveries.totalCount === null ? (
    <RetryAlert
      title="The deliveries could not be loaded."
      message={deliveries.problem}
      onRetry={deliveries.retry}
    />
  ) : (
    <>
      <Table
        caption={
          deliveries.totalCount === null
            ? 'Recent deliveries'
            : `Recent deliveries (${plural(deliveries.totalCount, 'delivery', 'deliveries')})`
        }
        columns={[
          {
            key: 'event',
            header: 'Event',
            rowHeader: true,
            cell: (d) => WEBHOOK_EVENT_LABELS[d.event].label,
          },
          { key: 'url', header: 'To', cell: (d) => <code className="webhook-url">{d.url}</code> },
          {
            key: 'status',
            header: 'Status',
            cell: (d) => (
              <Badge tone={DELIVERY_STATUS[d.status].tone}>{DELIVERY_STATUS[d.status].label}</Badge>
            ),
          },
          {
            key: 'attempts',
            header: 'Attempts',
            align: 'end',
            cell: (d) => d.attempts,
          },
          {
            key: 'last',
            header: 'Last answer',
            cell: (d) =>
              d.lastStatusCode
                ? `HTTP ${d.lastStatusCode}`
                : (d.lastError ?? <span className="muted">—</span>),
          },
          {
            key: 'created',
            header: 'Queued',
            cell: (d) => <time dateTime={d.createdAt}>{formatDate(d.createdAt)}</time>,
          },
          {
            key: 'actions',
            header: <VisuallyHidden>Actions</VisuallyHidden>,
            align: 'end',
            cell: (d) => (
              <Button
                size="sm"
                busy={busyId === d.id}
                onClick={() =>
                  void run(d.id, () => replay(d.id), 'The delivery will be sent again shortly.')
                }
              >
                Replay
                <VisuallyHidden>
                  {' '}
                  {WEBHOOK_EVENT_LABELS[d.event].label} to {d.url}
                </VisuallyHidden>
              </Button>
            ),
          },
        ]}
        rows={deliveries.deliveries}
        rowKey={(d) => d.id}
      />
      {deliveries.hasMore ? (
        <LoadMoreButton busy={deliveries.loadingMore} onClick={() => void deliveries.loadMore()}>
          Load more deliveries
        </LoadMoreButton>
      ) : null}
    </>
  );

  return (
    <>
      {revealed ? (
        <OneTimeSecret
          title={`Signing secret for ${revealed.url}`}
          label="Signing secret"
          secret={revealed.secret}
          onDone={() => setRevealed(null)}
        />
      ) : null}
      <div className="webhooks-grid">
        <div>{subscriptionTable}</div>
        <Card>
          <CreateWebhookForm onCreated={(url, secret) => setRevealed({ url, secret })} />
        </Card>
      </div>
      <section aria-labelledby="deliveries-title" className="webhook-deliveries">
        <h2 id="deliveries-title" className="section-title">
          Deliveries
        </h2>
        {deliveryTable}
      </section>
    </>
  );
}
