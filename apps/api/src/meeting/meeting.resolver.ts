import {
  formatMoney,
  locationAdvice,
  meetingEndsAt,
  rescheduleHistory,
  type RescheduleMove,
} from '@rapport/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { AskEntity } from '../ask/ask.entity.js';
import { AskType } from '../ask/ask.type.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor, SessionUser } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { forPartner } from '../contact/contact.service.js';
import { ContactType } from '../contact/contact.type.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import { UserType } from '../user/user.type.js';
import {
  AgencyMeetingsArgs,
  MyMeetingsArgs,
  RescheduleMeetingInput,
  ScheduleMeetingInput,
} from './dto/meeting.input.js';
import { MeetingEntity } from './meeting.entity.js';
import { meetingOf } from './meeting.service.js';
import {
  LocationAdviceType,
  MeetingConnection,
  MeetingRescheduleType,
  MeetingType,
} from './meeting.type.js';

@Resolver(() => MeetingType)
export class MeetingResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      "Books a meeting on the seeker's ACCEPTED ask (MEETING.REQUEST_NOT_ACCEPTED otherwise): in the future, 15–20 minutes (20 by default), in a real time zone, their office unless another place is given. One live meeting per ask (MEETING.ALREADY_SCHEDULED). Seekers only, own asks only.",
  })
  scheduleMeeting(
    @Arg('input', () => ScheduleMeetingInput, {
      description: 'The ask, the time, the length and the place agreed.',
    })
    input: ScheduleMeetingInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.schedule(actor, input, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Moves a scheduled meeting to a new time; the old time stays in `reschedules`. Seekers only, own meetings only.',
  })
  rescheduleMeeting(
    @Arg('id', () => ID, { description: 'The scheduled meeting to move.' }) id: string,
    @Arg('input', () => RescheduleMeetingInput, {
      description: 'The new time, and optionally why it moved.',
    })
    input: RescheduleMeetingInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.reschedule(
      actor,
      fromGlobalId(id, 'Meeting'),
      input,
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Cancels a scheduled meeting; it stays on record. Seekers only, own meetings only.',
  })
  cancelMeeting(
    @Arg('id', () => ID, { description: 'The scheduled meeting to cancel.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.changeStatus(
      actor,
      fromGlobalId(id, 'Meeting'),
      'CANCELLED',
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      "Records that the meeting took place, with its real end (now, or the agreed end if that has passed, when left out; MEETING.INVALID_END outside start..now), and adds the seeker's MET link to the person and puts the thank-you note on their list. Not before the start (MEETING.NOT_STARTED). Seekers only, own meetings only.",
  })
  completeMeeting(
    @Arg('id', () => ID, { description: 'The scheduled meeting that took place.' }) id: string,
    @Arg('endedAt', () => Date, {
      nullable: true,
      description:
        'When it really ended, between the start and now; now or the agreed end, whichever is earlier, when left out.',
    })
    endedAt: Date | null,
    @Arg('timeZone', () => String, {
      nullable: true,
      description:
        "The seeker's own IANA zone (their device's), which decides the thank-you note's due date; the meeting's zone when left out.",
    })
    timeZone: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.changeStatus(
      actor,
      fromGlobalId(id, 'Meeting'),
      'COMPLETED',
      ctx.services.now(),
      endedAt,
      timeZone,
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Records that the person did not come. Not before the start. Seekers only, own meetings only.',
  })
  markMeetingNoShow(
    @Arg('id', () => ID, { description: 'The scheduled meeting the person missed.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.changeStatus(
      actor,
      fromGlobalId(id, 'Meeting'),
      'NO_SHOW',
      ctx.services.now(),
    );
  }

  @Authorized()
  @Scope('interviews:read')
  @Query(() => MeetingType, {
    description:
      "One meeting: the seeker's own, or any for staff (coaching); for API keys with interviews:read, a meeting with one of the agency's contacts.",
  })
  meeting(
    @Arg('id', () => ID, { description: "The meeting's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.get(actor, fromGlobalId(id, 'Meeting'));
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => MeetingConnection, {
    description:
      "The signed-in seeker's meetings, soonest first (latest first with `past`). Seekers only.",
  })
  myMeetings(
    @Args(() => MyMeetingsArgs) args: MyMeetingsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.list(actor, args);
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('interviews:read')
  @Query(() => MeetingConnection, {
    description:
      "Every seeker's meetings with the agency's contacts, soonest first (a meeting with a seeker's private contact stays the seeker's). Staff, and API keys with interviews:read.",
  })
  agencyMeetings(
    @Args(() => AgencyMeetingsArgs) args: AgencyMeetingsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.meetings.agencyList(actor, {
      ...args,
      seekerId: args.seekerId ? fromGlobalId(args.seekerId, 'User') : null,
      contactId: args.contactId ? fromGlobalId(args.contactId, 'Contact') : null,
      companyId: args.companyId ? fromGlobalId(args.companyId, 'Company') : null,
    });
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() meeting: MeetingEntity): string {
    return toGlobalId('Meeting', meeting.id);
  }

  @Authorized('STAFF', 'ADMIN')
  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'The seeker who meets. Staff, and API keys with interviews:read.',
  })
  seeker(@Root() meeting: MeetingEntity, @Ctx() ctx: Context): Promise<SessionUser | null> {
    return ctx.loaders.userById.load(meeting.ownerId);
  }

  @FieldResolver(() => Date, { description: 'The agreed end, derived from the start and length.' })
  endsAt(@Root() meeting: MeetingEntity): Date {
    return meetingEndsAt(meeting);
  }

  @NotForApiKeys()
  @FieldResolver(() => String, {
    description: 'Where to download the .ics invitation (the signed-in owner only).',
  })
  invitationUrl(@Root() meeting: MeetingEntity): string {
    return `/meetings/${toGlobalId('Meeting', meeting.id)}/invitation.ics`;
  }

  @FieldResolver(() => AskType, { description: 'The ask the meeting came from.' })
  async ask(@Root() meeting: MeetingEntity, @Ctx() ctx: Context): Promise<AskEntity> {
    // The foreign key cascades, so a meeting always has its ask.
    return (await ctx.loaders.askById.load(meeting.askId))!;
  }

  @FieldResolver(() => ContactType, {
    description:
      'The person the seeker meets. Without a way to reach them, for an API key, when they asked not to be contacted.',
  })
  async contact(
    @Root() meeting: MeetingEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity> {
    const contact = (await ctx.loaders.contactById.load(meeting.contactId))!;
    return actor.kind === 'apiKey' ? forPartner(contact) : contact;
  }

  @FieldResolver(() => LocationAdviceType, {
    description: 'Who pays at this place and about how much (the agency settings estimate it).',
  })
  async locationAdvice(
    @Root() meeting: MeetingEntity,
    @Ctx() ctx: Context,
  ): Promise<LocationAdviceType> {
    const advice = locationAdvice(
      meeting.locationKind,
      await ctx.loaders.agencySettings.load('agency'),
    );
    return {
      ...advice,
      estimatedCost: advice.estimatedCost
        ? { ...advice.estimatedCost, formatted: formatMoney(advice.estimatedCost) }
        : null,
    };
  }

  @FieldResolver(() => [MeetingRescheduleType], {
    description: 'Every move of the meeting, oldest first, from → to.',
  })
  async reschedules(
    @Root() meeting: MeetingEntity,
    @Ctx() ctx: Context,
  ): Promise<RescheduleMove[]> {
    const rows = await ctx.loaders.reschedulesByMeeting.load(meeting.id);
    return rescheduleHistory(meetingOf(meeting, rows));
  }
}

/** The meeting of an ask, for the seeker's ask page. */
@Resolver(() => AskType)
export class AskMeetingFieldsResolver {
  @NotForApiKeys()
  @FieldResolver(() => MeetingType, {
    nullable: true,
    description:
      'The latest meeting set up from this ask (scheduled, held or cancelled); null if none.',
  })
  meeting(@Root() ask: AskEntity, @Ctx() ctx: Context): Promise<MeetingEntity | null> {
    return ctx.loaders.latestMeetingByAsk.load(ask.id);
  }
}
