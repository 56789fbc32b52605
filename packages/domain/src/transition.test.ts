import { describe, expect, it } from 'vitest';
import {
  canTransition,
  checkTransition,
  isFinalStatus,
  type TransitionTable,
} from './transition.js';

describe('transition tables', () => {
  type S = 'A' | 'B' | 'C';
  const table: TransitionTable<S> = { A: ['B'], B: ['C'], C: [] };
  const wording = {
    noun: 'thing',
    state: { A: 'new', B: 'busy', C: 'done' },
    move: { A: 'restarted', B: 'started', C: 'finished' },
  };

  it('allows only listed moves', () => {
    expect(canTransition(table, 'A', 'B')).toBe(true);
    expect(canTransition(table, 'A', 'C')).toBe(false);
    expect(checkTransition(table, 'B', 'C', 'T.ILLEGAL', wording)).toEqual({
      ok: true,
      value: 'C',
    });
  });

  it('explains a refused move with from, to and what is allowed', () => {
    expect(checkTransition(table, 'A', 'C', 'T.ILLEGAL', wording)).toEqual({
      ok: false,
      error: {
        code: 'T.ILLEGAL',
        message: 'This thing is new, so it can no longer be finished.',
        details: { from: 'A', to: 'C', allowed: ['B'] },
      },
    });
    expect(checkTransition(table, 'C', 'C', 'T.ILLEGAL', wording)).toMatchObject({
      error: { message: 'This thing is already done.' },
    });
  });

  it('knows final statuses', () => {
    expect(isFinalStatus(table, 'C')).toBe(true);
    expect(isFinalStatus(table, 'A')).toBe(false);
  });
});
