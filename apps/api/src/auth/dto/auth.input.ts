import { Field, InputType } from 'type-graphql';
import { RoleEnum } from '../../user/user.type.js';
import type { Role } from '@rapport/domain';

// Validation is the domain's (validateAccount); see AccountService.

@InputType()
export class SignUpInput {
  @Field(() => String)
  name: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType()
export class SignInInput {
  @Field(() => String)
  email: string;

  @Field(() => String)
  password: string;
}

@InputType({ description: 'A new agency staff account, created by an admin.' })
export class CreateStaffAccountInput extends SignUpInput {
  @Field(() => RoleEnum)
  role: Role;
}
