import type { DataSource } from 'typeorm';
import { defineConcept } from '../concept.js';
import { ContactService } from '../contact/contact.service.js';
import { ProposalStore } from '../scheduling/proposal-store.js';
import { SettingsService } from '../settings/settings.service.js';
import { AskEntity, AskStatusChangeEntity } from './ask.entity.js';
import { askLoaders } from './ask.loaders.js';
import { AskResolver, ContactAskFieldsResolver } from './ask.resolver.js';
import { AskService } from './ask.service.js';
import { Asks1765000000001 } from './migrations/1765000000001-asks.js';
import { AsksByDate1770000004200 } from './migrations/1770000004200-asks-by-date.js';

/**
 * An ask service with what it builds on. Those hold no state, so a concept
 * that records asks itself (a referral turned into an ask) builds its own.
 */
export function newAskService(dataSource: DataSource): AskService {
  return new AskService(
    dataSource,
    new ContactService(dataSource),
    new SettingsService(dataSource),
    new ProposalStore(),
  );
}

export const askConcept = defineConcept({
  name: 'ask',
  entities: [AskEntity, AskStatusChangeEntity],
  resolvers: [AskResolver, ContactAskFieldsResolver],
  migrations: [Asks1765000000001, AsksByDate1770000004200],
  services: ({ dataSource }) => ({ asks: newAskService(dataSource) }),
  loaders: askLoaders,
});
