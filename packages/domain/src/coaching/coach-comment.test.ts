import { describe, expect, it } from 'vitest';
import { daysAfter, expectOk, NOW } from '../test-support/fixtures.js';
import {
  COACH_COMMENT_LIMITS,
  editCoachComment,
  mayChangeCoachComment,
  writeCoachComment,
} from './coach-comment.js';

const coach = { id: 'coach', role: 'STAFF' as const };
const comment = () =>
  expectOk(
    writeCoachComment({
      id: 'c1',
      meetingId: 'm1',
      target: 'QUESTION_LIST',
      body: '  Add a question about the team.  ',
      author: coach,
      now: NOW,
    }),
  );

describe('coach comments', () => {
  it('records a staff comment on the question list or the notes, trimmed', () => {
    expect(comment()).toEqual({
      id: 'c1',
      meetingId: 'm1',
      target: 'QUESTION_LIST',
      body: 'Add a question about the team.',
      authorId: 'coach',
      createdAt: NOW,
      updatedAt: NOW,
    });
    expect(
      writeCoachComment({
        id: 'c2',
        meetingId: 'm1',
        target: 'NOTES',
        body: 'Good notes.',
        author: { id: 'boss', role: 'ADMIN' },
        now: NOW,
      }).ok,
    ).toBe(true);
  });

  it('refuses seekers, unknown targets, and empty or long comments, naming the field', () => {
    const base = { id: 'c', meetingId: 'm', target: 'NOTES', body: 'ok', author: coach, now: NOW };
    expect(writeCoachComment({ ...base, author: { id: 's', role: 'SEEKER' } })).toMatchObject({
      error: { code: 'COACHING.NOT_STAFF' },
    });
    expect(writeCoachComment({ ...base, target: 'AGENDA' })).toMatchObject({
      error: { code: 'COACHING.INVALID_TARGET', field: 'target' },
    });
    expect(writeCoachComment({ ...base, body: '   ' })).toMatchObject({
      error: { code: 'COACHING.INVALID_COMMENT', field: 'body' },
    });
    expect(
      writeCoachComment({ ...base, body: 'x'.repeat(COACH_COMMENT_LIMITS.body + 1) }),
    ).toMatchObject({ error: { code: 'COACHING.INVALID_COMMENT', details: { max: 2000 } } });
  });

  it('lets only its author edit it, keeping when it was first written', () => {
    const later = daysAfter(NOW, 1);
    expect(
      expectOk(editCoachComment(comment(), coach, 'Better: ask about the team.', later)),
    ).toMatchObject({ body: 'Better: ask about the team.', createdAt: NOW, updatedAt: later });
    expect(
      editCoachComment(comment(), { id: 'other', role: 'STAFF' }, 'Mine now', later),
    ).toMatchObject({ error: { code: 'COACHING.NOT_AUTHOR' } });
    expect(editCoachComment(comment(), coach, '', later)).toMatchObject({
      error: { code: 'COACHING.INVALID_COMMENT', field: 'body' },
    });
    expect(mayChangeCoachComment(comment(), { id: 'coach', role: 'SEEKER' })).toMatchObject({
      error: { code: 'COACHING.NOT_STAFF' },
    });
  });
});
