import { useMutation } from '@apollo/client/react';
import { useConnectionQuery } from '@rapport/client/use-connection-query';
import { useCallback } from 'react';
import type { CreateWebhookSubscriptionInput } from '../../../gql/graphql';
import {
  CreateWebhookSubscriptionDocument,
  DeactivateWebhookSubscriptionDocument,
  ReplayWebhookDeliveryDocument,
  WebhookDeliveriesDocument,
  WebhookSubscriptionsDocument,
} from '../../../gql/documents/features/webhooks/api/webhooks';

const PAGE_SIZE = 25;

export function useWebhookSubscriptions() {
  const { nodes, ...list } = useConnectionQuery(WebhookSubscriptionsDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.webhookSubscriptions,
  });
  return { ...list, subscriptions: nodes };
}

export function useWebhookDeliveries() {
  const { nodes, ...list } = useConnectionQuery(WebhookDeliveriesDocument, {
    variables: { first: PAGE_SIZE },
    connection: (data) => data.webhookDeliveries,
  });
  return { ...list, deliveries: nodes };
}

export function useCreateWebhookSubscription() {
  const [mutate] = useMutation(CreateWebhookSubscriptionDocument);
  return useCallback(
    async (input: CreateWebhookSubscriptionInput) => {
      const { data } = await mutate({
        variables: { input },
        // Newest first: refetch rather than guess where it goes.
        update: (cache) => {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'webhookSubscriptions' });
          cache.gc();
        },
      });
      if (!data) throw new Error('Registering the webhook returned nothing.');
      return data.createWebhookSubscription;
    },
    [mutate],
  );
}

export function useDeactivateWebhookSubscription() {
  const [mutate] = useMutation(DeactivateWebhookSubscriptionDocument);
  return useCallback(async (id: string) => void (await mutate({ variables: { id } })), [mutate]);
}

export function useReplayWebhookDelivery() {
  const [mutate] = useMutation(ReplayWebhookDeliveryDocument);
  return useCallback(async (id: string) => void (await mutate({ variables: { id } })), [mutate]);
}
