import {
  cardDueAt,
  draftThankYouFromNotes,
  thankYouState,
  type ThankYouKind,
  type ThankYouState,
} from '@rapport/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { SeekerDashboardType } from '../ask/ask.type.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { ContactEntity } from '../contact/contact.entity.js';
import { ContactType } from '../contact/contact.type.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { visibleContact } from '../referral/referral.resolver.js';
import {
  MarkThankYouSentInput,
  MyThankYouCardsArgs,
  SeekerThankYouCardsArgs,
} from './dto/thank-you.input.js';
import type { ThankYouCardEntity } from './thank-you-card.entity.js';
import {
  ThankYouCardConnection,
  ThankYouCardsDueType,
  ThankYouCardType,
  ThankYouDraftType,
  ThankYouKindEnum,
  ThankYouStateEnum,
} from './thank-you-card.type.js';

@Resolver(() => ThankYouCardType)
export class ThankYouCardResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => ThankYouCardConnection, {
    description:
      "The signed-in seeker's thank-you notes: still to send (the earliest due date first, so overdue ones lead) or sent. Seekers only.",
  })
  myThankYouCards(
    @Args(() => MyThankYouCardsArgs) args: MyThankYouCardsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.thankYouCards.mine(actor, args);
  }

  @Authorized()
  @Scope('interviews:read')
  @Query(() => ThankYouCardType, {
    description: "One thank-you note: the seeker's own, or any for staff (coaching).",
  })
  thankYouCard(
    @Arg('id', () => ID, { description: "The note's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.thankYouCards.get(actor, fromGlobalId(id, 'ThankYouCard'));
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('interviews:read')
  @Query(() => ThankYouCardConnection, {
    description: "One seeker's thank-you notes, to send or sent. Staff only.",
  })
  seekerThankYouCards(
    @Args(() => SeekerThankYouCardsArgs) args: SeekerThankYouCardsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.thankYouCards.forSeeker(actor, fromGlobalId(args.seekerId, 'User'), args);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => ThankYouCardType, {
    description:
      'Records the thanks sent, as a handwritten card or (the lesser option) an email: not before the meeting really ended (THANK_YOU.SENT_BEFORE_MEETING), not in the future, once (THANK_YOU.ILLEGAL_TRANSITION). Seekers only, own notes only.',
  })
  markThankYouSent(
    @Arg('id', () => ID, { description: 'The note sent.' }) id: string,
    @Arg('input', () => MarkThankYouSentInput, { description: 'How and when it was sent.' })
    input: MarkThankYouSentInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.thankYouCards.markSent(
      actor,
      fromGlobalId(id, 'ThankYouCard'),
      input,
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() card: ThankYouCardEntity): string {
    return toGlobalId('ThankYouCard', card.id);
  }

  @FieldResolver(() => Date, {
    description: "The deadline: the end of the due day on the seeker's clock.",
  })
  dueAt(@Root() card: ThankYouCardEntity): Date {
    return cardDueAt(card);
  }

  @FieldResolver(() => ThankYouStateEnum, {
    description: 'UPCOMING, DUE_TODAY, OVERDUE or SENT, now.',
  })
  state(@Root() card: ThankYouCardEntity, @Ctx() ctx: Context): ThankYouState {
    return thankYouState(card, ctx.services.now());
  }

  @FieldResolver(() => ContactType, {
    nullable: true,
    description: 'The person to thank; null when the caller may not see that contact.',
  })
  contact(
    @Root() card: ThankYouCardEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ContactEntity | null> {
    return visibleContact(ctx, actor, card.contactId);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "Where to mail the card: the person's mailing address, else their company's office; null when neither is known (or the caller may not see the contact).",
  })
  async mailingAddress(
    @Root() card: ThankYouCardEntity,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    const contact = await visibleContact(ctx, actor, card.contactId);
    if (!contact) return null;
    if (contact.mailingAddress) return contact.mailingAddress;
    const company = contact.companyId
      ? await ctx.loaders.companyById.load(contact.companyId)
      : null;
    return company?.officeAddress ?? null;
  }

  @FieldResolver(() => ThankYouDraftType, {
    nullable: true,
    description:
      'A first draft with the names, the day and a detail from what the seeker noted in meeting mode, when there is any; null when the caller may not see the contact.',
  })
  async draft(
    @Root() card: ThankYouCardEntity,
    @Arg('kind', () => ThankYouKindEnum, {
      defaultValue: 'HANDWRITTEN_CARD',
      description: 'A card (the default) or an email, which also gets a subject.',
    })
    kind: ThankYouKind,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ThankYouDraftType | null> {
    const [contact, meeting, seeker, notes] = await Promise.all([
      visibleContact(ctx, actor, card.contactId),
      ctx.loaders.meetingById.load(card.meetingId),
      ctx.loaders.userById.load(card.ownerId),
      ctx.loaders.notesForDraft.load(card.meetingId),
    ]);
    if (!contact || !meeting) return null;
    const company = contact.companyId
      ? await ctx.loaders.companyById.load(contact.companyId)
      : null;
    return draftThankYouFromNotes({
      kind,
      seekerName: seeker?.name ?? '',
      contactName: contact.fullName,
      companyName: company?.name ?? null,
      meetingStartsAt: meeting.startsAt,
      timeZone: card.timeZone,
      // The first thing noted (answers to asked questions first) makes it personal.
      notes,
    });
  }

  @NotForApiKeys()
  @FieldResolver(() => MeetingType, { description: 'The meeting to thank them for.' })
  async meeting(@Root() card: ThankYouCardEntity, @Ctx() ctx: Context): Promise<MeetingEntity> {
    // The foreign key cascades, so a card always has its meeting.
    return (await ctx.loaders.meetingById.load(card.meetingId))!;
  }
}

/** A meeting's note, for the wrap-up and meeting pages. */
@Resolver(() => MeetingType)
export class MeetingThankYouResolver {
  @Scope('interviews:read')
  @FieldResolver(() => ThankYouCardType, {
    nullable: true,
    description: 'The thank-you note, once the meeting is completed.',
  })
  thankYouCard(
    @Root() meeting: MeetingEntity,
    @Ctx() ctx: Context,
  ): Promise<ThankYouCardEntity | null> {
    return ctx.loaders.thankYouCardByMeeting.load(meeting.id);
  }
}

/** The dashboard's thank-you section. */
@Resolver(() => SeekerDashboardType)
export class ThankYouDashboardResolver {
  @Scope('interviews:read')
  @FieldResolver(() => ThankYouCardsDueType, {
    description: 'Thank-you notes still to send: how many, due today, overdue, and the first few.',
  })
  thankYouCardsDue(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.thankYouCards.due(actor, ctx.services.now());
  }
}
