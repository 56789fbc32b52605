import { followUpState, referralFollowUpDueAt, type FollowUpState } from '@rapport/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import type { AskEntity } from '../ask/ask.entity.js';
import { AskType, SeekerDashboardType } from '../ask/ask.type.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { NotFoundError } from '../common/errors.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { CompanyEntity } from '../company/company.entity.js';
import { CompanyType } from '../company/company.type.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import { ContactType } from '../contact/contact.type.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import {
  AskReferralInput,
  MyFollowUpsArgs,
  RecordReferralInput,
  SeekerReferralsArgs,
} from './dto/referral.input.js';
import type { ReferralEntity } from './referral.entity.js';
import {
  FollowUpStateEnum,
  FollowUpsDueType,
  ReferralConnection,
  ReferralType,
} from './referral.type.js';

/** A contact the actor may see by the contacts concept's rule, else null (a seeker's private one, for staff). */
export async function visibleContact(
  ctx: Context,
  actor: Actor,
  id: string,
): Promise<ContactEntity | null> {
  const row = await ctx.loaders.contactById.load(id);
  try {
    return row ? ctx.services.contacts.visible(actor, row) : null;
  } catch (error) {
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

@Resolver(() => ReferralType)
export class ReferralResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => ReferralType, {
    description:
      "Records a name given at the seeker's meeting (from its start on; never a cancelled or missed one: REFERRAL.MEETING_NOT_HELD). In one step it becomes the seeker's private contact (source REFERRAL, or their own record of the person reused), a REFERRED link from the person met, and a follow-up due the same day on the seeker's clock; partners subscribed to referral.created hear of it. The same name twice from one person is refused (REFERRAL.ALREADY_RECORDED). Seekers only, own meetings only.",
  })
  recordReferral(
    @Arg('input', () => RecordReferralInput, {
      description: 'The meeting and the person, as they were given.',
    })
    input: RecordReferralInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.record(actor, input, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => ReferralType, {
    description:
      'Marks a referral followed up (the seeker reached them some other way); it leaves the follow-up list. Once only (REFERRAL.ALREADY_FOLLOWED_UP). Seekers only, own referrals only.',
  })
  markReferralFollowedUp(
    @Arg('id', () => ID, { description: 'The referral followed up.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.markFollowedUp(
      actor,
      fromGlobalId(id, 'Referral'),
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => ReferralType, {
    description:
      'Asks the referred person for a meeting in one step: the ask is recorded under the usual rules (ask once, do-not-contact, the agency throttle; refusals carry next contacts in `details.suggestions`) and the follow-up is done with it. Seekers only, own referrals only.',
  })
  askReferral(
    @Arg('id', () => ID, { description: 'The referral to ask.' }) id: string,
    @Arg('input', () => AskReferralInput, { description: 'How the seeker asked.' })
    input: AskReferralInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.ask(
      actor,
      fromGlobalId(id, 'Referral'),
      input,
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => ReferralConnection, {
    description:
      "The signed-in seeker's referrals still to follow up, the oldest due date first (so overdue ones lead). Seekers only.",
  })
  myFollowUps(
    @Args(() => MyFollowUpsArgs) args: MyFollowUpsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.followUps(actor, args);
  }

  @Authorized()
  @Scope('interviews:read')
  @Query(() => ReferralType, {
    description: "One referral: the seeker's own, or any for staff (coaching).",
  })
  referral(
    @Arg('id', () => ID, { description: "The referral's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.get(actor, fromGlobalId(id, 'Referral'));
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('interviews:read')
  @Query(() => ReferralConnection, {
    description: 'Every referral one seeker collected, newest first. Staff only.',
  })
  seekerReferrals(
    @Args(() => SeekerReferralsArgs) args: SeekerReferralsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.referrals.forSeeker(actor, fromGlobalId(args.seekerId, 'User'), args);
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() referral: ReferralEntity): string {
    return toGlobalId('Referral', referral.id);
  }

  @FieldResolver(() => Date, {
    description: "The follow-up's deadline: the end of the due day on the seeker's clock.",
  })
  followUpDueAt(@Root() referral: ReferralEntity): Date {
    return referralFollowUpDueAt(referral);
  }

  @FieldResolver(() => FollowUpStateEnum, {
    description: 'DUE, OVERDUE or DONE, now.',
  })
  followUpState(@Root() referral: ReferralEntity, @Ctx() ctx: Context): FollowUpState {
    return followUpState(referral, ctx.services.now());
  }

  @FieldResolver(() => CompanyType, {
    nullable: true,
    description: 'The company the agency knows that the referral matched, if any.',
  })
  company(
    @Root() referral: ReferralEntity,
    @Ctx() ctx: Context,
  ): Promise<CompanyEntity | null> | null {
    return referral.companyId ? ctx.loaders.companyById.load(referral.companyId) : null;
  }

  @FieldResolver(() => ContactType, {
    nullable: true,
    description: 'The person who gave the name; null when the caller may not see that contact.',
  })
  referredBy(
    @Root() referral: ReferralEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity | null> {
    return visibleContact(ctx, actor, referral.givenByContactId);
  }

  @FieldResolver(() => ContactType, {
    nullable: true,
    description:
      "The seeker's contact record of the person named; null for anyone who may not see it (staff: it is the seeker's private contact).",
  })
  contact(
    @Root() referral: ReferralEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity | null> {
    return visibleContact(ctx, actor, referral.contactId);
  }

  @NotForApiKeys()
  @FieldResolver(() => MeetingType, { description: 'The meeting where the name was given.' })
  async meeting(@Root() referral: ReferralEntity, @Ctx() ctx: Context): Promise<MeetingEntity> {
    // The foreign key cascades, so a referral always has its meeting.
    return (await ctx.loaders.meetingById.load(referral.meetingId))!;
  }

  @NotForApiKeys()
  @FieldResolver(() => AskType, {
    nullable: true,
    description: 'The ask the follow-up became ("Ask now"), if it did.',
  })
  ask(@Root() referral: ReferralEntity, @Ctx() ctx: Context): Promise<AskEntity | null> | null {
    return referral.askId ? ctx.loaders.askById.load(referral.askId) : null;
  }
}

/** A meeting's referrals, for the wrap-up page. */
@Resolver(() => MeetingType)
export class MeetingReferralsResolver {
  @Scope('interviews:read')
  @FieldResolver(() => [ReferralType], {
    description: 'The names given at this meeting, in the order the seeker recorded them.',
  })
  referrals(@Root() meeting: MeetingEntity, @Ctx() ctx: Context): Promise<ReferralEntity[]> {
    return ctx.loaders.referralsByMeeting.load(meeting.id);
  }
}

/** The dashboard's follow-up section. */
@Resolver(() => SeekerDashboardType)
export class FollowUpsDashboardResolver {
  @Scope('interviews:read')
  @FieldResolver(() => FollowUpsDueType, {
    description: 'Referrals still to follow up: how many, how many overdue, and the first few.',
  })
  followUpsDue(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.referrals.followUpsDue(actor, ctx.services.now());
  }
}
