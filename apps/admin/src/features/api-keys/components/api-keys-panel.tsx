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
import type { ApiKeyRowFragment, ApiKeyStatus } from '../../../gql/graphql';
import { useApiKeys } from '../hooks/use-api-keys';
import {
  ROTATION_OVERLAP_HOURS,
  useRevokeApiKey,
  useRotateApiKey,
} from '../hooks/use-api-key-mutations';
import { CreateApiKeyForm } from './create-api-key-form';
import './api-keys.css';

const STATUS: Record<ApiKeyStatus, { label: string; tone: BadgeTone }> = {
  ACTIVE: { label: 'Active', tone: 'success' },
  EXPIRING: { label: 'Expiring', tone: 'warning' },
  EXPIRED: { label: 'Expired', tone: 'neutral' },
  REVOKED: { label: 'Revoked', tone: 'neutral' },
};

const when = (iso: string | null | undefined) =>
  iso ? <time dateTime={iso}>{formatDate(iso)}</time> : <span className="muted">Never</span>;

/** The API keys page: the list with revoke and rotate, and the form that makes a key. */
export function ApiKeysPanel() {
  const keys = useApiKeys();
  const revoke = useRevokeApiKey();
  const rotate = useRotateApiKey();
  const toast = useToast();
  const [revealed, setRevealed] = useState<{ name: string; secret: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  async function act(key: ApiKeyRowFragment, action: 'revoke' | 'rotate') {
    setBusyId(key.id);
    try {
      if (action === 'revoke') {
        await revoke(key.id);
        toast.show(`The key for ${key.name} is revoked; calls with it are refused from now on.`);
      } else {
        const rotated = await rotate(key.id);
        setRevealed({ name: rotated.apiKey.name, secret: rotated.secret });
        toast.show(
          `New key made for ${key.name}; the old one keeps working for ${ROTATION_OVERLAP_HOURS} hours.`,
        );
      }
    } catch (error) {
      toast.show(messageFor(error), { tone: 'error' });
    } finally {
      setBusyId(null);
    }
  }

  const usable = (key: ApiKeyRowFragment) => key.status === 'ACTIVE' || key.status === 'EXPIRING';

  let list;
  if (keys.loading) list = <LoadingIndicator label="Loading API keys…" />;
  else if (keys.problem && keys.totalCount === null) {
    list = (
      <RetryAlert
        title="The API keys could not be loaded."
        message={keys.problem}
        onRetry={keys.retry}
      />
    );
  } else {
    list = (
      <>
        <Table
          caption={
            keys.totalCount === null
              ? 'API keys'
              : `API keys (${plural(keys.totalCount, 'key', 'keys')})`
          }
          columns={[
            { key: 'name', header: 'Integration', rowHeader: true, cell: (key) => key.name },
            { key: 'prefix', header: 'Key starts', cell: (key) => <code>{key.prefix}…</code> },
            {
              key: 'scopes',
              header: 'Scopes',
              cell: (key) => <span className="api-key-scopes">{key.scopes.join(', ')}</span>,
            },
            {
              key: 'status',
              header: 'Status',
              cell: (key) => (
                <>
                  <Badge tone={STATUS[key.status].tone}>{STATUS[key.status].label}</Badge>
                  {key.status === 'EXPIRING' && key.expiresAt ? (
                    <span className="api-key-note"> until {formatDate(key.expiresAt)}</span>
                  ) : null}
                </>
              ),
            },
            { key: 'created', header: 'Created', cell: (key) => when(key.createdAt) },
            { key: 'used', header: 'Last used', cell: (key) => when(key.lastUsedAt) },
            {
              key: 'actions',
              header: <VisuallyHidden>Actions</VisuallyHidden>,
              align: 'end',
              cell: (key) =>
                usable(key) ? (
                  <span className="api-key-actions">
                    <Button
                      size="sm"
                      busy={busyId === key.id}
                      onClick={() => void act(key, 'rotate')}
                    >
                      Rotate<VisuallyHidden> the key for {key.name}</VisuallyHidden>
                    </Button>
                    <Button
                      size="sm"
                      variant="danger"
                      busy={busyId === key.id}
                      onClick={() => void act(key, 'revoke')}
                    >
                      Revoke<VisuallyHidden> the key for {key.name}</VisuallyHidden>
                    </Button>
                  </span>
                ) : null,
            },
          ]}
          rows={keys.keys}
          rowKey={(key) => key.id}
        />
        {keys.hasMore ? (
          <LoadMoreButton busy={keys.loadingMore} onClick={() => void keys.loadMore()}>
            Load more keys
          </LoadMoreButton>
        ) : null}
      </>
    );
  }

  return (
    <>
      {revealed ? (
        <OneTimeSecret
          title={`New API key for ${revealed.name}`}
          label="API key"
          secret={revealed.secret}
          onDone={() => setRevealed(null)}
        />
      ) : null}
      <div className="api-keys-grid">
        <div>{list}</div>
        <Card>
          <CreateApiKeyForm onCreated={(name, secret) => setRevealed({ name, secret })} />
        </Card>
      </div>
    </>
  );
}
