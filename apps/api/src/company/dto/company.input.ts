import { Field, InputType } from 'type-graphql';

// No rules here on purpose: required name, website shape and length limits
// are the domain's validateCompany, applied by the service, so the API and
// both clients report the same message for the same mistake.
@InputType({ description: 'What staff fill in for a company.' })
export class CompanyInput {
  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  industry?: string | null;

  @Field(() => String, { nullable: true })
  officeAddress?: string | null;
}
