import { defineConcept } from '../concept.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { ApiKeyResolver } from './api-key.resolver.js';
import { ApiKeyService } from './api-key.service.js';
import { CreateApiKeys1770000000000 } from './migrations/1770000000000-create-api-keys.js';

export const apiKeyConcept = defineConcept({
  name: 'api-key',
  entities: [ApiKeyEntity],
  resolvers: [ApiKeyResolver],
  migrations: [CreateApiKeys1770000000000],
  services: ({ dataSource }) => ({ apiKeys: new ApiKeyService(dataSource) }),
});
