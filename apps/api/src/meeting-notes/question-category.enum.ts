import { QUESTION_CATEGORIES, type QuestionCategory } from '@rapport/domain';
import { registerEnumType } from 'type-graphql';

// The preparation concept owns the question categories; this registration
// stands in until its enum is on this branch, then this file goes.
export const QuestionCategoryEnum = Object.fromEntries(QUESTION_CATEGORIES.map((c) => [c, c])) as {
  [C in QuestionCategory]: C;
};
registerEnumType(QuestionCategoryEnum, {
  name: 'QuestionCategory',
  description:
    'What a question is about: COMPANY, ROLE, INDUSTRY, CAREER_PATH, ADVICE or REFERRALS. A list "covers the bases" with one of each.',
});
