import { defineConcept } from '../concept.js';
import { CompanyEntity } from './company.entity.js';
import { companyLoaders } from './company.loaders.js';
import { CompanyResolver } from './company.resolver.js';
import { CompanyService } from './company.service.js';

export const companyConcept = defineConcept({
  name: 'company',
  entities: [CompanyEntity],
  resolvers: [CompanyResolver],
  services: ({ dataSource }) => ({ companies: new CompanyService(dataSource) }),
  loaders: companyLoaders,
});
