import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor, SessionUser } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { UserType } from '../user/user.type.js';
import {
  AskTheExpertsInput,
  ExpertInboxArgs,
  MyExpertQuestionsArgs,
} from './dto/expert-question.input.js';
import { ExpertQuestionEntity } from './expert-question.entity.js';
import { ExpertQuestionConnection, ExpertQuestionType } from './expert-question.type.js';

@Resolver(() => ExpertQuestionType)
export class ExpertQuestionResolver {
  @Authorized('SEEKER')
  @NotForApiKeys()
  @Mutation(() => ExpertQuestionType, {
    description:
      "Sends a question to the agency's experts, optionally about one of the seeker's own meetings. At most 5 waiting at once (EXPERTS.TOO_MANY_OPEN). Seekers only.",
  })
  askTheExperts(
    @Arg('input', () => AskTheExpertsInput, { description: 'The question.' })
    input: AskTheExpertsInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ExpertQuestionEntity> {
    return ctx.services.expertQuestions.ask(
      actor,
      {
        question: input.question,
        meetingId: input.meetingId ? fromGlobalId(input.meetingId, 'Meeting') : null,
      },
      ctx.services.now(),
    );
  }

  @Authorized('SEEKER')
  @NotForApiKeys()
  @Query(() => ExpertQuestionConnection, {
    description: "The signed-in seeker's questions to the experts, newest first. Seekers only.",
  })
  myExpertQuestions(
    @Args(() => MyExpertQuestionsArgs) args: MyExpertQuestionsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.expertQuestions.list(actor, args);
  }

  @Authorized()
  @NotForApiKeys()
  @Query(() => ExpertQuestionType, {
    description: "One question: the seeker's own, or any for staff.",
  })
  expertQuestion(
    @Arg('id', () => ID, { description: "The question's id." }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ExpertQuestionEntity> {
    return ctx.services.expertQuestions.get(actor, fromGlobalId(id, 'ExpertQuestion'));
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => ExpertQuestionConnection, {
    description:
      "The experts' inbox: every seeker's questions in one status, open ones longest waiting first. Staff only.",
  })
  expertQuestions(
    @Args(() => ExpertInboxArgs) args: ExpertInboxArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.expertQuestions.inbox(actor, args);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => Int, {
    description: 'How many questions wait for an answer, for the navigation. Staff only.',
  })
  unansweredExpertQuestionCount(@CurrentActor() actor: Actor, @Ctx() ctx: Context) {
    return ctx.services.expertQuestions.unansweredCount(actor);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ExpertQuestionType, {
    description:
      'Answers an open question, once (EXPERTS.ILLEGAL_TRANSITION after that); up to 5,000 characters. Staff only.',
  })
  answerExpertQuestion(
    @Arg('id', () => ID, { description: 'The open question.' }) id: string,
    @Arg('answer', () => String, { description: 'The answer, up to 5,000 characters.' })
    answer: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ExpertQuestionEntity> {
    return ctx.services.expertQuestions.answer(
      actor,
      fromGlobalId(id, 'ExpertQuestion'),
      answer,
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() question: ExpertQuestionEntity): string {
    return toGlobalId('ExpertQuestion', question.id);
  }

  @FieldResolver(() => MeetingType, {
    nullable: true,
    description: "The seeker's meeting the question is about, if any.",
  })
  meeting(
    @Root() question: ExpertQuestionEntity,
    @Ctx() ctx: Context,
  ): Promise<MeetingEntity | null> | null {
    return question.meetingId ? ctx.loaders.meetingById.load(question.meetingId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the staff member who answered.',
  })
  async answeredByName(
    @Root() question: ExpertQuestionEntity,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    if (!question.answeredById) return null;
    return (await ctx.loaders.userById.load(question.answeredById))?.name ?? null;
  }

  @Authorized('STAFF', 'ADMIN')
  @FieldResolver(() => UserType, { description: 'The seeker who asked. Staff only.' })
  async seeker(@Root() question: ExpertQuestionEntity, @Ctx() ctx: Context): Promise<SessionUser> {
    return (await ctx.loaders.userById.load(question.ownerId))!;
  }
}

/** A seeker's questions on their staff page. */
@Resolver(() => UserType)
export class SeekerExpertQuestionsResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @FieldResolver(() => ExpertQuestionConnection, {
    description: "This seeker's questions to the experts, newest first. Staff only.",
  })
  expertQuestions(
    @Root() user: SessionUser,
    @Args(() => MyExpertQuestionsArgs) args: MyExpertQuestionsArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.expertQuestions.list(actor, { ...args, seekerId: user.id });
  }
}
