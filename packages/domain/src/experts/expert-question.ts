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

export const EXPERT_QUESTION_LIMITS = { question: 2000, answer: 5000 } as const;

export type ExpertQuestionErrorCode =
  | 'EXPERTS.INVALID_QUESTION'
  | 'EXPERTS.INVALID_ANSWER'
  | 'EXPERTS.NOT_STAFF'
  | 'EXPERTS.ILLEGAL_TRANSITION';

export interface ExpertQuestion {
  id: string;
  seekerId: string;
  question: string;
  status: ExpertQuestionStatus;
  askedAt: Date;
  answer: string | null;
  answeredById: string | null;
  answeredAt: Date | null;
}

/** A seeker asks the agency about landing informational interviews. */
export function askTheExperts(input: {
  id: string;
  seekerId: string;
  question: string;
  now: Date;
}): Result<ExpertQuestion, ExpertQuestionErrorCode> {
  const question = requiredText(input.question, {
    field: 'question',
    label: 'Your question',
    max: EXPERT_QUESTION_LIMITS.question,
    code: 'EXPERTS.INVALID_QUESTION',
  });
  if (!question.ok) return question;
  return ok({
    id: input.id,
    seekerId: input.seekerId,
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
  const answer = requiredText(input.answer, {
    field: 'answer',
    label: 'The answer',
    max: EXPERT_QUESTION_LIMITS.answer,
    code: 'EXPERTS.INVALID_ANSWER',
  });
  if (!answer.ok) return answer;
  return ok({
    ...input.question,
    status: 'ANSWERED',
    answer: answer.value,
    answeredById: input.staff.id,
    answeredAt: input.now,
  });
}
