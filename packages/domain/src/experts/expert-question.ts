import { isStaff, type Role } from '../account/account.js';
import { fail, ok, type Result } from '../result.js';
import { requiredText } from '../text.js';
import { checkTransition, type TransitionTable, type TransitionWording } from '../transition.js';

export const EXPERT_QUESTION_STATUSES = ['OPEN', 'ANSWERED'] as const;
export type ExpertQuestionStatus = (typeof EXPERT_QUESTION_STATUSES)[number];

export const EXPERT_QUESTION_TRANSITIONS: TransitionTable<ExpertQuestionStatus> = {
  OPEN: ['ANSWERED'],
  ANSWERED: [],
};

const WORDING: TransitionWording<ExpertQuestionStatus> = {
  noun: 'question',
  state: { OPEN: 'waiting for an answer', ANSWERED: 'answered' },
  move: { OPEN: 'reopened', ANSWERED: 'answered' },
};

export const EXPERT_QUESTION_LIMITS = {
  question: 2000,
  answer: 5000,
  /**
   * Questions one seeker may have waiting at once. The experts are a few
   * coaches: a seeker with this many unanswered waits for an answer (or
   * rereads the ones they have) before sending more.
   */
  openPerSeeker: 5,
} as const;

export type ExpertQuestionErrorCode =
  | 'EXPERTS.INVALID_QUESTION'
  | 'EXPERTS.INVALID_ANSWER'
  | 'EXPERTS.NOT_STAFF'
  | 'EXPERTS.ILLEGAL_TRANSITION'
  | 'EXPERTS.TOO_MANY_OPEN';

export interface ExpertQuestion {
  id: string;
  seekerId: string;
  /** The seeker's meeting the question is about, when it is about one. */
  meetingId: string | null;
  question: string;
  status: ExpertQuestionStatus;
  askedAt: Date;
  answer: string | null;
  answeredById: string | null;
  answeredAt: Date | null;
}

/** The question as typed, trimmed and checked; forms call it as the seeker types. */
export function checkExpertQuestion(text: string): Result<string, 'EXPERTS.INVALID_QUESTION'> {
  return requiredText(text, {
    field: 'question',
    label: 'Your question',
    max: EXPERT_QUESTION_LIMITS.question,
    code: 'EXPERTS.INVALID_QUESTION',
  });
}

/** The answer as typed, trimmed and checked; the staff form calls it as they type. */
export function checkExpertAnswer(text: string): Result<string, 'EXPERTS.INVALID_ANSWER'> {
  return requiredText(text, {
    field: 'answer',
    label: 'The answer',
    max: EXPERT_QUESTION_LIMITS.answer,
    code: 'EXPERTS.INVALID_ANSWER',
  });
}

/** A seeker asks the agency about landing informational interviews. */
export function askTheExperts(input: {
  id: string;
  seekerId: string;
  question: string;
  /** Their own meeting the question is about; the caller checks it is theirs. */
  meetingId?: string | null;
  /** How many of their questions wait for an answer now. */
  openQuestions?: number;
  now: Date;
}): Result<ExpertQuestion, ExpertQuestionErrorCode> {
  const question = checkExpertQuestion(input.question);
  if (!question.ok) return question;
  const limit = EXPERT_QUESTION_LIMITS.openPerSeeker;
  if ((input.openQuestions ?? 0) >= limit) {
    return fail(
      'EXPERTS.TOO_MANY_OPEN',
      `You have ${limit} questions waiting for the experts. Once one is answered you can send another.`,
      { details: { limit } },
    );
  }
  return ok({
    id: input.id,
    seekerId: input.seekerId,
    meetingId: input.meetingId ?? null,
    question: question.value,
    status: 'OPEN',
    askedAt: input.now,
    answer: null,
    answeredById: null,
    answeredAt: null,
  });
}

export function answerExpertQuestion(input: {
  question: ExpertQuestion;
  staff: { id: string; role: Role };
  answer: string;
  now: Date;
}): Result<ExpertQuestion, ExpertQuestionErrorCode> {
  if (!isStaff(input.staff.role)) {
    return fail('EXPERTS.NOT_STAFF', 'Only the agency staff answer questions sent to the experts.');
  }
  const moved = checkTransition(
    EXPERT_QUESTION_TRANSITIONS,
    input.question.status,
    'ANSWERED',
    'EXPERTS.ILLEGAL_TRANSITION',
    WORDING,
  );
  if (!moved.ok) return moved;
  const answer = checkExpertAnswer(input.answer);
  if (!answer.ok) return answer;
  return ok({
    ...input.question,
    status: 'ANSWERED',
    answer: answer.value,
    answeredById: input.staff.id,
    answeredAt: input.now,
  });
}
