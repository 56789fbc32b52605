import {
  CHECKLIST_ITEMS,
  QUESTION_CATEGORIES,
  type ChecklistItem,
  type QuestionCategory,
} from '@rapport/domain';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../common/enum-of.js';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import type { BankQuestionEntity, MeetingQuestionEntity } from './preparation.entity.js';

export const QuestionCategoryEnum = enumOf(QUESTION_CATEGORIES);
registerEnumType(QuestionCategoryEnum, {
  name: 'QuestionCategory',
  description:
    'What a question is about. A list covers the bases when it has one of each: the COMPANY, the ROLE, the INDUSTRY, their CAREER_PATH, ADVICE for the seeker and REFERRALS.',
});

export const ChecklistItemEnum = enumOf(CHECKLIST_ITEMS);
registerEnumType(ChecklistItemEnum, {
  name: 'ChecklistItem',
  description: 'One thing to do before an informational meeting.',
});

/** Rows as they are; QuestionBankResolver adds the id. */
@NotForApiKeys()
@ObjectType('BankQuestion', {
  description:
    "A question of the agency's bank, which seekers pick from when they prepare. Staff curate it; a retired question stays on lists that took it but is offered no more.",
  simpleResolvers: true,
})
export class BankQuestionType {
  @Field(() => QuestionCategoryEnum, { description: 'What it is about.' })
  category: QuestionCategory;

  @Field(() => String, { description: 'The question, as a seeker would ask it.' })
  text: string;

  @Field(() => Int, {
    description:
      'Its order within its category: lower comes first. Only the order counts; numbers may have gaps.',
  })
  position: number;

  @Field(() => Date, {
    nullable: true,
    description: 'When staff retired it; null while it is offered to seekers.',
  })
  retiredAt: Date | null;
}

export type BankQuestionRowsFit = RowsFit<BankQuestionType, BankQuestionEntity>;

/** Rows as they are; MeetingQuestionResolver adds the ids. */
@Scope('interviews:read')
@ObjectType('MeetingQuestion', {
  description: "One question on a meeting's list, in the seeker's words (or copied from the bank).",
  simpleResolvers: true,
})
export class MeetingQuestionType {
  @Field(() => Int, { description: 'Its place on the list: 1 is asked first.' })
  position: number;

  @Field(() => QuestionCategoryEnum, { description: 'What it is about.' })
  category: QuestionCategory;

  @Field(() => String, { description: 'The question.' })
  text: string;
}

export type MeetingQuestionRowsFit = RowsFit<MeetingQuestionType, MeetingQuestionEntity>;

@Scope('interviews:read')
@ObjectType('CategoryCoverage', {
  description: 'How many questions of the list are about one category.',
  simpleResolvers: true,
})
export class CategoryCoverageType {
  @Field(() => QuestionCategoryEnum, { description: 'The category.' })
  category: QuestionCategory;

  @Field(() => Int, { description: 'How many questions on the list are about it.' })
  questionCount: number;

  @Field(() => Boolean, { description: 'True when at least one question is about it.' })
  covered: boolean;
}

@Scope('interviews:read')
@ObjectType('QuestionPlan', {
  description:
    "A meeting's question list in order, with a coach's reading of it: are all the bases covered, and does it fit the minutes agreed?",
  simpleResolvers: true,
})
export class QuestionPlanType {
  @Field(() => [MeetingQuestionType], { description: 'The questions, in the order to ask them.' })
  questions: MeetingQuestionEntity[];

  @Field(() => Int, { description: 'How many questions are on the list.' })
  questionCount: number;

  @Field(() => [CategoryCoverageType], {
    description: 'Every category, in the usual order, with how many questions cover it.',
  })
  coverage: CategoryCoverageType[];

  @Field(() => [QuestionCategoryEnum], { description: 'The categories no question covers yet.' })
  missingCategories: QuestionCategory[];

  @Field(() => Boolean, { description: 'True when every category has a question.' })
  coversTheBases: boolean;

  @Field(() => Float, {
    description: "About how long the list takes, at the agency's minutes per question.",
  })
  estimatedMinutes: number;

  @Field(() => Int, { description: "The meeting's agreed length in minutes." })
  availableMinutes: number;

  @Field(() => Boolean, { description: 'True when the estimate fits the agreed length.' })
  fitsTheTime: boolean;

  @Field(() => Float, {
    description: 'How many minutes the estimate runs past the agreed length; 0 when it fits.',
  })
  minutesOver: number;

  @Field(() => Int, { description: 'How many questions the agreed length has room for.' })
  maxQuestions: number;

  @Field(() => Float, { description: 'The minutes one question is expected to take.' })
  minutesPerQuestion: number;

  @Field(() => String, {
    description:
      'One line on the time: "6 questions, about 15 minutes: fits in the 20 minutes agreed." or how much too long it is.',
  })
  timeFit: string;

  @Field(() => [ID], {
    description: 'Questions that repeat an earlier one (ignoring case and spacing).',
  })
  duplicateQuestionIds: string[];

  @Field(() => [String], { description: 'Advice on the list, most important first.' })
  hints: string[];
}

@Scope('interviews:read')
@ObjectType('ChecklistEntry', {
  description: 'One item of the preparation checklist and whether the seeker ticked it.',
  simpleResolvers: true,
})
export class ChecklistEntryType {
  @Field(() => ChecklistItemEnum, { description: 'Which item.' })
  item: ChecklistItem;

  @Field(() => String, {
    description: 'What to do, worded for the place (joining a call early differs from arriving).',
  })
  label: string;

  @Field(() => Boolean, { description: 'Whether the seeker ticked it.' })
  ticked: boolean;

  @Field(() => Date, { nullable: true, description: 'When it was ticked.' })
  tickedAt: Date | null;
}

@Scope('interviews:read')
@ObjectType('PreparationChecklist', {
  description: 'What to do before the meeting, with what is done.',
  simpleResolvers: true,
})
export class PreparationChecklistType {
  @Field(() => [ChecklistEntryType], { description: 'Every item, in the order to read them.' })
  entries: ChecklistEntryType[];

  @Field(() => [ChecklistItemEnum], { description: 'The items ticked.' })
  done: ChecklistItem[];

  @Field(() => [ChecklistItemEnum], { description: 'The items still to tick.' })
  remaining: ChecklistItem[];

  @Field(() => Boolean, { description: 'True when every item is ticked.' })
  complete: boolean;
}
