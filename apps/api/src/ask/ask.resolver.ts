import type { AgencySettings, RequestStatus } from '@rapport/domain';
import type { GraphQLResolveInfo } from 'graphql';
import { throttleWindowStart } from '@rapport/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import { ForbiddenError } from '../common/errors.js';
import { forPartner } from '../contact/contact.service.js';
import { seekerIdOf, type Actor, type SessionUser } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { CompanyEntity } from '../company/company.entity.js';
import { companyIdsOf } from '../company/company.loaders.js';
import { CompanyType } from '../company/company.type.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { ContactThrottleType, ContactType } from '../contact/contact.type.js';
import type { Context } from '../graphql/context.js';
import { Preload, preloadRows } from '../graphql/preload.js';
import { whenReady } from '../common/preloadable-loader.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import { UserType } from '../user/user.type.js';
import { askScript } from './ask-script.js';
import { AskEntity, AskStatusChangeEntity } from './ask.entity.js';
import {
  AskConnection,
  AskScriptType,
  AskStatusChangeType,
  AskStatusEnum,
  AskType,
  SeekerDashboardType,
  SuggestedContactType,
  type Suggestion,
} from './ask.type.js';
import {
  AgencyAsksArgs,
  MyAsksArgs,
  NextContactsArgs,
  RecordAskInput,
  TimelineArgs,
} from './dto/ask.input.js';

@Resolver(() => AskType)
export class AskResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => AskType, {
    description:
      'Records that the seeker asked someone: once per person, ever (REQUEST.ALREADY_ASKED with the first date), never a do-not-contact person (REQUEST.DO_NOT_CONTACT), within the agency throttle (REQUEST.THROTTLED). Refusals carry next contacts in `details.suggestions`. Seekers only.',
  })
  recordAsk(
    @Arg('input', () => RecordAskInput, { description: 'Who was asked, how and when.' })
    input: RecordAskInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.record(actor, input, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => AskType, {
    description:
      "Records the answer to the seeker's own ask (accepted, declined, no response) or withdraws it, under the domain's transitions (REQUEST.ILLEGAL_TRANSITION). Seekers only, own asks only.",
  })
  recordAskOutcome(
    @Arg('id', () => ID, { description: "The seeker's ask to update." }) id: string,
    @Arg('status', () => AskStatusEnum, {
      description: 'The new status: ACCEPTED, DECLINED, NO_RESPONSE or WITHDRAWN.',
    })
    status: RequestStatus,
    @Arg('note', () => String, {
      nullable: true,
      description: 'A note kept with this step of the history, up to 2,000 characters.',
    })
    note: string | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.recordOutcome(
      actor,
      fromGlobalId(id, 'Ask'),
      status,
      note,
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => AskConnection, {
    description: "The signed-in seeker's asks, newest first. Seekers only.",
  })
  myAsks(
    @Args(() => MyAsksArgs) args: MyAsksArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.myAsks(actor, args);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => [SuggestedContactType], {
    description:
      'Who to ask next: the same company as the latest decline or silence first, then referrals, then the agency network; never do-not-contact, already asked, declined or at the throttle cap. Seekers only.',
  })
  nextContacts(
    @Args(() => NextContactsArgs) args: NextContactsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<Suggestion[]> {
    return ctx.services.asks.suggest(actor, args.first, ctx.services.now());
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => SeekerDashboardType, { description: "The seeker's home page. Seekers only." })
  seekerDashboard(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    if (seekerIdOf(actor) === null) throw new ForbiddenError();
    // Each section is worked out only when a query asks for it (graphql-js
    // calls a function-valued property): the sections other features fetch
    // with queries of their own do not pay for the suggestions.
    // Each list preloads what the query asks of its rows (graphql/preload.ts).
    return {
      id: toGlobalId('SeekerDashboard', seekerIdOf(actor) ?? ''),
      waitingAsks: async (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        const asks = await ctx.services.asks.waiting(actor);
        await preloadRows(info, ctx, asks);
        return asks;
      },
      suggestions: async (_args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
        const settings = await ctx.loaders.agencySettings.load('agency');
        const suggestions = await ctx.services.asks.suggest(
          actor,
          settings.suggestionLimit,
          ctx.services.now(),
        );
        await preloadRows(info, ctx, suggestions);
        return suggestions;
      },
    };
  }

  @Authorized()
  @Scope('interviews:read')
  @Query(() => AskType, {
    description:
      "One ask: the seeker's own, or any for staff (coaching); for API keys with interviews:read, an ask of one of the agency's contacts.",
  })
  ask(
    @Arg('id', () => ID, { description: "The ask's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.get(actor, fromGlobalId(id, 'Ask'));
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('interviews:read')
  @Query(() => AskConnection, {
    description:
      "Every seeker's asks of the agency's contacts, newest first (an ask of a seeker's private contact stays the seeker's). Staff, and API keys with interviews:read.",
  })
  agencyAsks(
    @Args(() => AgencyAsksArgs) args: AgencyAsksArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.agencyList(actor, {
      ...args,
      seekerId: args.seekerId ? fromGlobalId(args.seekerId, 'User') : null,
      contactId: args.contactId ? fromGlobalId(args.contactId, 'Contact') : null,
      companyId: args.companyId ? fromGlobalId(args.companyId, 'Company') : null,
    });
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() ask: AskEntity): string {
    return toGlobalId('Ask', ask.id);
  }

  @FieldResolver(() => ContactType, {
    description:
      'The record of the person the seeker asked. Without a way to reach them, for an API key, when they asked not to be contacted.',
  })
  @Preload<AskEntity>((rows, ctx) =>
    ctx.loaders.contactById.preload([...new Set(rows.map((row) => row.contactId))]),
  )
  contact(
    @Root() ask: AskEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): ContactEntity | Promise<ContactEntity> {
    // The foreign key cascades, so an ask always has its contact.
    return whenReady(ctx.loaders.contactById.get(ask.contactId), (contact) =>
      actor.kind === 'apiKey' ? forPartner(contact!) : contact!,
    );
  }

  @FieldResolver(() => CompanyType, {
    nullable: true,
    description: "The contact's company when the seeker asked.",
  })
  @Preload<AskEntity>((rows, ctx) => ctx.loaders.companyById.preload(companyIdsOf(rows)))
  company(
    @Root() ask: AskEntity,
    @Ctx() ctx: Context,
  ): CompanyEntity | null | Promise<CompanyEntity | null> {
    return ask.companyId ? ctx.loaders.companyById.get(ask.companyId) : null;
  }

  @FieldResolver(() => [AskStatusChangeType], {
    description: 'Every status the ask has had, oldest first.',
  })
  history(@Root() ask: AskEntity, @Ctx() ctx: Context): Promise<AskStatusChangeEntity[]> {
    return ctx.loaders.historyByAsk.load(ask.id);
  }

  @Authorized('STAFF', 'ADMIN')
  @FieldResolver(() => UserType, {
    nullable: true,
    description: 'The seeker who asked. Staff, and API keys with interviews:read.',
  })
  seeker(@Root() ask: AskEntity, @Ctx() ctx: Context): Promise<SessionUser | null> {
    return ctx.loaders.userById.load(ask.ownerId);
  }
}

const windowStarts = new WeakMap<Context, string>();

/**
 * One window start per request: read per row, the clock would move between
 * rows and split the loader's batch into several statements.
 */
function windowStartOf(ctx: Context, settings: AgencySettings): string {
  let start = windowStarts.get(ctx);
  if (start === undefined) {
    start = throttleWindowStart(ctx.services.now(), settings).toISOString();
    windowStarts.set(ctx, start);
  }
  return start;
}

/** The ask-related fields of a contact. */
@Resolver(() => ContactType)
export class ContactAskFieldsResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @FieldResolver(() => ContactThrottleType, {
    description:
      "How close the agency's seekers are to the cap on asks of this person. Staff only.",
  })
  @Preload<ContactEntity>(async (rows, ctx) => {
    await ctx.loaders.agencySettings.preload(['agency']);
    const start = windowStartOf(ctx, await ctx.loaders.agencySettings.load('agency'));
    await ctx.loaders.asksInWindow.preload(rows.map((row) => `${row.personId}|${start}`));
  })
  throttle(
    @Root() contact: ContactEntity,
    @Ctx() ctx: Context,
  ): ContactThrottleType | Promise<ContactThrottleType> {
    return whenReady(ctx.loaders.agencySettings.get('agency'), (settings) => {
      const key = `${contact.personId}|${windowStartOf(ctx, settings)}`;
      return whenReady(ctx.loaders.asksInWindow.get(key), (asksInWindow) => {
        const { maxAsks: cap, windowDays } = settings.askThrottle;
        return {
          asksInWindow,
          cap,
          windowDays,
          atCap: asksInWindow >= cap,
          nearCap: asksInWindow === cap - 1,
        };
      });
    });
  }

  @NotForApiKeys()
  @FieldResolver(() => AskConnection, {
    description:
      "Asks of this person (on any of their records), newest first: every seeker's for staff, only the seeker's own for a seeker.",
  })
  timeline(
    @Root() contact: ContactEntity,
    @Args(() => TimelineArgs) args: TimelineArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.asks.timeline(actor, contact, args);
  }

  @NotForApiKeys()
  @FieldResolver(() => AskType, {
    nullable: true,
    description:
      "The signed-in seeker's ask of this person, by any of their records; null if none (and for staff).",
  })
  myAsk(
    @Root() contact: ContactEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AskEntity | null> | null {
    const seekerId = seekerIdOf(actor);
    return seekerId
      ? ctx.loaders.askBySeekerAndPerson.load(`${seekerId}|${contact.personId}`)
      : null;
  }

  @NotForApiKeys()
  @FieldResolver(() => AskScriptType, {
    description: 'What to say when asking this person, by phone and by email.',
  })
  async askScript(
    @Root() contact: ContactEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<AskScriptType> {
    const company = contact.companyId
      ? await ctx.loaders.companyById.load(contact.companyId)
      : null;
    return askScript({
      contactName: contact.fullName,
      seekerName: seekerIdOf(actor) !== null && actor.kind === 'user' ? actor.name : null,
      company,
    });
  }
}
