import type { ChecklistItem, QuestionCategory } from '@rapport/domain';
import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { Cost } from '../graphql/cost.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { QuestionBankArgs, QuestionInput } from './dto/preparation.input.js';
import type { BankQuestionEntity, MeetingQuestionEntity } from './preparation.entity.js';
import { checklistOf, questionPlanOf } from './preparation.service.js';
import {
  BankQuestionType,
  ChecklistItemEnum,
  MeetingQuestionType,
  PreparationChecklistType,
  QuestionCategoryEnum,
  QuestionPlanType,
} from './preparation.type.js';

const STAFF = ['STAFF', 'ADMIN'] as const;

@Resolver(() => BankQuestionType)
export class QuestionBankResolver {
  @Authorized()
  @NotForApiKeys()
  @Cost(10)
  @Query(() => [BankQuestionType], {
    description:
      "The agency's question bank: categories in the usual order, each in the staff's order. Any signed-in user sees the questions in use; staff may ask for retired ones too.",
  })
  questionBank(
    @Args(() => QuestionBankArgs) args: QuestionBankArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity[]> {
    return ctx.services.preparation.bank(actor, args);
  }

  @Authorized(...STAFF)
  @NotForApiKeys()
  @Mutation(() => BankQuestionType, {
    description: 'Adds a question to the bank, at the end of its category. Staff only.',
  })
  createBankQuestion(
    @Arg('input', () => QuestionInput, { description: 'The category and the words.' })
    input: QuestionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity> {
    return ctx.services.preparation.createBankQuestion(actor, input, ctx.services.now());
  }

  @Authorized(...STAFF)
  @NotForApiKeys()
  @Mutation(() => BankQuestionType, {
    description:
      "Rewords a bank question or moves it to another category (to that category's end). Lists that already took it keep their copy. Staff only.",
  })
  updateBankQuestion(
    @Arg('id', () => ID, { description: 'The bank question.' }) id: string,
    @Arg('input', () => QuestionInput, { description: 'The category and the words.' })
    input: QuestionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity> {
    return ctx.services.preparation.updateBankQuestion(
      actor,
      fromGlobalId(id, 'BankQuestion'),
      input,
    );
  }

  @Authorized(...STAFF)
  @NotForApiKeys()
  @Mutation(() => [BankQuestionType], {
    description:
      'Puts the questions in use in one category in a new order; `ids` must name each of them once (PREPARATION.INVALID_ORDER otherwise). Returns the whole category, retired questions last. Staff only.',
  })
  reorderBankQuestions(
    @Arg('category', () => QuestionCategoryEnum, { description: 'The category to reorder.' })
    category: QuestionCategory,
    @Arg('ids', () => [ID], { description: "The category's questions in use, in the new order." })
    ids: string[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity[]> {
    return ctx.services.preparation.reorderBankQuestions(
      actor,
      category,
      ids.map((id) => fromGlobalId(id, 'BankQuestion')),
    );
  }

  @Authorized(...STAFF)
  @NotForApiKeys()
  @Mutation(() => BankQuestionType, {
    description:
      'Stops offering a question to seekers; lists that took it keep it. Restore undoes it. Staff only.',
  })
  retireBankQuestion(
    @Arg('id', () => ID, { description: 'The bank question.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity> {
    return ctx.services.preparation.retireBankQuestion(
      actor,
      fromGlobalId(id, 'BankQuestion'),
      ctx.services.now(),
    );
  }

  @Authorized(...STAFF)
  @NotForApiKeys()
  @Mutation(() => BankQuestionType, {
    description: 'Offers a retired question again, at the end of its category. Staff only.',
  })
  restoreBankQuestion(
    @Arg('id', () => ID, { description: 'The retired bank question.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<BankQuestionEntity> {
    return ctx.services.preparation.restoreBankQuestion(actor, fromGlobalId(id, 'BankQuestion'));
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() question: BankQuestionEntity): string {
    return toGlobalId('BankQuestion', question.id);
  }
}

@Resolver(() => MeetingQuestionType)
export class MeetingQuestionResolver {
  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() question: MeetingQuestionEntity): string {
    return toGlobalId('MeetingQuestion', question.id);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: 'The bank question it was copied from; null for the seeker’s own words.',
  })
  bankQuestionId(@Root() question: MeetingQuestionEntity): string | null {
    return question.bankQuestionId ? toGlobalId('BankQuestion', question.bankQuestionId) : null;
  }
}

/**
 * A meeting's preparation: fields on Meeting and the seeker's changes to
 * them. Every change answers with the meeting, so a client's cached
 * `questionPlan` and `preparationChecklist` refresh from the answer.
 */
@Resolver(() => MeetingType)
export class MeetingPreparationResolver {
  @Scope('interviews:read')
  @Cost(3)
  @FieldResolver(() => QuestionPlanType, {
    description:
      'The question list in order, which categories it covers and whether it fits the agreed minutes.',
  })
  async questionPlan(
    @Root() meeting: MeetingEntity,
    @Ctx() ctx: Context,
  ): Promise<QuestionPlanType> {
    const [questions, settings] = await Promise.all([
      ctx.loaders.questionsByMeeting.load(meeting.id),
      ctx.loaders.agencySettings.load('agency'),
    ]);
    return questionPlanOf(meeting, questions, settings);
  }

  @Scope('interviews:read')
  @Cost(2)
  @FieldResolver(() => PreparationChecklistType, {
    description: 'What to do before the meeting, worded for its place, with what is ticked.',
  })
  async preparationChecklist(
    @Root() meeting: MeetingEntity,
    @Ctx() ctx: Context,
  ): Promise<PreparationChecklistType> {
    return checklistOf(meeting, await ctx.loaders.checklistTicksByMeeting.load(meeting.id));
  }

  /** Forgets what this request read of the meeting's preparation, so the answer shows the change. */
  private changed(ctx: Context, meeting: MeetingEntity): MeetingEntity {
    ctx.loaders.questionsByMeeting.clear(meeting.id);
    ctx.loaders.checklistTicksByMeeting.clear(meeting.id);
    return meeting;
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Copies a bank question to the end of the meeting’s list (once: PREPARATION.ALREADY_ON_LIST). Seekers only, own scheduled meetings only.',
  })
  async addBankQuestionToMeeting(
    @Arg('meetingId', () => ID, { description: 'The meeting being prepared.' }) meetingId: string,
    @Arg('bankQuestionId', () => ID, { description: 'A bank question in use.' })
    bankQuestionId: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.addBankQuestion(
      actor,
      fromGlobalId(meetingId, 'Meeting'),
      fromGlobalId(bankQuestionId, 'BankQuestion'),
      ctx.services.now(),
    );
    return this.changed(ctx, meeting);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Adds a question in the seeker’s own words to the end of the meeting’s list. Seekers only, own scheduled meetings only.',
  })
  async addOwnQuestionToMeeting(
    @Arg('meetingId', () => ID, { description: 'The meeting being prepared.' }) meetingId: string,
    @Arg('input', () => QuestionInput, { description: 'The category and the words.' })
    input: QuestionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.addOwnQuestion(
      actor,
      fromGlobalId(meetingId, 'Meeting'),
      input,
      ctx.services.now(),
    );
    return this.changed(ctx, meeting);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Rewords a question on a meeting’s list or changes its category; its place stays. Seekers only, own scheduled meetings only.',
  })
  async updateMeetingQuestion(
    @Arg('id', () => ID, { description: 'The question on the list.' }) id: string,
    @Arg('input', () => QuestionInput, { description: 'The category and the words.' })
    input: QuestionInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.updateQuestion(
      actor,
      fromGlobalId(id, 'MeetingQuestion'),
      input,
    );
    return this.changed(ctx, meeting);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Takes a question off a meeting’s list; those after it move up. Seekers only, own scheduled meetings only.',
  })
  async removeMeetingQuestion(
    @Arg('id', () => ID, { description: 'The question on the list.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.removeQuestion(
      actor,
      fromGlobalId(id, 'MeetingQuestion'),
    );
    return this.changed(ctx, meeting);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Puts a meeting’s questions in a new order; `ids` must name every question on the list once (PREPARATION.INVALID_ORDER otherwise). Seekers only, own scheduled meetings only.',
  })
  async reorderMeetingQuestions(
    @Arg('meetingId', () => ID, { description: 'The meeting being prepared.' }) meetingId: string,
    @Arg('ids', () => [ID], { description: 'Every question on the list, in the new order.' })
    ids: string[],
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.reorderQuestions(
      actor,
      fromGlobalId(meetingId, 'Meeting'),
      ids.map((id) => fromGlobalId(id, 'MeetingQuestion')),
    );
    return this.changed(ctx, meeting);
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => MeetingType, {
    description:
      'Ticks or unticks an item of the meeting’s preparation checklist. Seekers only, own scheduled meetings only.',
  })
  async setMeetingChecklistItem(
    @Arg('meetingId', () => ID, { description: 'The meeting being prepared.' }) meetingId: string,
    @Arg('item', () => ChecklistItemEnum, { description: 'The item.' }) item: ChecklistItem,
    @Arg('ticked', () => Boolean, { description: 'True to tick it, false to untick it.' })
    ticked: boolean,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity> {
    const meeting = await ctx.services.preparation.setChecklistItem(
      actor,
      fromGlobalId(meetingId, 'Meeting'),
      item,
      ticked,
      ctx.services.now(),
    );
    return this.changed(ctx, meeting);
  }
}
