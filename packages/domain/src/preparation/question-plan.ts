import type { MeetingStatus } from '../meeting/meeting-rules.js';
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

/** Headings for lists and pickers, where QUESTION_CATEGORY_LABELS reads inside a sentence. */
export const QUESTION_CATEGORY_TITLES: { readonly [K in QuestionCategory]: string } = {
  COMPANY: 'Company',
  ROLE: 'Role',
  INDUSTRY: 'Industry',
  CAREER_PATH: 'Career path',
  ADVICE: 'Advice',
  REFERRALS: 'Referrals',
};

export const QUESTION_TEXT_MAX = 500;

/**
 * The most questions one meeting's list may hold: well past what fits in
 * 20 minutes, so a draft has room to be trimmed, but bounded.
 */
export const QUESTION_LIST_MAX = 20;

/** The most questions in use in one category of the agency's bank; retired ones do not count. */
export const BANK_CATEGORY_MAX = 30;

export type PreparationErrorCode =
  | 'PREPARATION.INVALID_QUESTION'
  | 'PREPARATION.INVALID_CATEGORY'
  | 'PREPARATION.LIST_FULL'
  | 'PREPARATION.ALREADY_ON_LIST'
  | 'PREPARATION.INVALID_ORDER'
  | 'PREPARATION.BANK_CATEGORY_FULL'
  | 'PREPARATION.MEETING_CLOSED';

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

/**
 * A list is prepared for a meeting still to happen (or under way): once it
 * is completed, cancelled or missed, the list stays as it was, since the
 * meeting's notes were written against it.
 */
export function canChangePreparation(
  status: MeetingStatus,
): Result<true, 'PREPARATION.MEETING_CLOSED'> {
  if (status === 'SCHEDULED') return ok(true);
  return fail(
    'PREPARATION.MEETING_CLOSED',
    'This meeting is over, so its preparation is kept as it was.',
  );
}

/**
 * Whether one more question goes on a meeting's list: the list has room,
 * and a question from the bank is not on it already (a double click adds
 * nothing twice). The seeker's own words may repeat; the plan's hints say so.
 */
export function canAddToQuestionList(
  list: readonly { bankQuestionId: string | null }[],
  bankQuestionId: string | null,
): Result<true, 'PREPARATION.LIST_FULL' | 'PREPARATION.ALREADY_ON_LIST'> {
  if (list.length >= QUESTION_LIST_MAX) {
    return fail(
      'PREPARATION.LIST_FULL',
      `A list holds at most ${QUESTION_LIST_MAX} questions; remove one first.`,
      { details: { max: QUESTION_LIST_MAX } },
    );
  }
  if (bankQuestionId !== null && list.some((q) => q.bankQuestionId === bankQuestionId)) {
    return fail('PREPARATION.ALREADY_ON_LIST', 'That question is already on your list.');
  }
  return ok(true);
}

/** Whether staff may put one more question in use in a category of the bank. */
export function canAddToBank(
  inUseInCategory: number,
): Result<true, 'PREPARATION.BANK_CATEGORY_FULL'> {
  if (inUseInCategory < BANK_CATEGORY_MAX) return ok(true);
  return fail(
    'PREPARATION.BANK_CATEGORY_FULL',
    `A category holds at most ${BANK_CATEGORY_MAX} questions in use; retire one first.`,
    { field: 'category', details: { max: BANK_CATEGORY_MAX } },
  );
}

/**
 * A new order for a list: it must name every current item exactly once.
 * Anything else means the list changed since the caller loaded it, and
 * guessing where the rest should go would lose the seeker's intent.
 */
export function reorderedIds(
  current: readonly string[],
  requested: readonly string[],
): Result<string[], 'PREPARATION.INVALID_ORDER'> {
  const wanted = new Set(requested);
  const same =
    requested.length === current.length &&
    wanted.size === requested.length &&
    current.every((id) => wanted.has(id));
  if (same) return ok([...requested]);
  return fail(
    'PREPARATION.INVALID_ORDER',
    'The list changed since it was loaded; reload it and try again.',
    { field: 'ids' },
  );
}

function minutes(value: number): string {
  return `${Number.isInteger(value) ? value : value.toFixed(1)} minute${value === 1 ? '' : 's'}`;
}

/** One line on whether the list fits the time agreed, for the prepare page. */
export function timeFitSummary(
  plan: Pick<QuestionPlan, 'questionCount' | 'estimatedMinutes' | 'availableMinutes'>,
): string {
  const { questionCount, estimatedMinutes, availableMinutes } = plan;
  if (questionCount === 0) return `No questions yet: you have ${minutes(availableMinutes)}.`;
  const count = `${questionCount} question${questionCount === 1 ? '' : 's'}, about ${minutes(estimatedMinutes)}`;
  if (estimatedMinutes <= availableMinutes) {
    return `${count}: fits in the ${availableMinutes} minutes agreed.`;
  }
  return `${count}: too long by ${minutes(estimatedMinutes - availableMinutes)} for the ${availableMinutes} minutes agreed.`;
}
