import { Field, InputType } from 'type-graphql';

// No rules here on purpose: required name, website shape and length limits
// are the domain's validateCompany, applied by the service, so the API and
// both clients report the same message for the same mistake.
@InputType({ description: 'What staff fill in for a company.' })
export class CompanyInput {
  @Field(() => String, { description: 'The company name (required).' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its website, an http(s) address.' })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'The industry it works in.' })
  industry?: string | null;

  @Field(() => String, { nullable: true, description: 'Street address of the office.' })
  officeAddress?: string | null;
}
