import { defineConcept } from '../concept.js';
import { ContactEntity } from './contact.entity.js';
import { ContactResolver } from './contact.resolver.js';
import { ContactService } from './contact.service.js';

export const contactConcept = defineConcept({
  name: 'contact',
  entities: [ContactEntity],
  resolvers: [ContactResolver],
  services: ({ dataSource }) => ({ contacts: new ContactService(dataSource) }),
});
