import {
  THANK_YOU_KINDS,
  THANK_YOU_STATES,
  THANK_YOU_STATUSES,
  type ThankYouKind,
  type ThankYouStatus,
} from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { Scope } from '../graphql/scope.js';
import type { ThankYouCardEntity } from './thank-you-card.entity.js';
import { enumOf } from '../common/enum-of.js';

export const ThankYouKindEnum = enumOf(THANK_YOU_KINDS);
registerEnumType(ThankYouKindEnum, {
  name: 'ThankYouKind',
  description: 'How the thanks went out.',
  valuesConfig: {
    HANDWRITTEN_CARD: { description: 'A handwritten card by post: the one people remember.' },
    EMAIL: { description: 'An email: allowed, but the lesser option.' },
  },
});

export const ThankYouStatusEnum = enumOf(THANK_YOU_STATUSES);
registerEnumType(ThankYouStatusEnum, {
  name: 'ThankYouStatus',
  description: 'PENDING until the seeker records it sent; then SENT, for good.',
});

export const ThankYouStateEnum = enumOf(THANK_YOU_STATES);
registerEnumType(ThankYouStateEnum, {
  name: 'ThankYouState',
  description: 'Where a note stands today, on the seeker’s clock.',
  valuesConfig: {
    UPCOMING: { description: 'Not due yet.' },
    DUE_TODAY: { description: 'Due by the end of today.' },
    OVERDUE: { description: 'The due day has passed and it is not sent.' },
    SENT: { description: 'Sent.' },
  },
});

/**
 * Resolvers return ThankYouCardEntity rows; ThankYouCardResolver adds the
 * id, the deadline, today's state, the draft, the address and the meeting
 * and person it belongs to.
 */
@Scope('interviews:read')
@ObjectType('ThankYouCard', {
  description:
    'The thank-you note a completed meeting puts on its seeker’s list: due by the end of the second business day after the meeting, in the seeker’s time zone. Only its seeker (and staff, to coach) can see it.',
  simpleResolvers: true,
})
export class ThankYouCardType {
  @Field(() => ThankYouStatusEnum, { description: 'PENDING or SENT.' })
  status: ThankYouStatus;

  @Field(() => String, { description: "The seeker's local date (YYYY-MM-DD) it is due." })
  dueOn: string;

  @Field(() => String, { description: 'The IANA zone the due date is counted in.' })
  timeZone: string;

  @Field(() => ThankYouKindEnum, {
    nullable: true,
    description: 'How it was sent; null until it is.',
  })
  kind: ThankYouKind | null;

  @Field(() => Date, { nullable: true, description: 'When it was sent; null until it is.' })
  sentAt: Date | null;
}

export type ThankYouCardRowsFit = RowsFit<ThankYouCardType, ThankYouCardEntity>;

export const { ConnectionType: ThankYouCardConnection } = connectionTypes(
  'ThankYouCard',
  ThankYouCardType,
);

@Scope('interviews:read')
@ObjectType('ThankYouDraft', {
  description: 'A first draft in the seeker’s voice, to copy and make their own.',
  simpleResolvers: true,
})
export class ThankYouDraftType {
  @Field(() => String, { nullable: true, description: 'A subject line, for an email only.' })
  subject: string | null;

  @Field(() => String, { description: 'The text, with line breaks.' })
  body: string;
}

@Scope('interviews:read')
@ObjectType('ThankYouCardsDue', {
  description: 'Thank-you notes not sent yet, for the dashboard.',
  simpleResolvers: true,
})
export class ThankYouCardsDueType {
  @Field(() => Int, { description: 'How many notes are still to send.' })
  count: number;

  @Field(() => Int, { description: 'How many are due today.' })
  dueTodayCount: number;

  @Field(() => Int, { description: 'How many are past their due day.' })
  overdueCount: number;

  @Field(() => [ThankYouCardType], {
    description: 'The first few, the earliest due date first (so overdue ones lead).',
  })
  items: ThankYouCardEntity[];
}
