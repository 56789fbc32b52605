import { CONTACT_SOURCES, type ContactSource } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RowsFit } from '../common/rows-fit.js';
import type { ContactEntity } from './contact.entity.js';

export const ContactSourceEnum = Object.fromEntries(CONTACT_SOURCES.map((s) => [s, s])) as {
  [S in ContactSource]: S;
};
registerEnumType(ContactSourceEnum, {
  name: 'ContactSource',
  description:
    "Where the contact came from: the agency's book, a seeker's own entry, or a referral.",
});

/** Resolvers return ContactEntity rows; ContactResolver adds the id and the company. */
@ObjectType('Contact', {
  description: 'A person at a company, usually a hiring manager.',
  simpleResolvers: true,
})
export class ContactType {
  @Field(() => String)
  fullName: string;

  @Field(() => String, { nullable: true })
  title: string | null;

  @Field(() => String, { nullable: true })
  email: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where a handwritten thank-you card should go.',
  })
  mailingAddress: string | null;

  @Field(() => String, { nullable: true })
  notes: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => ContactSourceEnum)
  source: ContactSource;

  @Field(() => Boolean, { description: 'The agency asks that nobody contact this person.' })
  doNotContact: boolean;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export type ContactRowsFit = RowsFit<ContactType, ContactEntity>;
