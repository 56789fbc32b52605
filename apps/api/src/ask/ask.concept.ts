import { defineConcept } from '../concept.js';
import { ContactService } from '../contact/contact.service.js';
import { SettingsService } from '../settings/settings.service.js';
import { AskEntity, AskStatusChangeEntity } from './ask.entity.js';
import { askLoaders } from './ask.loaders.js';
import { AskResolver, ContactAskFieldsResolver } from './ask.resolver.js';
import { AskService } from './ask.service.js';
import { Asks1765000000001 } from './migrations/1765000000001-asks.js';
import { AsksByDate1770000004200 } from './migrations/1770000004200-asks-by-date.js';

export const askConcept = defineConcept({
  name: 'ask',
  entities: [AskEntity, AskStatusChangeEntity],
  resolvers: [AskResolver, ContactAskFieldsResolver],
  migrations: [Asks1765000000001, AsksByDate1770000004200],
  // The services it builds on hold no state, so its own instances are the same as the shared ones.
  services: ({ dataSource }) => ({
    asks: new AskService(
      dataSource,
      new ContactService(dataSource),
      new SettingsService(dataSource),
    ),
  }),
  loaders: askLoaders,
});
