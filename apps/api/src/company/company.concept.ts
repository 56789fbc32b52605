import { defineConcept } from '../concept.js';
import { HiringAlertService } from '../hiring-alert/hiring-alert.service.js';
import { CompanyEntity } from './company.entity.js';
import { companyLoaders } from './company.loaders.js';
import { CompanyResolver } from './company.resolver.js';
import { CompanyService } from './company.service.js';

export const companyConcept = defineConcept({
  name: 'company',
  entities: [CompanyEntity],
  resolvers: [CompanyResolver],
  // A company turning to HIRING alerts the seekers who met someone there, in
  // the same transaction (the hiring-alert concept's own instance).
  services: ({ dataSource }) => ({
    companies: new CompanyService(dataSource, new HiringAlertService(dataSource)),
  }),
  loaders: companyLoaders,
});
