import { collectConnectionFields } from '@rapport/client/connection-fields';
import { companiesPaging } from '../features/companies/api/companies-paging';
import { contactsPaging } from '../features/contacts/api/contacts-paging';
import { staffPaging } from '../features/staff/api/staff-paging';
import { apiKeysPaging } from '../features/api-keys/api/api-keys-paging';
import { webhooksPaging } from '../features/webhooks/api/webhooks-paging';
import { expertsPaging } from '../features/experts/api/experts-paging';
import { warmCandidatesPaging } from '../features/warm-candidates/api/warm-candidates-paging';
import { seekersPaging } from '../features/seekers/api/seekers-paging';

/**
 * Every paged list of the dashboard, each declared by its feature in an
 * `api/…-paging.ts` file. connection-fields.test.ts fails when an operation
 * pages through a connection that is not collected here.
 */
export const connectionFields = collectConnectionFields(
  companiesPaging,
  contactsPaging,
  staffPaging,
  apiKeysPaging,
  webhooksPaging,
  expertsPaging,
  warmCandidatesPaging,
  seekersPaging,
);
