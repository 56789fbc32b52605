import { defineConcept } from '../concept.js';
import { HiringAlertEntity } from './hiring-alert.entity.js';
import { hiringAlertLoaders } from './hiring-alert.loaders.js';
import {
  DashboardHiringAlertsResolver,
  HiringAlertResolver,
  SeekerHiringAlertsResolver,
  WarmCandidateCompanyResolver,
  WarmCandidateResolver,
} from './hiring-alert.resolver.js';
import { HiringAlertService } from './hiring-alert.service.js';
import { HiringAlerts1771000004100 } from './migrations/1771000004100-hiring-alerts.js';

/**
 * Hiring alerts and warm candidates. The alerts are written by the company
 * concept's setHiringStatus, in its transaction, through
 * HiringAlertService.alertPastInterviewees (wired in company.concept.ts).
 */
export const hiringAlertConcept = defineConcept({
  name: 'hiring-alert',
  entities: [HiringAlertEntity],
  resolvers: [
    HiringAlertResolver,
    WarmCandidateCompanyResolver,
    WarmCandidateResolver,
    DashboardHiringAlertsResolver,
    SeekerHiringAlertsResolver,
  ],
  migrations: [HiringAlerts1771000004100],
  services: ({ dataSource }) => ({ hiringAlerts: new HiringAlertService(dataSource) }),
  loaders: hiringAlertLoaders,
});
