import { CONTACT_SOURCES, type ContactSource } from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
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

export const CONTACT_SHARINGS = ['SHARED', 'AGENCY_ONLY', 'MINE'] as const;
export type ContactSharing = (typeof CONTACT_SHARINGS)[number];
export const ContactSharingEnum = Object.fromEntries(CONTACT_SHARINGS.map((s) => [s, s])) as {
  [S in ContactSharing]: S;
};
registerEnumType(ContactSharingEnum, {
  name: 'ContactSharing',
  description: 'Which contacts a list shows by who can see them.',
  valuesConfig: {
    SHARED: { description: 'Agency contacts that seekers can see.' },
    AGENCY_ONLY: { description: 'Agency contacts kept from seekers (staff only).' },
    MINE: { description: "The signed-in seeker's own private contacts." },
  },
});

export const CONTACT_SORTS = ['NAME', 'COMPANY', 'NEWEST'] as const;
export type ContactSort = (typeof CONTACT_SORTS)[number];
export const ContactSortEnum = Object.fromEntries(CONTACT_SORTS.map((s) => [s, s])) as {
  [S in ContactSort]: S;
};
registerEnumType(ContactSortEnum, {
  name: 'ContactSort',
  description: 'The order of a contact list.',
  valuesConfig: {
    NAME: { description: 'By name, accents and case ignored.' },
    COMPANY: { description: 'By company name, then by name; contacts without a company first.' },
    NEWEST: { description: 'Most recently added first.' },
  },
});

/**
 * Resolvers return ContactEntity rows; ContactResolver adds the id, the
 * company and the staff-only reason, and the ask concept adds the throttle,
 * the timeline, the seeker's own ask and the ask script.
 */
@Scope('contacts:read')
@ObjectType('Contact', {
  description: 'A person at a company, usually a hiring manager.',
  simpleResolvers: true,
})
export class ContactType {
  @Field(() => String, { description: "The person's full name." })
  fullName: string;

  @Field(() => String, { nullable: true, description: 'Their job title; null when unknown.' })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Their email address in lower case; null when unknown.',
  })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone number; null when unknown.' })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where a handwritten thank-you card should go.',
  })
  mailingAddress: string | null;

  @NotForApiKeys()
  @Field(() => String, {
    nullable: true,
    description: "The agency's own notes; never shown to API keys.",
  })
  notes: string | null;

  @Field(() => [String], {
    description: 'Free labels, each spelled as first entered; empty when none.',
  })
  tags: string[];

  @Field(() => ContactSourceEnum, { description: 'Where this record came from.' })
  source: ContactSource;

  @Field(() => Boolean, {
    description:
      'The agency asks that nobody contact this person (on any record of them): never suggested, asks refused.',
  })
  doNotContact: boolean;

  @Field(() => Boolean, {
    description:
      "For agency contacts: seekers can see it. A seeker's own contacts are private and say false.",
  })
  sharedWithSeekers: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was archived; null while in use.' })
  archivedAt: Date | null;

  @Field(() => Date, { description: 'When the record was added.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When the record last changed.' })
  updatedAt: Date;
}

export type ContactRowsFit = RowsFit<ContactType, ContactEntity>;

export const { ConnectionType: ContactConnection } = connectionTypes('Contact', ContactType);

@ObjectType('ContactThrottle', {
  description:
    "How close the agency's seekers together are to the cap on asks of this person in the rolling window.",
  simpleResolvers: true,
})
export class ContactThrottleType {
  @Field(() => Int, { description: 'Asks of this person by any seeker inside the window.' })
  asksInWindow: number;

  @Field(() => Int, { description: 'The most asks the agency allows in the window.' })
  cap: number;

  @Field(() => Int, { description: 'The rolling window in days.' })
  windowDays: number;

  @Field(() => Boolean, { description: 'No further ask is possible until one leaves the window.' })
  atCap: boolean;

  @Field(() => Boolean, { description: 'One ask left before the cap.' })
  nearCap: boolean;
}
