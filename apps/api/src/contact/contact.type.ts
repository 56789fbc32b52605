import { CONTACT_SOURCES, type ContactSource } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
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
@Scope('contacts:read')
@ObjectType('Contact', {
  description: 'A person at a company, usually a hiring manager.',
  simpleResolvers: true,
})
export class ContactType {
  @Field(() => String, { description: 'Their name as they write it.' })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Their job title.' })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their email address. Null for API keys when they asked not to be contacted.',
  })
  email: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their phone number. Null for API keys when they asked not to be contacted.',
  })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where a handwritten thank-you card should go. Null for API keys when they asked not to be contacted.',
  })
  mailingAddress: string | null;

  @NotForApiKeys()
  @Field(() => String, { nullable: true, description: "The agency's own notes; staff only." })
  notes: string | null;

  @Field(() => [String], { description: 'Labels the agency uses to group contacts.' })
  tags: string[];

  @Field(() => ContactSourceEnum, { description: 'How the contact came to the agency.' })
  source: ContactSource;

  @Field(() => Boolean, { description: 'The agency asks that nobody contact this person.' })
  doNotContact: boolean;

  @Field(() => Date, { description: 'When the contact was added.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When their details last changed.' })
  updatedAt: Date;
}

export type ContactRowsFit = RowsFit<ContactType, ContactEntity>;
