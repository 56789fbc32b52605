import type { CoachCommentTarget } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CoachCommentTargetEnum } from '../coach-comment.type.js';

@InputType({ description: "A coach's comment on one part of a meeting." })
export class AddCoachCommentInput {
  @Field(() => ID, { description: 'The meeting commented on.' })
  meetingId: string;

  @Field(() => CoachCommentTargetEnum, { description: 'Its question list or its notes.' })
  target: CoachCommentTarget;

  // The domain's limit (2,000) is checked by writeCoachComment with its own code.
  @Field(() => String, { description: 'The comment, up to 2,000 characters.' })
  @MaxLength(20_000)
  body: string;
}
