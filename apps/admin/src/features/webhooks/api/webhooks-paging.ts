import type { ConnectionFields } from '@rapport/client/connection-fields';

/** Both webhook tables page with "Load more"; deliveries can be narrowed to one subscription. */
export const webhooksPaging = {
  webhookSubscriptions: [],
  webhookDeliveries: ['subscriptionId'],
} satisfies ConnectionFields;
