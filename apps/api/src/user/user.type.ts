import { ROLES, type Role } from '@rapport/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, toGlobalId } from '../common/relay.js';
import type { SessionUser } from '../graphql/context.js';

export const RoleEnum = Object.fromEntries(ROLES.map((role) => [role, role])) as { [R in Role]: R };
registerEnumType(RoleEnum, {
  name: 'Role',
  description: 'SEEKER uses the job-seeker app; STAFF and ADMIN use the agency dashboard.',
});

@ObjectType('User', { description: 'A person with a Rapport account.' })
export class UserType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => Date)
  createdAt: Date;
}

export function toUserType(user: SessionUser): UserType {
  return { ...user, id: toGlobalId('User', user.id) };
}

export const { ConnectionType: UserConnection } = connectionTypes('User', UserType);
