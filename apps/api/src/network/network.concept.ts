import { defineConcept } from '../concept.js';
import { ConnectionEntity } from './connection.entity.js';
import { CreateNetwork1769000000000 } from './migrations/1769000000000-create-network.js';
import { NetworkChangePruning1770000004100 } from './migrations/1770000004100-network-change-pruning.js';
import { NetworkChangeEntity, NetworkStateEntity } from './network-change.entity.js';
import { networkLoaders } from './network.loaders.js';
import { GraphEdgeResolver, ReferralTreeResolver } from './network-views.resolver.js';
import { NetworkResolver, NetworkSeekerResolver } from './network.resolver.js';
import { NetworkService } from './network.service.js';

export const networkConcept = defineConcept({
  name: 'network',
  entities: [ConnectionEntity, NetworkStateEntity, NetworkChangeEntity],
  resolvers: [NetworkResolver, NetworkSeekerResolver, GraphEdgeResolver, ReferralTreeResolver],
  migrations: [CreateNetwork1769000000000, NetworkChangePruning1770000004100],
  services: ({ dataSource }) => ({ network: new NetworkService(dataSource) }),
  loaders: networkLoaders,
});
