import { isStaff, type Role } from '../account/account.js';
import { fail, ok, type Result } from '../result.js';
import { requiredText } from '../text.js';

/**
 * What a coach comments on: the question list the seeker prepared, or the
 * notes they took in the meeting.
 */
export const COACH_COMMENT_TARGETS = ['QUESTION_LIST', 'NOTES'] as const;
export type CoachCommentTarget = (typeof COACH_COMMENT_TARGETS)[number];

export const COACH_COMMENT_LIMITS = { body: 2000 } as const;

export type CoachCommentErrorCode =
  | 'COACHING.INVALID_COMMENT'
  | 'COACHING.INVALID_TARGET'
  | 'COACHING.NOT_STAFF'
  | 'COACHING.NOT_AUTHOR';

export interface CoachComment {
  id: string;
  meetingId: string;
  target: CoachCommentTarget;
  body: string;
  authorId: string;
  createdAt: Date;
  updatedAt: Date;
}

interface Author {
  id: string;
  role: Role;
}

/** The comment as typed, trimmed and checked; the staff form calls it as they type. */
export function checkCoachComment(body: string): Result<string, 'COACHING.INVALID_COMMENT'> {
  return requiredText(body, {
    field: 'body',
    label: 'The comment',
    max: COACH_COMMENT_LIMITS.body,
    code: 'COACHING.INVALID_COMMENT',
  });
}

function onlyStaff(author: Author): Result<true, 'COACHING.NOT_STAFF'> {
  return isStaff(author.role)
    ? ok(true)
    : fail('COACHING.NOT_STAFF', 'Only agency staff comment on a seeker’s meeting.');
}

/** A coach reviews a seeker's meeting: one comment on its question list or its notes. */
export function writeCoachComment(input: {
  id: string;
  meetingId: string;
  target: string;
  body: string;
  author: Author;
  now: Date;
}): Result<CoachComment, CoachCommentErrorCode> {
  const staff = onlyStaff(input.author);
  if (!staff.ok) return staff;
  const target = COACH_COMMENT_TARGETS.find((t) => t === input.target);
  if (!target) {
    return fail('COACHING.INVALID_TARGET', 'Comment on the question list or on the notes.', {
      field: 'target',
    });
  }
  const body = checkCoachComment(input.body);
  if (!body.ok) return body;
  return ok({
    id: input.id,
    meetingId: input.meetingId,
    target,
    body: body.value,
    authorId: input.author.id,
    createdAt: input.now,
    updatedAt: input.now,
  });
}

/** Whether this person may change or remove the comment: its author, and nobody else. */
export function mayChangeCoachComment(
  comment: Pick<CoachComment, 'authorId'>,
  editor: Author,
): Result<true, 'COACHING.NOT_STAFF' | 'COACHING.NOT_AUTHOR'> {
  const staff = onlyStaff(editor);
  if (!staff.ok) return staff;
  if (comment.authorId !== editor.id) {
    return fail(
      'COACHING.NOT_AUTHOR',
      'Only the coach who wrote a comment can change or remove it; add a comment of your own instead.',
    );
  }
  return ok(true);
}

/** The author rewrites their comment; the first time is kept, the change time recorded. */
export function editCoachComment(
  comment: CoachComment,
  editor: Author,
  body: string,
  now: Date,
): Result<CoachComment, CoachCommentErrorCode> {
  const allowed = mayChangeCoachComment(comment, editor);
  if (!allowed.ok) return allowed;
  const checked = checkCoachComment(body);
  if (!checked.ok) return checked;
  return ok({ ...comment, body: checked.value, updatedAt: now });
}
