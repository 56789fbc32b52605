import { collectConnectionFields } from '@rapport/client/connection-fields';
import { companiesPaging } from '../features/companies/api/companies-paging';
import { contactsPaging } from '../features/contacts/api/contacts-paging';
import { expertsPaging } from '../features/experts/api/experts-paging';
import { followUpsPaging } from '../features/follow-ups/api/follow-ups-paging';
import { thankYouPaging } from '../features/thank-you/api/thank-you-paging';
import { networkPaging } from '../features/network/api/network-paging';
import { meetingsPaging } from '../features/meetings/api/meetings-paging';

/**
 * Every paged list of the seeker app, each declared by its feature in an
 * `api/…-paging.ts` file. connection-fields.test.ts fails when an operation
 * pages through a connection that is not collected here.
 */
export const connectionFields = collectConnectionFields(
  companiesPaging,
  contactsPaging,
  expertsPaging,
  followUpsPaging,
  thankYouPaging,
  networkPaging,
  meetingsPaging,
);
