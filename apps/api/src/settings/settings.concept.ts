import { defineConcept } from '../concept.js';
import { AgencySettings1765000000002 } from './migrations/1765000000002-agency-settings.js';
import { AgencySettingsEntity } from './settings.entity.js';
import { SettingsResolver } from './settings.resolver.js';
import { SettingsService } from './settings.service.js';

export const settingsConcept = defineConcept({
  name: 'settings',
  entities: [AgencySettingsEntity],
  resolvers: [SettingsResolver],
  migrations: [AgencySettings1765000000002],
  services: ({ dataSource }) => ({ settings: new SettingsService(dataSource) }),
});
