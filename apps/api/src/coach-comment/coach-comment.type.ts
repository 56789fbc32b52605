import { COACH_COMMENT_TARGETS, type CoachCommentTarget } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys } from '../graphql/scope.js';
import type { CoachCommentEntity } from './coach-comment.entity.js';

export const CoachCommentTargetEnum = Object.fromEntries(
  COACH_COMMENT_TARGETS.map((t) => [t, t]),
) as { [T in CoachCommentTarget]: T };
registerEnumType(CoachCommentTargetEnum, {
  name: 'CoachCommentTarget',
  description: "What a coach comments on: the meeting's QUESTION_LIST or its NOTES.",
});

/**
 * Resolvers return CoachCommentEntity rows; CoachCommentResolver adds the
 * id, the author's name and whether the reader wrote it. Coaching between
 * the agency and one seeker: never for API keys.
 */
@NotForApiKeys()
@ObjectType('CoachComment', {
  description:
    "A coach's comment on a seeker's meeting (its question list or its notes). The seeker and staff read it.",
  simpleResolvers: true,
})
export class CoachCommentType {
  @Field(() => CoachCommentTargetEnum, { description: 'What the comment is about.' })
  target: CoachCommentTarget;

  @Field(() => String, { description: 'The comment.' })
  body: string;

  @Field(() => Date, { description: 'When it was written.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When it was last edited (the creation time if never).' })
  updatedAt: Date;
}

export type CoachCommentRowsFit = RowsFit<CoachCommentType, CoachCommentEntity>;
