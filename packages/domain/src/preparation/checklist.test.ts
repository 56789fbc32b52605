import { describe, expect, it } from 'vitest';
import { checklistProgress, CHECKLIST_ITEMS, preparationChecklist } from './checklist.js';

describe('checklist', () => {
  it('has the five items from the advice', () => {
    expect(preparationChecklist().map((e) => e.item)).toEqual([
      'DRESS_PROFESSIONALLY',
      'ARRIVE_EARLY',
      'BRING_QUESTIONS',
      'RESPECT_THEIR_TIME',
      'BE_COURTEOUS',
    ]);
    expect(preparationChecklist('LUNCH')[1]?.label).toBe('Arrive a few minutes early.');
  });

  it('adapts "arrive early" to calls', () => {
    expect(preparationChecklist('VIDEO')[1]?.label).toMatch(/^Join the call/);
    expect(preparationChecklist('PHONE')[1]?.label).toMatch(/quiet/);
  });

  it('tracks progress', () => {
    expect(checklistProgress(['ARRIVE_EARLY', 'UNKNOWN'])).toEqual({
      done: ['ARRIVE_EARLY'],
      remaining: ['DRESS_PROFESSIONALLY', 'BRING_QUESTIONS', 'RESPECT_THEIR_TIME', 'BE_COURTEOUS'],
      complete: false,
    });
    expect(checklistProgress([...CHECKLIST_ITEMS]).complete).toBe(true);
  });
});
