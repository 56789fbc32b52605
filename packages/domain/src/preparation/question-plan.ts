import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { requiredText } from '../text.js';

/** A plan "covers the bases" when each of these has at least one question. */
export const QUESTION_CATEGORIES = [
  'COMPANY',
  'ROLE',
  'INDUSTRY',
  'CAREER_PATH',
  'ADVICE',
  'REFERRALS',
] as const;
export type QuestionCategory = (typeof QUESTION_CATEGORIES)[number];

export const QUESTION_CATEGORY_LABELS: { readonly [K in QuestionCategory]: string } = {
  COMPANY: 'the company',
  ROLE: 'the role',
  INDUSTRY: 'the industry',
  CAREER_PATH: 'their career path',
  ADVICE: 'advice for you',
  REFERRALS: 'referrals',
};

export const QUESTION_TEXT_MAX = 500;

export type PreparationErrorCode = 'PREPARATION.INVALID_QUESTION' | 'PREPARATION.INVALID_CATEGORY';

export interface PlannedQuestion {
  id: string;
  category: QuestionCategory;
  text: string;
}

/** The same rule for the staff's question bank and the seeker's own questions. */
export function validateQuestion(input: {
  category: string;
  text: string;
}): Result<{ category: QuestionCategory; text: string }, PreparationErrorCode> {
  if (!(QUESTION_CATEGORIES as readonly string[]).includes(input.category)) {
    return fail(
      'PREPARATION.INVALID_CATEGORY',
      'Choose what the question is about: the company, the role, the industry, their career path, advice or referrals.',
      { field: 'category' },
    );
  }
  const text = requiredText(input.text, {
    field: 'text',
    label: 'The question',
    max: QUESTION_TEXT_MAX,
    code: 'PREPARATION.INVALID_QUESTION',
  });
  if (!text.ok) return text;
  return ok({ category: input.category as QuestionCategory, text: text.value });
}

export interface QuestionPlan {
  questionCount: number;
  countsByCategory: Record<QuestionCategory, number>;
  missingCategories: QuestionCategory[];
  coversTheBases: boolean;
  estimatedMinutes: number;
  availableMinutes: number;
  fitsTheTime: boolean;
  /** How many questions the meeting has room for. */
  maxQuestions: number;
  /** Questions whose text repeats an earlier one (ignoring case and spacing). */
  duplicateQuestionIds: string[];
  /** Sentences to show next to the plan, most important first. */
  hints: string[];
}

function inWords(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] as string}`;
}

function sameText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** How many questions of `minutesPerQuestion` fit in a span, with a tolerance for float error. */
export function questionsThatFit(
  minutes: number,
  settings: AgencySettings = DEFAULT_SETTINGS,
): number {
  return Math.max(0, Math.floor(minutes / settings.preparation.minutesPerQuestion + 1e-9));
}

/**
 * Looks at a question list the way a coach would: are all the bases
 * covered, will it fit the time promised, is anything asked twice, and is
 * the referral question kept for the end.
 */
export function planQuestions(input: {
  questions: readonly PlannedQuestion[];
  durationMinutes?: number | null;
  settings?: AgencySettings;
}): QuestionPlan {
  const settings = input.settings ?? DEFAULT_SETTINGS;
  const availableMinutes = input.durationMinutes ?? settings.meeting.defaultMinutes;
  const countsByCategory = Object.fromEntries(
    QUESTION_CATEGORIES.map((category) => [category, 0]),
  ) as Record<QuestionCategory, number>;
  const seen = new Set<string>();
  const duplicateQuestionIds: string[] = [];
  for (const question of input.questions) {
    countsByCategory[question.category] += 1;
    const key = sameText(question.text);
    if (seen.has(key)) duplicateQuestionIds.push(question.id);
    seen.add(key);
  }
  const missingCategories = QUESTION_CATEGORIES.filter(
    (category) => countsByCategory[category] === 0,
  );
  const questionCount = input.questions.length;
  const estimatedMinutes = questionCount * settings.preparation.minutesPerQuestion;
  const maxQuestions = questionsThatFit(availableMinutes, settings);
  const fitsTheTime = estimatedMinutes <= availableMinutes;
  const hints: string[] = [];
  if (missingCategories.length > 0) {
    hints.push(
      `Add a question about ${inWords(missingCategories.map((c) => QUESTION_CATEGORY_LABELS[c]))}, so one meeting covers all the bases.`,
    );
  }
  if (!fitsTheTime) {
    hints.push(
      `${questionCount} questions take about ${estimatedMinutes} minutes, more than the ${availableMinutes} you agreed. Keep your best ${maxQuestions}.`,
    );
  }
  if (duplicateQuestionIds.length > 0) {
    hints.push('Some questions are asked twice; remove the repeats.');
  }
  const last = input.questions[questionCount - 1];
  if (countsByCategory.REFERRALS > 0 && last?.category !== 'REFERRALS') {
    hints.push('Keep the referral question for the end, once you have made a good impression.');
  }
  return {
    questionCount,
    countsByCategory,
    missingCategories,
    coversTheBases: missingCategories.length === 0,
    estimatedMinutes,
    availableMinutes,
    fitsTheTime,
    maxQuestions,
    duplicateQuestionIds,
    hints,
  };
}
