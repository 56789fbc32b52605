import { Field, InputType } from 'type-graphql';

// Validation is the domain's (validateAccount); see AccountService.

@InputType({ description: 'A new job seeker account.' })
export class SignUpInput {
  @Field(() => String, { description: 'Their name as others will see it.' })
  name: string;

  @Field(() => String, { description: 'The address they will sign in with.' })
  email: string;

  @Field(() => String, {
    description: 'At least the length the password policy asks; not a common password.',
  })
  password: string;
}

@InputType({ description: 'Email and password, to sign in.' })
export class SignInInput {
  @Field(() => String, { description: 'The account email.' })
  email: string;

  @Field(() => String, { description: 'The account password.' })
  password: string;
}
