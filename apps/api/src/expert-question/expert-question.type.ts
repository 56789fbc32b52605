import { EXPERT_QUESTION_STATUSES, type ExpertQuestionStatus } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys } from '../graphql/scope.js';
import type { ExpertQuestionEntity } from './expert-question.entity.js';

export const ExpertQuestionStatusEnum = Object.fromEntries(
  EXPERT_QUESTION_STATUSES.map((s) => [s, s]),
) as { [S in ExpertQuestionStatus]: S };
registerEnumType(ExpertQuestionStatusEnum, {
  name: 'ExpertQuestionStatus',
  description: 'OPEN until staff answer it; ANSWERED once, for good.',
});

/**
 * Resolvers return ExpertQuestionEntity rows; ExpertQuestionResolver adds the
 * id, the meeting, the seeker and who answered. A seeker's own words: never
 * for API keys.
 */
@NotForApiKeys()
@ObjectType('ExpertQuestion', {
  description:
    "A seeker's question to the agency's experts and, once given, the answer. Only the seeker and staff see it.",
  simpleResolvers: true,
})
export class ExpertQuestionType {
  @Field(() => String, { description: 'The question, as the seeker wrote it.' })
  question: string;

  @Field(() => ExpertQuestionStatusEnum, { description: 'Whether it has been answered.' })
  status: ExpertQuestionStatus;

  @Field(() => Date, { description: 'When the seeker sent it.' })
  askedAt: Date;

  @Field(() => String, { nullable: true, description: "The experts' answer; null while open." })
  answer: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was answered.' })
  answeredAt: Date | null;
}

export type ExpertQuestionRowsFit = RowsFit<ExpertQuestionType, ExpertQuestionEntity>;

export const { ConnectionType: ExpertQuestionConnection } = connectionTypes(
  'ExpertQuestion',
  ExpertQuestionType,
);
