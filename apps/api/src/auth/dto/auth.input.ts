import { Field, InputType } from 'type-graphql';

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
