import type { WarmCandidate } from '@rapport/domain';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { SeekerDashboardType } from '../ask/ask.type.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor, SessionUser } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { PageArgs } from '../common/paging.js';
import { CompanyEntity } from '../company/company.entity.js';
import { CompanyType } from '../company/company.type.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { ContactType } from '../contact/contact.type.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { visibleContact } from '../referral/referral.resolver.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { UserType } from '../user/user.type.js';
import { HiringAlertEntity } from './hiring-alert.entity.js';
import {
  HiringAlertConnection,
  HiringAlertType,
  WarmCandidateCompanyConnection,
  WarmCandidateCompanyType,
  WarmCandidateType,
} from './hiring-alert.type.js';

/** Open alerts the dashboard shows at most. */
const DASHBOARD_ALERTS = 10;

@ArgsType()
class HiringAlertsArgs extends PageArgs {
  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Dismissed alerts too; only the open ones when false.',
  })
  includeDismissed: boolean;
}

@ArgsType()
class WarmCandidatesArgs extends PageArgs {}

@Resolver(() => HiringAlertType)
export class HiringAlertResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => HiringAlertConnection, {
    description:
      "The signed-in seeker's hiring alerts, newest first: companies where they met someone that started hiring. Seekers only.",
  })
  myHiringAlerts(
    @Args(() => HiringAlertsArgs) args: HiringAlertsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hiringAlerts.list(actor, args);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => HiringAlertType, {
    description:
      'Puts an alert away once the seeker has acted on it; it leaves the dashboard. Seekers only, own alerts only.',
  })
  dismissHiringAlert(
    @Arg('id', () => ID, { description: 'The alert to dismiss.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<HiringAlertEntity> {
    return ctx.services.hiringAlerts.dismiss(
      actor,
      fromGlobalId(id, 'HiringAlert'),
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => WarmCandidateCompanyConnection, {
    description:
      'Companies hiring now where seekers had informational interviews, those that turned to HIRING most recently first, each with its seekers (most recent meeting first). Staff only.',
  })
  warmCandidates(
    @Args(() => WarmCandidatesArgs) args: WarmCandidatesArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hiringAlerts.warmCandidateCompanies(actor, args);
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() alert: HiringAlertEntity): string {
    return toGlobalId('HiringAlert', alert.id);
  }

  @FieldResolver(() => CompanyType, { description: 'The company that started hiring.' })
  async company(@Root() alert: HiringAlertEntity, @Ctx() ctx: Context): Promise<CompanyEntity> {
    // The foreign keys cascade: an alert always has its company, person and meeting.
    return (await ctx.loaders.companyById.load(alert.companyId))!;
  }

  @FieldResolver(() => ContactType, {
    nullable: true,
    description:
      'The person the seeker met there most recently: the one to get back to. Null for anyone who may not see that contact (staff: a seeker’s private contact).',
  })
  contact(
    @Root() alert: HiringAlertEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity | null> {
    return visibleContact(ctx, actor, alert.contactId);
  }

  @FieldResolver(() => MeetingType, { description: 'That most recent meeting.' })
  async meeting(@Root() alert: HiringAlertEntity, @Ctx() ctx: Context): Promise<MeetingEntity> {
    return (await ctx.loaders.meetingById.load(alert.meetingId))!;
  }
}

@Resolver(() => WarmCandidateCompanyType)
export class WarmCandidateCompanyResolver {
  @FieldResolver(() => CompanyType, { description: 'The company hiring now.' })
  company(@Root() company: CompanyEntity): CompanyEntity {
    return company;
  }

  @FieldResolver(() => [WarmCandidateType], {
    description: 'The seekers who met someone there, most recent meeting first.',
  })
  candidates(@Root() company: CompanyEntity, @Ctx() ctx: Context): Promise<WarmCandidate[]> {
    return ctx.loaders.warmCandidatesByCompany.load(company.id);
  }
}

@Resolver(() => WarmCandidateType)
export class WarmCandidateResolver {
  @FieldResolver(() => UserType, { description: 'The seeker.' })
  async seeker(@Root() candidate: WarmCandidate, @Ctx() ctx: Context): Promise<SessionUser> {
    return (await ctx.loaders.userById.load(candidate.seekerId))!;
  }

  @FieldResolver(() => ContactType, {
    nullable: true,
    description:
      'The person they met there most recently; null when it is the seeker’s private contact, which staff do not see.',
  })
  lastContact(
    @Root() candidate: WarmCandidate,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity | null> {
    return visibleContact(ctx, actor, candidate.lastContactId);
  }

  @FieldResolver(() => MeetingType, { description: 'Their most recent meeting there.' })
  async lastMeeting(@Root() candidate: WarmCandidate, @Ctx() ctx: Context): Promise<MeetingEntity> {
    return (await ctx.loaders.meetingById.load(candidate.lastMeetingId))!;
  }
}

/** The dashboard's alerts section. */
@Resolver(() => SeekerDashboardType)
export class DashboardHiringAlertsResolver {
  @NotForApiKeys()
  @FieldResolver(() => [HiringAlertType], {
    description: `Hiring alerts still open, newest first (up to ${DASHBOARD_ALERTS}).`,
  })
  hiringAlerts(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<HiringAlertEntity[]> {
    return ctx.services.hiringAlerts.open(actor, DASHBOARD_ALERTS);
  }
}

/** A seeker's alerts on their staff page. */
@Resolver(() => UserType)
export class SeekerHiringAlertsResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @FieldResolver(() => HiringAlertConnection, {
    description: "This seeker's hiring alerts, newest first. Staff only.",
  })
  hiringAlerts(
    @Root() user: SessionUser,
    @Args(() => HiringAlertsArgs) args: HiringAlertsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.hiringAlerts.list(actor, { ...args, seekerId: user.id });
  }
}
