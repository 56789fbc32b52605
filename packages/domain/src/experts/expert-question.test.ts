import { describe, expect, it } from 'vitest';
import { daysAfter, expectOk, NOW } from '../test-support/fixtures.js';
import {
  answerExpertQuestion,
  askTheExperts,
  checkExpertAnswer,
  checkExpertQuestion,
  EXPERT_QUESTION_LIMITS,
  EXPERT_QUESTION_TRANSITIONS,
} from './expert-question.js';

const question = () =>
  expectOk(
    askTheExperts({
      id: 'q1',
      seekerId: 's1',
      question: ' How do I ask a busy manager? ',
      now: NOW,
    }),
  );

describe('ask the experts', () => {
  it('records an open question', () => {
    expect(question()).toEqual({
      id: 'q1',
      seekerId: 's1',
      meetingId: null,
      question: 'How do I ask a busy manager?',
      status: 'OPEN',
      askedAt: NOW,
      answer: null,
      answeredById: null,
      answeredAt: null,
    });
    expect(askTheExperts({ id: 'q', seekerId: 's', question: '  ', now: NOW })).toMatchObject({
      error: { code: 'EXPERTS.INVALID_QUESTION', field: 'question' },
    });
  });

  it('keeps the meeting it is about', () => {
    expect(
      expectOk(askTheExperts({ id: 'q', seekerId: 's', question: 'Q?', meetingId: 'm1', now: NOW }))
        .meetingId,
    ).toBe('m1');
  });

  it('refuses a question too long, naming the limit', () => {
    const long = 'x'.repeat(EXPERT_QUESTION_LIMITS.question + 1);
    expect(askTheExperts({ id: 'q', seekerId: 's', question: long, now: NOW })).toMatchObject({
      error: { code: 'EXPERTS.INVALID_QUESTION', field: 'question', details: { max: 2000 } },
    });
    expect(checkExpertQuestion('x'.repeat(EXPERT_QUESTION_LIMITS.question)).ok).toBe(true);
    expect(checkExpertAnswer(' ')).toMatchObject({ error: { field: 'answer' } });
  });

  it('lets a seeker keep only a few questions waiting at once', () => {
    const limit = EXPERT_QUESTION_LIMITS.openPerSeeker;
    const ask = (openQuestions: number) =>
      askTheExperts({ id: 'q', seekerId: 's', question: 'Q?', openQuestions, now: NOW });
    expect(ask(limit - 1).ok).toBe(true);
    expect(ask(limit)).toMatchObject({
      error: { code: 'EXPERTS.TOO_MANY_OPEN', details: { limit } },
    });
  });

  it('staff answer it once', () => {
    const later = daysAfter(NOW, 1);
    const answered = expectOk(
      answerExpertQuestion({
        question: question(),
        staff: { id: 'coach', role: 'STAFF' },
        answer: ' Call, then ask once. ',
        now: later,
      }),
    );
    expect(answered).toMatchObject({
      status: 'ANSWERED',
      answer: 'Call, then ask once.',
      answeredById: 'coach',
      answeredAt: later,
    });
    expect(
      answerExpertQuestion({
        question: answered,
        staff: { id: 'admin', role: 'ADMIN' },
        answer: 'Again',
        now: later,
      }),
    ).toMatchObject({
      error: { code: 'EXPERTS.ILLEGAL_TRANSITION', details: { from: 'ANSWERED', to: 'ANSWERED' } },
    });
    expect(EXPERT_QUESTION_TRANSITIONS).toEqual({ OPEN: ['ANSWERED'], ANSWERED: [] });
  });

  it('refuses a seeker answering, and an empty answer', () => {
    expect(
      answerExpertQuestion({
        question: question(),
        staff: { id: 's2', role: 'SEEKER' },
        answer: 'Me!',
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'EXPERTS.NOT_STAFF' } });
    expect(
      answerExpertQuestion({
        question: question(),
        staff: { id: 'coach', role: 'STAFF' },
        answer: '',
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'EXPERTS.INVALID_ANSWER' } });
  });
});
