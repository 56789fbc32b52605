import type { Role } from '@rapport/domain';
import { Field, InputType } from 'type-graphql';
import { SignUpInput } from '../../auth/dto/auth.input.js';
import { RoleEnum } from '../user.type.js';

@InputType({ description: 'A new agency staff account, created by an admin.' })
export class CreateStaffAccountInput extends SignUpInput {
  @Field(() => RoleEnum, { description: 'STAFF or ADMIN.' })
  role: Role;
}
