import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { MaxLength } from 'class-validator';
import { AskConnection, SeekerDashboardType } from '../ask/ask.type.js';
import { CurrentActor } from '../auth/current-actor.js';
import { seekerIdOf, type Actor, type SessionUser } from '../common/actor.js';
import { ForbiddenError } from '../common/errors.js';
import { fromGlobalId } from '../common/global-id.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingConnection, MeetingType } from '../meeting/meeting.type.js';
import { UserConnection, UserType } from '../user/user.type.js';
import type { MeetingAgenda } from './seeker.service.js';

@ArgsType()
class SeekersArgs extends PageArgs {
  @Field(() => String, {
    nullable: true,
    description: 'Any part of the name or email, any case.',
  })
  @MaxLength(200)
  search?: string | null;
}

@ArgsType()
class SeekerRecordsArgs extends PageArgs {}

@Resolver(() => UserType)
export class SeekerResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => UserConnection, {
    description: 'Job seekers by name, with search: who staff coach. Staff only.',
  })
  seekers(
    @Args(() => SeekersArgs) args: SeekersArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.seekers.list(actor, args);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => UserType, {
    description:
      "One job seeker, for their staff page; another account's id is not found. Staff only.",
  })
  seeker(
    @Arg('id', () => ID, { description: "The seeker's user id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<SessionUser> {
    return ctx.services.seekers.get(actor, fromGlobalId(id, 'User'));
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @FieldResolver(() => AskConnection, {
    description: "This seeker's asks, newest first. Staff only.",
  })
  asks(
    @Root() user: SessionUser,
    @Args(() => SeekerRecordsArgs) args: SeekerRecordsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.seekers.asks(actor, user.id, args);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @FieldResolver(() => MeetingConnection, {
    description: "This seeker's meetings, latest first. Staff only.",
  })
  meetings(
    @Root() user: SessionUser,
    @Args(() => SeekerRecordsArgs) args: SeekerRecordsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.seekers.meetings(actor, user.id, args);
  }
}

const agendaTimes = new WeakMap<Context, string>();

/** The dashboard's meetings sections, both from one agenda load. */
@Resolver(() => SeekerDashboardType)
export class DashboardMeetingsResolver {
  private agenda(actor: Actor, ctx: Context): Promise<MeetingAgenda> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError();
    // One instant per request: both fields must read the same agenda.
    let at = agendaTimes.get(ctx);
    if (at === undefined) {
      at = ctx.services.now().toISOString();
      agendaTimes.set(ctx, at);
    }
    return ctx.loaders.meetingAgenda.load(`${seekerId}|${at}`);
  }

  @NotForApiKeys()
  @FieldResolver(() => [MeetingType], {
    description:
      "Today's meetings (on the clock of the zone each was agreed in), earliest first; cancelled ones left out.",
  })
  async todayMeetings(@CurrentActor() actor: Actor, @Ctx() ctx: Context): Promise<MeetingEntity[]> {
    return (await this.agenda(actor, ctx)).today;
  }

  @NotForApiKeys()
  @FieldResolver(() => [MeetingType], {
    description: 'The next scheduled meetings after today, soonest first (up to 5).',
  })
  async upcomingMeetings(
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity[]> {
    return (await this.agenda(actor, ctx)).upcoming;
  }
}
