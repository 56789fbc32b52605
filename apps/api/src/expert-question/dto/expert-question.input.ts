import type { ExpertQuestionStatus } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { ExpertQuestionStatusEnum } from '../expert-question.type.js';

@InputType({ description: 'A question for the experts.' })
export class AskTheExpertsInput {
  // The domain's limit (2,000) is checked by askTheExperts with its own code;
  // this only stops absurd payloads before they reach it.
  @Field(() => String, { description: 'The question, up to 2,000 characters.' })
  @MaxLength(20_000)
  question: string;

  @Field(() => ID, {
    nullable: true,
    description: "One of the seeker's own meetings the question is about.",
  })
  meetingId?: string | null;
}

@ArgsType()
export class MyExpertQuestionsArgs extends PageArgs {}

@ArgsType()
export class ExpertInboxArgs extends PageArgs {
  @Field(() => ExpertQuestionStatusEnum, {
    defaultValue: 'OPEN',
    description: 'OPEN: waiting, longest first. ANSWERED: latest answer first.',
  })
  status: ExpertQuestionStatus;
}
