import { defineConcept } from '../concept.js';
import { ContactImportService } from './contact-import.service.js';
import { ContactEntity, ContactTagEntity } from './contact.entity.js';
import { CompanyContactsResolver, ContactResolver, ImportRowResolver } from './contact.resolver.js';
import { ContactService } from './contact.service.js';
import { ContactPeopleAndSharing1765000000000 } from './migrations/1765000000000-contact-people-and-sharing.js';
import { ContactSearchIndex1770000002000 } from './migrations/1770000002000-contact-search-index.js';
import { ContactCompanyOwnerIndex1770000003000 } from './migrations/1770000003000-contact-company-owner-index.js';
import { ContactAgencyLiveIndex1771000500000 } from './migrations/1771000500000-contact-agency-live-index.js';

export const contactConcept = defineConcept({
  name: 'contact',
  entities: [ContactEntity, ContactTagEntity],
  resolvers: [ContactResolver, CompanyContactsResolver, ImportRowResolver],
  migrations: [
    ContactPeopleAndSharing1765000000000,
    ContactSearchIndex1770000002000,
    ContactCompanyOwnerIndex1770000003000,
    ContactAgencyLiveIndex1771000500000,
  ],
  services: ({ dataSource }) => ({
    contacts: new ContactService(dataSource),
    contactImport: new ContactImportService(dataSource),
  }),
});
