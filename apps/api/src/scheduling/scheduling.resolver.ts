import {
  describeBusinessHours,
  meetingEndsAt,
  requestedMinutes,
  type IsoWeekday,
} from '@rapport/domain';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { AskEntity } from '../ask/ask.entity.js';
import { AskType } from '../ask/ask.type.js';
import { Public } from '../auth/access.js';
import { CurrentActor } from '../auth/current-actor.js';
import { tooManyAttempts } from '../auth/sign-in-guard.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { Cost } from '../graphql/cost.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { ProposeMeetingTimesInput, ReviseMeetingTimesInput } from './dto/scheduling.input.js';
import type { SchedulingProposalEntity, SchedulingSlotEntity } from './scheduling.entity.js';
import {
  ProposedSlotType,
  SchedulingLinkPayloadType,
  SchedulingProposalType,
  SchedulingReplyType,
} from './scheduling.type.js';

type Slot = Pick<SchedulingSlotEntity, 'id' | 'startsAt' | 'durationMinutes'>;

const proposalId = (id: string) => fromGlobalId(id, 'SchedulingProposal');

/** The seeker's side: offering times, answering the contact's, the link. */
@Resolver(() => SchedulingProposalType)
export class SchedulingResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => SchedulingLinkPayloadType, {
    description:
      "Offers the contact 1–5 times for the meeting of the seeker's ask (asked or accepted), inside the contact's business hours on their clock, and makes the link they answer through (no account needed). One open proposal per ask (SCHEDULING.ALREADY_PROPOSED). Seekers only, own asks only.",
  })
  proposeMeetingTimes(
    @Arg('input', () => ProposeMeetingTimesInput, {
      description: 'The ask, the times, the length, the zone and the place.',
    })
    input: ProposeMeetingTimesInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scheduling.propose(actor, input, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => SchedulingLinkPayloadType, {
    description:
      'Answers the time the contact offered with new times of the seeker’s own, and makes a new link for them. Seekers only, own proposals only.',
  })
  reviseMeetingTimes(
    @Arg('id', () => ID, { description: 'The proposal the contact answered with another time.' })
    id: string,
    @Arg('input', () => ReviseMeetingTimesInput, { description: 'The new times.' })
    input: ReviseMeetingTimesInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scheduling.revise(actor, proposalId(id), input, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => SchedulingLinkPayloadType, {
    description:
      'A new link for times still waiting on the contact (the token is shown only once); the earlier link stops opening. Seekers only, own proposals only.',
  })
  renewSchedulingLink(
    @Arg('id', () => ID, { description: 'The proposal waiting for the contact.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scheduling.renewLink(actor, proposalId(id), ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Takes the time the contact offered: the meeting is booked at it, as scheduleMeeting books one. Seekers only, own proposals only.',
  })
  acceptCounterProposal(
    @Arg('id', () => ID, { description: 'The proposal the contact answered with another time.' })
    id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    return ctx.services.scheduling.acceptCounter(actor, proposalId(id), ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => SchedulingProposalType, {
    description:
      'Takes the offered times back; the link then tells the contact they are no longer offered. Seekers only, own proposals only.',
  })
  withdrawMeetingTimes(
    @Arg('id', () => ID, { description: 'The open proposal to withdraw.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scheduling.withdraw(actor, proposalId(id), ctx.services.now());
  }

  @Authorized()
  @NotForApiKeys()
  @Query(() => SchedulingProposalType, {
    description: "One time proposal: the seeker's own, or any for staff (coaching).",
  })
  schedulingProposal(
    @Arg('id', () => ID, { description: "The proposal's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.scheduling.get(actor, proposalId(id));
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() proposal: SchedulingProposalEntity): string {
    return toGlobalId('SchedulingProposal', proposal.id);
  }

  @FieldResolver(() => [ProposedSlotType], {
    description: "The seeker's offered times, earliest first.",
  })
  async slots(@Root() proposal: SchedulingProposalEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.slotsByProposal.load(proposal.id);
    return rows.filter((slot) => slot.offeredBy === 'SEEKER');
  }

  @FieldResolver(() => ProposedSlotType, {
    nullable: true,
    description: 'The time the contact offered instead, if they did.',
  })
  async counterSlot(@Root() proposal: SchedulingProposalEntity, @Ctx() ctx: Context) {
    const rows = await ctx.loaders.slotsByProposal.load(proposal.id);
    return rows.find((slot) => slot.offeredBy === 'CONTACT') ?? null;
  }

  @FieldResolver(() => ProposedSlotType, {
    nullable: true,
    description: 'The time agreed, once one is.',
  })
  async chosenSlot(@Root() proposal: SchedulingProposalEntity, @Ctx() ctx: Context) {
    if (proposal.chosenSlotId === null) return null;
    const rows = await ctx.loaders.slotsByProposal.load(proposal.id);
    return rows.find((slot) => slot.id === proposal.chosenSlotId) ?? null;
  }

  @FieldResolver(() => Int, { description: 'The length asked for, in minutes.' })
  async durationMinutes(
    @Root() proposal: SchedulingProposalEntity,
    @Ctx() ctx: Context,
  ): Promise<number> {
    const rows = await ctx.loaders.slotsByProposal.load(proposal.id);
    return requestedMinutes({ slots: rows.filter((slot) => slot.offeredBy === 'SEEKER') });
  }

  @FieldResolver(() => String, {
    description: "The contact's business hours the times were checked against, in words.",
  })
  businessHours(@Root() proposal: SchedulingProposalEntity): string {
    return describeBusinessHours({
      days: proposal.businessDays.split(',').map(Number) as IsoWeekday[],
      opensAt: proposal.opensAt,
      closesAt: proposal.closesAt,
    });
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      'When the link the contact can still use stops opening; null once answered, replaced or withdrawn.',
  })
  async linkExpiresAt(
    @Root() proposal: SchedulingProposalEntity,
    @Ctx() ctx: Context,
  ): Promise<Date | null> {
    if (proposal.status !== 'PROPOSED') return null;
    return (await ctx.loaders.liveLinkByProposal.load(proposal.id))?.expiresAt ?? null;
  }

  @FieldResolver(() => AskType, { description: 'The ask the times are for.' })
  async ask(@Root() proposal: SchedulingProposalEntity, @Ctx() ctx: Context): Promise<AskEntity> {
    // The foreign key cascades, so a proposal always has its ask.
    return (await ctx.loaders.askById.load(proposal.askId))!;
  }

  @FieldResolver(() => MeetingType, {
    nullable: true,
    description: 'The meeting booked from it, once a time is agreed.',
  })
  meeting(
    @Root() proposal: SchedulingProposalEntity,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity | null> | null {
    return proposal.meetingId ? ctx.loaders.meetingById.load(proposal.meetingId) : null;
  }
}

@Resolver(() => ProposedSlotType)
export class ProposedSlotResolver {
  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() slot: Slot): string {
    return toGlobalId('ProposedSlot', slot.id);
  }

  @FieldResolver(() => Date, { description: 'When it would end, from the start and length.' })
  endsAt(@Root() slot: Slot): Date {
    return meetingEndsAt(slot);
  }
}

/** The time proposal of an ask, for the seeker's ask page. */
@Resolver(() => AskType)
export class AskSchedulingFieldsResolver {
  @NotForApiKeys()
  @FieldResolver(() => SchedulingProposalType, {
    nullable: true,
    description: 'The latest times the seeker offered for this ask, open or settled; null if none.',
  })
  schedulingProposal(
    @Root() ask: AskEntity,
    @Ctx() ctx: Context,
  ): Promise<SchedulingProposalEntity | null> {
    return ctx.loaders.latestProposalByAsk.load(ask.id);
  }
}

/**
 * The contact's side, behind the link: no account, only the token. Each call
 * counts against the link's and the caller's address's hourly limits.
 */
@Resolver()
export class SchedulingReplyResolver {
  private async throttle(ctx: Context, token: string): Promise<void> {
    const wait = await ctx.services.replyLinkThrottle.take(ctx.request.ip, token);
    if (wait > 0) throw tooManyAttempts('scheduling link', wait);
  }

  @Public()
  @NotForApiKeys()
  @Query(() => SchedulingReplyType, {
    description:
      'What a scheduling link shows its contact: this one meeting’s times, length and place, and the seeker’s first name. Refused with SCHEDULING.LINK_UNKNOWN, LINK_USED, LINK_REPLACED, LINK_CLOSED or LINK_EXPIRED. Anyone with the link; rate-limited per link and per address.',
  })
  async schedulingReply(
    @Arg('token', () => String, { description: 'The token from the link (/reply/<token>).' })
    token: string,
    @Ctx() ctx: Context,
  ) {
    await this.throttle(ctx, token);
    return ctx.services.scheduling.view(token, ctx.services.now());
  }

  @Public()
  @NotForApiKeys()
  @Cost(10)
  @Mutation(() => SchedulingReplyType, {
    description:
      'The contact picks one of the offered times: the ask is accepted and the meeting booked. The link is then used up. Anyone with the link; rate-limited.',
  })
  async acceptProposedTime(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Arg('slotId', () => ID, { description: 'One of the offered times.' }) slotId: string,
    @Ctx() ctx: Context,
  ) {
    await this.throttle(ctx, token);
    return ctx.services.scheduling.acceptSlot(token, slotId, ctx.services.now());
  }

  @Public()
  @NotForApiKeys()
  @Cost(10)
  @Mutation(() => SchedulingReplyType, {
    description:
      'The contact offers a time of their own instead (in the future, not one already offered); the seeker then accepts it or offers others. The link is then used up. Anyone with the link; rate-limited.',
  })
  async proposeOtherTime(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Arg('startsAt', () => Date, { description: 'The time the contact would prefer.' })
    startsAt: Date,
    @Ctx() ctx: Context,
  ) {
    await this.throttle(ctx, token);
    return ctx.services.scheduling.counter(token, startsAt, ctx.services.now());
  }

  @Public()
  @NotForApiKeys()
  @Cost(10)
  @Mutation(() => SchedulingReplyType, {
    description:
      'The contact declines, optionally with a word for the seeker (up to 1,000 characters). If the ask had not been accepted, it is recorded as declined. The link is then used up. Anyone with the link; rate-limited.',
  })
  async declineProposedTimes(
    @Arg('token', () => String, { description: 'The token from the link.' }) token: string,
    @Arg('note', () => String, {
      nullable: true,
      description: 'A word for the seeker, up to 1,000 characters.',
    })
    note: string | null,
    @Ctx() ctx: Context,
  ) {
    await this.throttle(ctx, token);
    return ctx.services.scheduling.decline(token, note, ctx.services.now());
  }
}
