import { FOLLOW_UP_STATES, type FollowUpState } from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { Scope } from '../graphql/scope.js';
import type { ReferralEntity } from './referral.entity.js';

export const FollowUpStateEnum = Object.fromEntries(FOLLOW_UP_STATES.map((s) => [s, s])) as {
  [S in FollowUpState]: S;
};
registerEnumType(FollowUpStateEnum, {
  name: 'FollowUpState',
  description: "Where a referral's same-day follow-up stands.",
  valuesConfig: {
    DUE: { description: "Due by the end of the day it was given, on the seeker's clock." },
    OVERDUE: { description: 'That day has ended and the seeker has not followed up yet.' },
    DONE: { description: 'Followed up: marked done, or asked for a meeting.' },
  },
});

/**
 * Resolvers return ReferralEntity rows; ReferralResolver adds the id, the
 * follow-up's deadline and state, and the meeting, people and ask it points at.
 */
@Scope('interviews:read')
@ObjectType('Referral', {
  description:
    'A name given to a seeker at the end of an informational interview, as it was given, with its same-day follow-up. Only its seeker (and staff, to coach) can see it.',
  simpleResolvers: true,
})
export class ReferralType {
  @Field(() => String, { description: "The person's name." })
  name: string;

  @Field(() => String, { nullable: true, description: 'Their job title, when given.' })
  title: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where they work, as the referrer said it (see `company` when it matched one).',
  })
  companyName: string | null;

  @Field(() => String, { nullable: true, description: 'Their email address, when given.' })
  email: string | null;

  @Field(() => String, { nullable: true, description: 'Their phone number, when given.' })
  phone: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Any other way to reach them ("ask for her at the front desk").',
  })
  howToReach: string | null;

  @Field(() => String, { nullable: true, description: 'What the referrer said about them.' })
  note: string | null;

  @Field(() => Date, { description: 'When the seeker recorded the name.' })
  recordedAt: Date;

  @Field(() => String, {
    description:
      "The seeker's local date (YYYY-MM-DD) the follow-up is due: the day the name was given.",
  })
  followUpDueOn: string;

  @Field(() => String, { description: 'The IANA zone the due date is counted in.' })
  timeZone: string;

  @Field(() => Date, {
    nullable: true,
    description: 'When the seeker followed up (marked done, or asked them); null until then.',
  })
  followedUpAt: Date | null;
}

export type ReferralRowsFit = RowsFit<ReferralType, ReferralEntity>;

export const { ConnectionType: ReferralConnection } = connectionTypes('Referral', ReferralType);

@Scope('interviews:read')
@ObjectType('FollowUpsDue', {
  description: 'Referrals the seeker has not followed up yet, for the dashboard.',
  simpleResolvers: true,
})
export class FollowUpsDueType {
  @Field(() => Int, { description: 'How many referrals wait for a follow-up.' })
  count: number;

  @Field(() => Int, { description: 'How many of them are past their due day.' })
  overdueCount: number;

  @Field(() => [ReferralType], {
    description: 'The first few, overdue first (the oldest due date first).',
  })
  items: ReferralEntity[];
}
