import { defineConcept } from '../concept.js';
import { AccountService } from './account.service.js';
import { UserEntity } from './user.entity.js';
import { UserResolver } from './user.resolver.js';

export const userConcept = defineConcept({
  name: 'user',
  entities: [UserEntity],
  resolvers: [UserResolver],
  services: ({ dataSource }) => ({ accounts: new AccountService(dataSource) }),
});
