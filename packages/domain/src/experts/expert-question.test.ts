import { describe, expect, it } from 'vitest';
import { daysAfter, expectOk, NOW } from '../test-support/fixtures.js';
import {
  answerExpertQuestion,
  askTheExperts,
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
