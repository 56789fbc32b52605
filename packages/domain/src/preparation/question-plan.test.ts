import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../settings.js';
import { compareText } from '../text.js';
import {
  BANK_CATEGORY_MAX,
  canAddToBank,
  canAddToQuestionList,
  canChangePreparation,
  type PlannedQuestion,
  planQuestions,
  QUESTION_LIST_MAX,
  QUESTION_CATEGORIES,
  type QuestionCategory,
  questionsThatFit,
  reorderedIds,
  timeFitSummary,
  validateQuestion,
} from './question-plan.js';

let n = 0;
function q(category: QuestionCategory, text = `Question ${(n += 1)}?`): PlannedQuestion {
  return { id: `q${(n += 1)}`, category, text };
}

const fullPlan = (): PlannedQuestion[] => QUESTION_CATEGORIES.map((category) => q(category));

describe('validateQuestion', () => {
  it('takes a category and a question', () => {
    expect(
      validateQuestion({ category: 'ROLE', text: ' What does a typical week look like? ' }),
    ).toEqual({
      ok: true,
      value: { category: 'ROLE', text: 'What does a typical week look like?' },
    });
  });

  it('refuses an unknown category, an empty or an overlong question', () => {
    expect(validateQuestion({ category: 'SALARY', text: 'How much?' })).toMatchObject({
      error: { code: 'PREPARATION.INVALID_CATEGORY', field: 'category' },
    });
    expect(validateQuestion({ category: 'ROLE', text: ' ' })).toMatchObject({
      error: { code: 'PREPARATION.INVALID_QUESTION', field: 'text' },
    });
    expect(validateQuestion({ category: 'ROLE', text: 'x'.repeat(501) }).ok).toBe(false);
  });
});

describe('planQuestions', () => {
  it('covers the bases and fits 20 minutes with one question per category', () => {
    const plan = planQuestions({ questions: fullPlan() });
    expect(plan).toMatchObject({
      questionCount: 6,
      missingCategories: [],
      coversTheBases: true,
      estimatedMinutes: 15,
      availableMinutes: 20,
      fitsTheTime: true,
      maxQuestions: 8,
      duplicateQuestionIds: [],
      hints: [],
    });
    expect(plan.countsByCategory).toEqual({
      COMPANY: 1,
      ROLE: 1,
      INDUSTRY: 1,
      CAREER_PATH: 1,
      ADVICE: 1,
      REFERRALS: 1,
    });
  });

  it('names the missing categories', () => {
    const plan = planQuestions({ questions: [q('COMPANY'), q('ROLE')] });
    expect(plan.missingCategories).toEqual(['INDUSTRY', 'CAREER_PATH', 'ADVICE', 'REFERRALS']);
    expect(plan.coversTheBases).toBe(false);
    expect(plan.hints[0]).toBe(
      'Add a question about the industry, their career path, advice for you and referrals, so one meeting covers all the bases.',
    );
    expect(planQuestions({ questions: [] }).missingCategories).toEqual([...QUESTION_CATEGORIES]);
    const onlyReferrals = planQuestions({ questions: fullPlan().slice(0, 5) });
    expect(onlyReferrals.hints[0]).toBe(
      'Add a question about referrals, so one meeting covers all the bases.',
    );
  });

  it('fits 8 questions in 20 minutes but not 9; 6 in 15 but not 7', () => {
    const questions = (count: number) => [
      ...Array.from({ length: count - 1 }, () => q('ADVICE')),
      q('REFERRALS'),
    ];
    expect(planQuestions({ questions: questions(8) }).fitsTheTime).toBe(true);
    const nine = planQuestions({ questions: questions(9) });
    expect(nine).toMatchObject({ fitsTheTime: false, estimatedMinutes: 22.5 });
    expect(nine.hints).toContain(
      '9 questions take about 22.5 minutes, more than the 20 you agreed. Keep your best 8.',
    );
    expect(planQuestions({ questions: questions(6), durationMinutes: 15 }).fitsTheTime).toBe(true);
    expect(planQuestions({ questions: questions(7), durationMinutes: 15 })).toMatchObject({
      fitsTheTime: false,
      maxQuestions: 6,
    });
  });

  it('uses the configured minutes per question', () => {
    const settings = { ...DEFAULT_SETTINGS, preparation: { minutesPerQuestion: 4 } };
    expect(planQuestions({ questions: fullPlan(), settings })).toMatchObject({
      estimatedMinutes: 24,
      fitsTheTime: false,
      maxQuestions: 5,
    });
  });

  it('finds repeated questions, ignoring case and spacing', () => {
    const a = q('ROLE', 'What do you like about   your job?');
    const b = q('ADVICE', 'what do you like about your job?');
    const plan = planQuestions({ questions: [a, b, q('REFERRALS')] });
    expect(plan.duplicateQuestionIds).toEqual([b.id]);
    expect(plan.hints).toContain('Some questions are asked twice; remove the repeats.');
  });

  it('keeps the referral question for the end', () => {
    const plan = planQuestions({ questions: [q('REFERRALS'), ...fullPlan().slice(0, 5)] });
    expect(plan.hints).toEqual([
      'Keep the referral question for the end, once you have made a good impression.',
    ]);
  });

  it('property: fits the time exactly when count × minutes ≤ duration', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...QUESTION_CATEGORIES), { maxLength: 15 }),
        fc.integer({ min: 15, max: 20 }),
        (cats, minutes) => {
          const plan = planQuestions({
            questions: cats.map((c) => q(c)),
            durationMinutes: minutes,
          });
          expect(plan.fitsTheTime).toBe(cats.length <= plan.maxQuestions);
          expect(plan.missingCategories.length === 0).toBe(
            new Set(cats).size === QUESTION_CATEGORIES.length,
          );
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('questionsThatFit', () => {
  it('rounds down and never goes negative', () => {
    expect(questionsThatFit(20)).toBe(8);
    expect(questionsThatFit(19.9)).toBe(7);
    expect(questionsThatFit(-3)).toBe(0);
  });
});

describe('canChangePreparation', () => {
  it('lets a scheduled meeting be prepared and keeps a finished one as it was', () => {
    expect(canChangePreparation('SCHEDULED')).toEqual({ ok: true, value: true });
    for (const status of ['COMPLETED', 'CANCELLED', 'NO_SHOW'] as const) {
      expect(canChangePreparation(status)).toMatchObject({
        ok: false,
        error: { code: 'PREPARATION.MEETING_CLOSED' },
      });
    }
  });
});

describe('canAddToQuestionList', () => {
  const list = (count: number, bankId: string | null = null) =>
    Array.from({ length: count }, (_, i) => ({ bankQuestionId: i === 0 ? bankId : null }));

  it('adds until the list is full', () => {
    expect(canAddToQuestionList(list(QUESTION_LIST_MAX - 1), null).ok).toBe(true);
    expect(canAddToQuestionList(list(QUESTION_LIST_MAX), 'b1')).toMatchObject({
      error: { code: 'PREPARATION.LIST_FULL', details: { max: QUESTION_LIST_MAX } },
    });
  });

  it('takes a bank question once, but the seeker’s own words as often as written', () => {
    expect(canAddToQuestionList(list(3, 'b1'), 'b1')).toMatchObject({
      error: { code: 'PREPARATION.ALREADY_ON_LIST' },
    });
    expect(canAddToQuestionList(list(3, 'b1'), 'b2').ok).toBe(true);
    expect(canAddToQuestionList(list(3, null), null).ok).toBe(true);
  });
});

describe('canAddToBank', () => {
  it('keeps each category of the bank bounded, naming the category field', () => {
    expect(canAddToBank(BANK_CATEGORY_MAX - 1).ok).toBe(true);
    expect(canAddToBank(BANK_CATEGORY_MAX)).toMatchObject({
      error: { code: 'PREPARATION.BANK_CATEGORY_FULL', field: 'category' },
    });
  });
});

describe('reorderedIds', () => {
  it('takes any order of exactly the current items', () => {
    expect(reorderedIds(['a', 'b', 'c'], ['c', 'a', 'b'])).toEqual({
      ok: true,
      value: ['c', 'a', 'b'],
    });
    expect(reorderedIds([], []).ok).toBe(true);
  });

  it('refuses a missing, extra, repeated or unknown item', () => {
    for (const requested of [
      ['a', 'b'],
      ['a', 'b', 'c', 'd'],
      ['a', 'a', 'b'],
      ['a', 'b', 'x'],
    ]) {
      expect(reorderedIds(['a', 'b', 'c'], requested)).toMatchObject({
        error: { code: 'PREPARATION.INVALID_ORDER', field: 'ids' },
      });
    }
  });

  it('property: accepts every permutation and nothing else of the same length', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 8 }),
        fc.func(fc.integer()),
        (ids, key) => {
          const shuffled = [...ids].sort((x, y) => key(x) - key(y) || compareText(x, y));
          expect(reorderedIds(ids, shuffled).ok).toBe(true);
          if (ids.length > 0) {
            expect(reorderedIds(ids, [...shuffled.slice(1), `${ids[0]}!`]).ok).toBe(false);
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe('timeFitSummary', () => {
  it('says whether the list fits the minutes agreed, and by how much it is over', () => {
    const summary = (count: number, durationMinutes = 20) =>
      timeFitSummary(
        planQuestions({
          questions: Array.from({ length: count }, () => q('ADVICE')),
          durationMinutes,
        }),
      );
    expect(summary(0)).toBe('No questions yet: you have 20 minutes.');
    expect(summary(1)).toBe('1 question, about 2.5 minutes: fits in the 20 minutes agreed.');
    expect(summary(6)).toBe('6 questions, about 15 minutes: fits in the 20 minutes agreed.');
    expect(summary(9)).toBe(
      '9 questions, about 22.5 minutes: too long by 2.5 minutes for the 20 minutes agreed.',
    );
    expect(summary(8, 15)).toBe(
      '8 questions, about 20 minutes: too long by 5 minutes for the 15 minutes agreed.',
    );
    expect(timeFitSummary({ questionCount: 2, estimatedMinutes: 5, availableMinutes: 4 })).toBe(
      '2 questions, about 5 minutes: too long by 1 minute for the 4 minutes agreed.',
    );
  });
});
