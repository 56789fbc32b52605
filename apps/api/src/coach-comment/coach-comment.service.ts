import { randomUUID } from 'node:crypto';
import {
  editCoachComment,
  mayChangeCoachComment,
  writeCoachComment,
  type CoachComment,
} from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { isAgency, type Actor, type UserActor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, orThrow } from '../common/errors.js';
import { readable } from '../common/ownership.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import { CoachCommentEntity } from './coach-comment.entity.js';

export interface AddCoachCommentInput {
  /** The database id of the meeting. */
  meetingId: string;
  target: string;
  body: string;
}

function staffOnly(actor: Actor): UserActor {
  if (actor.kind !== 'user' || !isAgency(actor)) {
    throw new ForbiddenError('Only agency staff comment on a seeker’s meeting.');
  }
  return actor;
}

function toDomain(row: CoachCommentEntity): CoachComment {
  return {
    id: row.id,
    meetingId: row.meetingId,
    target: row.target,
    body: row.body,
    // A comment whose author is gone can no longer be changed by anyone.
    authorId: row.authorId ?? '',
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/**
 * Coach review: staff comment on a meeting's question list and notes; the
 * seeker reads them on their meeting (Meeting.coachComments). Each coach
 * edits and removes only their own.
 */
export class CoachCommentService {
  constructor(private readonly dataSource: DataSource) {}

  async add(actor: Actor, input: AddCoachCommentInput, now: Date): Promise<CoachCommentEntity> {
    const staff = staffOnly(actor);
    return writeTransaction(this.dataSource, async (manager) => {
      const meeting = readable(
        actor,
        await manager.getRepository(MeetingEntity).findOneBy({ id: input.meetingId }),
        SEEKER_MEETING,
      );
      const comment = orThrow(
        writeCoachComment({
          id: randomUUID(),
          meetingId: meeting.id,
          target: input.target,
          body: input.body,
          author: { id: staff.id, role: staff.role },
          now,
        }),
      );
      const repo = manager.getRepository(CoachCommentEntity);
      await repo.insert({ ...comment, ownerId: meeting.ownerId });
      return repo.findOneByOrFail({ id: comment.id });
    });
  }

  async edit(actor: Actor, id: string, body: string, now: Date): Promise<CoachCommentEntity> {
    const staff = staffOnly(actor);
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(CoachCommentEntity);
      const row = await repo.findOneBy({ id });
      if (!row) throw new NotFoundError('That comment');
      const edited = orThrow(
        editCoachComment(toDomain(row), { id: staff.id, role: staff.role }, body, now),
      );
      await repo.update({ id }, { body: edited.body, updatedAt: edited.updatedAt });
      return repo.findOneByOrFail({ id });
    });
  }

  /** Removes the author's own comment; returns its database id. */
  async remove(actor: Actor, id: string): Promise<string> {
    const staff = staffOnly(actor);
    return writeTransaction(this.dataSource, async (manager) => {
      const repo = manager.getRepository(CoachCommentEntity);
      const row = await repo.findOneBy({ id });
      if (!row) throw new NotFoundError('That comment');
      orThrow(mayChangeCoachComment(toDomain(row), { id: staff.id, role: staff.role }));
      await repo.delete({ id });
      return id;
    });
  }
}
