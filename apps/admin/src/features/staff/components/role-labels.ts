import type { Role } from '../../../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  STAFF: 'Staff',
  SEEKER: 'Job seeker',
};
