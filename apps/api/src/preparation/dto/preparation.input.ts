import type { QuestionCategory } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { ArgsType, Field, InputType } from 'type-graphql';
import { QuestionCategoryEnum } from '../preparation.type.js';

// The text's rules (required, at most 500 characters) are the domain's
// validateQuestion, so the API and both forms say the same thing; the
// MaxLength here only stops absurd payloads before that.
@InputType({ description: 'A question: what it is about and its words.' })
export class QuestionInput {
  @Field(() => QuestionCategoryEnum, { description: 'What it is about.' })
  category: QuestionCategory;

  @Field(() => String, { description: 'The question (required, at most 500 characters).' })
  @MaxLength(5000)
  text: string;
}

@ArgsType()
export class QuestionBankArgs {
  @Field(() => QuestionCategoryEnum, {
    nullable: true,
    description: 'Only this category; every category, in the usual order, when left out.',
  })
  category?: QuestionCategory | null;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'Also the retired questions (staff only).',
  })
  includeRetired: boolean;
}
