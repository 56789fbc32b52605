import { Field, ID, InputType } from 'type-graphql';

// Length and shape rules live in the domain's validateContact, applied by the
// service, so the API and the clients report the same message for the same mistake.
@InputType({ description: 'What staff or a seeker fill in for a contact.' })
export class ContactInput {
  @Field(() => String, { description: "The person's full name; required, up to 120 characters." })
  fullName: string;

  @Field(() => ID, { nullable: true, description: 'Where they work; null for no company.' })
  companyId?: string | null;

  @Field(() => String, { nullable: true, description: 'Their job title, up to 120 characters.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Their email address; must be valid.' })
  email?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A number a person could dial, such as +1 555 010 2030.',
  })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: 'Where the thank-you card goes.' })
  mailingAddress?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Free-form notes, up to 5,000 characters.',
  })
  notes?: string | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the tags; case-insensitive.' })
  tags?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'Agency contacts only: whether seekers see it (new agency contacts are shared unless false). Ignored for seekers.',
  })
  sharedWithSeekers?: boolean | null;
}
