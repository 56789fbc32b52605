import { defineConcept } from '../concept.js';
import { WebhookDispatcher } from './dispatcher.js';
import { CreateWebhooks1770000001000 } from './migrations/1770000001000-create-webhooks.js';
import { WebhookDeliveryEntity, WebhookSubscriptionEntity } from './webhook.entity.js';
import { WebhookDeliveryResolver, WebhookSubscriptionResolver } from './webhook.resolver.js';
import { WebhookService } from './webhook.service.js';

export const webhookConcept = defineConcept({
  name: 'webhook',
  entities: [WebhookSubscriptionEntity, WebhookDeliveryEntity],
  resolvers: [WebhookSubscriptionResolver, WebhookDeliveryResolver],
  migrations: [CreateWebhooks1770000001000],
  services: ({ dataSource, config }) => ({
    webhooks: new WebhookService(dataSource, config.webhooks),
    // The timer sends by the wall clock; tests call dispatchDue(now) with their own.
    webhookDispatcher: new WebhookDispatcher(dataSource, config.webhooks, () => new Date()),
  }),
});
