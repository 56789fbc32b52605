import { ROLES, type Role } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { SessionUser } from '../common/actor.js';
import { connectionTypes } from '../common/paging.js';
import { Scope } from '../graphql/scope.js';
import type { RowsFit } from '../common/rows-fit.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'SEEKER uses the job-seeker app; STAFF and ADMIN use the agency dashboard.',
});

/**
 * Resolvers return SessionUser rows; UserResolver adds the global id. A key
 * reaches a user only as the seeker of an ask or a meeting: seekers' names
 * and emails are personal data, opened by interviews:read alone.
 */
@Scope('interviews:read')
@ObjectType('User', { description: 'A person with a Rapport account.', simpleResolvers: true })
export class UserType {
  @Field(() => String, { description: 'The address they sign in with.' })
  email: string;

  @Field(() => String, { description: 'Their name as shown to others.' })
  name: string;

  @Field(() => RoleEnum, { description: 'What they use Rapport for.' })
  role: Role;

  @Field(() => Date, { description: 'When the account was made.' })
  createdAt: Date;
}

export type UserRowsFit = RowsFit<UserType, SessionUser>;

export const { ConnectionType: UserConnection } = connectionTypes('User', UserType);
