import {
  PROPOSAL_STATUSES,
  SLOT_OFFERERS,
  type LocationKind,
  type ProposalStatus,
  type SlotOfferer,
} from '@rapport/domain';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { RowsFit } from '../common/rows-fit.js';
import { LocationKindEnum } from '../meeting/meeting.type.js';
import { NotForApiKeys } from '../graphql/scope.js';
import type { SchedulingProposalEntity, SchedulingSlotEntity } from './scheduling.entity.js';
import { enumOf } from '../common/enum-of.js';

export const ProposalStatusEnum = enumOf(PROPOSAL_STATUSES);
registerEnumType(ProposalStatusEnum, {
  name: 'SchedulingProposalStatus',
  description:
    'PROPOSED waits for the contact; COUNTER_PROPOSED waits for the seeker (the contact offered another time); ACCEPTED, DECLINED and WITHDRAWN are settled.',
});

export const SlotOffererEnum = enumOf(SLOT_OFFERERS);
registerEnumType(SlotOffererEnum, {
  name: 'SlotOfferer',
  description: 'Who offered a time: the SEEKER, or the CONTACT answering through the link.',
});

/** Resolvers return slot rows (or the domain's slots, the same shape); the resolver adds id and end. */
@ObjectType('ProposedSlot', {
  description: 'One offered time for a meeting, with its length and zone.',
  simpleResolvers: true,
})
@NotForApiKeys()
export class ProposedSlotType {
  @Field(() => Date, { description: 'When it would start.' })
  startsAt: Date;

  @Field(() => Int, { description: 'The length offered, in minutes.' })
  durationMinutes: number;

  @Field(() => String, { description: "The IANA zone it was offered in (the contact's)." })
  timeZone: string;

  @Field(() => SlotOffererEnum, { description: 'Who offered it.' })
  offeredBy: SlotOfferer;
}

export type ProposedSlotRowsFit = RowsFit<ProposedSlotType, SchedulingSlotEntity>;

/**
 * Resolvers return SchedulingProposalEntity rows; the resolver adds the id,
 * the times, the ask, the meeting and the link's expiry.
 */
@ObjectType('SchedulingProposal', {
  description:
    'Times a seeker offered a contact for a meeting (reverse scheduling), answered through a link that needs no account. Only its seeker (and staff, to coach) can see it.',
  simpleResolvers: true,
})
@NotForApiKeys()
export class SchedulingProposalType {
  @Field(() => ProposalStatusEnum, { description: 'Where the proposal stands.' })
  status: ProposalStatus;

  @Field(() => String, { description: "The contact's IANA zone, where the times were checked." })
  timeZone: string;

  @Field(() => LocationKindEnum, { description: 'Where the meeting would be.' })
  locationKind: LocationKind;

  @Field(() => String, { nullable: true, description: 'Address, place, video link or number.' })
  locationDetails: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What the contact wrote when declining, if anything.',
  })
  replyNote: string | null;

  @Field(() => Date, { description: 'When the seeker first offered times.' })
  proposedAt: Date;

  @Field(() => Date, { description: 'When the status last changed.' })
  statusChangedAt: Date;
}

export type SchedulingProposalRowsFit = RowsFit<SchedulingProposalType, SchedulingProposalEntity>;

@ObjectType('SchedulingLinkPayload', {
  description:
    'A proposal with the link for the contact. The token is shown this once; only its hash is kept.',
  simpleResolvers: true,
})
@NotForApiKeys()
export class SchedulingLinkPayloadType {
  @Field(() => SchedulingProposalType, { description: 'The proposal the link answers.' })
  proposal: SchedulingProposalEntity;

  @Field(() => String, {
    description:
      "The link's secret: the contact's page is /reply/<token> on the seeker app. Not retrievable later; make a new link if it is lost.",
  })
  token: string;

  @Field(() => Date, {
    description: 'When the link stops opening: a few days after the last time offered.',
  })
  expiresAt: Date;
}

@ObjectType('SchedulingReply', {
  description:
    "What a contact sees behind a scheduling link, and nothing more: the seeker's first name and this one meeting's times, length and place.",
  simpleResolvers: true,
})
@NotForApiKeys()
export class SchedulingReplyType {
  @Field(() => ProposalStatusEnum, { description: 'Where the proposal stands.' })
  status: ProposalStatus;

  @Field(() => String, { description: 'The first name of the person asking to meet.' })
  seekerFirstName: string;

  @Field(() => Int, { description: 'The length asked for, in minutes.' })
  durationMinutes: number;

  @Field(() => String, { description: 'The IANA zone the times were offered in.' })
  timeZone: string;

  @Field(() => LocationKindEnum, { description: 'Where the meeting would be.' })
  locationKind: LocationKind;

  @Field(() => String, { nullable: true, description: 'Address, place, video link or number.' })
  locationDetails: string | null;

  @Field(() => [ProposedSlotType], {
    description: 'The offered times still ahead, earliest first; empty once answered.',
  })
  slots: ProposedSlotType[];

  @Field(() => ProposedSlotType, { nullable: true, description: 'The time agreed, once picked.' })
  chosenSlot: ProposedSlotType | null;

  @Field(() => ProposedSlotType, {
    nullable: true,
    description: 'The time the contact offered instead, if they did.',
  })
  counterSlot: ProposedSlotType | null;

  @Field(() => Date, { description: 'When the link stops opening.' })
  expiresAt: Date;
}
