import type { CoachCommentTarget } from '@rapport/domain';
import { Arg, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import { readable } from '../common/ownership.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import { MeetingType } from '../meeting/meeting.type.js';
import { CoachCommentEntity } from './coach-comment.entity.js';
import { CoachCommentTargetEnum, CoachCommentType } from './coach-comment.type.js';
import { AddCoachCommentInput } from './dto/coach-comment.input.js';

@Resolver(() => CoachCommentType)
export class CoachCommentResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => CoachCommentType, {
    description:
      "Comments on a seeker's meeting: its question list or its notes. The seeker reads it on the meeting. Staff only.",
  })
  addCoachComment(
    @Arg('input', () => AddCoachCommentInput, {
      description: 'The meeting, the part, the comment.',
    })
    input: AddCoachCommentInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<CoachCommentEntity> {
    return ctx.services.coachComments.add(
      actor,
      { ...input, meetingId: fromGlobalId(input.meetingId, 'Meeting') },
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => CoachCommentType, {
    description:
      'Rewrites a comment; only its author may (COACHING.NOT_AUTHOR otherwise). Staff only.',
  })
  editCoachComment(
    @Arg('id', () => ID, { description: 'The comment to rewrite.' }) id: string,
    @Arg('body', () => String, { description: 'The new text, up to 2,000 characters.' })
    body: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<CoachCommentEntity> {
    return ctx.services.coachComments.edit(
      actor,
      fromGlobalId(id, 'CoachComment'),
      body,
      ctx.services.now(),
    );
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => ID, {
    description:
      "Removes a comment; only its author may (COACHING.NOT_AUTHOR otherwise). Returns the removed comment's id. Staff only.",
  })
  async deleteCoachComment(
    @Arg('id', () => ID, { description: 'The comment to remove.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<string> {
    await ctx.services.coachComments.remove(actor, fromGlobalId(id, 'CoachComment'));
    return id;
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() comment: CoachCommentEntity): string {
    return toGlobalId('CoachComment', comment.id);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the coach who wrote it; null once their account is gone.',
  })
  async authorName(
    @Root() comment: CoachCommentEntity,
    @Ctx() ctx: Context,
  ): Promise<string | null> {
    if (!comment.authorId) return null;
    return (await ctx.loaders.userById.load(comment.authorId))?.name ?? null;
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the signed-in person wrote it (and so may edit or remove it).',
  })
  mine(@Root() comment: CoachCommentEntity, @CurrentActor() actor: Actor): boolean {
    return actor.kind === 'user' && comment.authorId === actor.id;
  }
}

/** The comments on a meeting, for its seeker and for staff. */
@Resolver(() => MeetingType)
export class MeetingCoachCommentsResolver {
  @NotForApiKeys()
  @FieldResolver(() => [CoachCommentType], {
    description:
      "Coaches' comments on this meeting, oldest first; only those on one part when `target` is given.",
  })
  async coachComments(
    @Root() meeting: MeetingEntity,
    @Arg('target', () => CoachCommentTargetEnum, {
      nullable: true,
      description: 'Only the comments on the question list, or only those on the notes.',
    })
    target: CoachCommentTarget | null,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<CoachCommentEntity[]> {
    // Whoever reached the meeting may read it; checked again here, where it costs nothing.
    readable(actor, meeting, SEEKER_MEETING);
    const comments = await ctx.loaders.coachCommentsByMeeting.load(meeting.id);
    return target ? comments.filter((c) => c.target === target) : comments;
  }
}
