import { randomUUID } from 'node:crypto';
import {
  answerExpertQuestion,
  askTheExperts,
  type ExpertQuestion,
  type ExpertQuestionStatus,
} from '@rapport/domain';
import type { DataSource } from 'typeorm';
import { isAgency, seekerIdOf, type Actor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, orThrow } from '../common/errors.js';
import { onlyReadable, readable, type OwnershipRule } from '../common/ownership.js';
import { keysetPage, type Connection, type PageArgs, type SortKey } from '../common/paging.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import { ExpertQuestionEntity } from './expert-question.entity.js';

/** A seeker's questions: theirs to read; staff read them all (and answer through the inbox). */
export const SEEKER_EXPERT_QUESTION: OwnershipRule = { what: 'That question', staff: 'read' };

type Sort = readonly SortKey<ExpertQuestionEntity>[];

const NEWEST_FIRST: Sort = [
  { column: 'q.asked_at', value: (r) => r.askedAt, direction: 'DESC' },
  { column: 'q.id', value: (r) => r.id, direction: 'DESC' },
];

/** The inbox: whoever has waited longest comes first. */
const LONGEST_WAITING_FIRST: Sort = [
  { column: 'q.asked_at', value: (r) => r.askedAt },
  { column: 'q.id', value: (r) => r.id },
];

const LATEST_ANSWER_FIRST: Sort = [
  { column: 'q.answered_at', value: (r) => r.answeredAt!, direction: 'DESC' },
  { column: 'q.id', value: (r) => r.id, direction: 'DESC' },
];

function toDomain(row: ExpertQuestionEntity): ExpertQuestion {
  return {
    id: row.id,
    seekerId: row.ownerId,
    meetingId: row.meetingId,
    question: row.question,
    status: row.status,
    askedAt: row.askedAt,
    answer: row.answer,
    answeredById: row.answeredById,
    answeredAt: row.answeredAt,
  };
}

export interface AskTheExpertsInput {
  question: string;
  /** The database id of the seeker's meeting it is about, if any. */
  meetingId?: string | null;
}

export class ExpertQuestionService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A seeker sends a question, optionally about one of their meetings. The
   * seeker's open questions are counted under a lock on the seeker, so two
   * sends at once cannot both slip under the limit.
   */
  async ask(actor: Actor, input: AskTheExpertsInput, now: Date): Promise<ExpertQuestionEntity> {
    const seekerId = seekerIdOf(actor);
    if (seekerId === null) throw new ForbiddenError('Only job seekers ask the experts.');
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        if (input.meetingId) {
          readable(
            actor,
            await manager.getRepository(MeetingEntity).findOneBy({ id: input.meetingId }),
            SEEKER_MEETING,
          );
        }
        const repo = manager.getRepository(ExpertQuestionEntity);
        const openQuestions = await repo.countBy({ ownerId: seekerId, status: 'OPEN' });
        const question = orThrow(
          askTheExperts({
            id: randomUUID(),
            seekerId,
            question: input.question,
            meetingId: input.meetingId ?? null,
            openQuestions,
            now,
          }),
        );
        await repo.insert({
          id: question.id,
          ownerId: question.seekerId,
          meetingId: question.meetingId,
          question: question.question,
          status: question.status,
          askedAt: question.askedAt,
          answer: null,
          answeredById: null,
          answeredAt: null,
        });
        return repo.findOneByOrFail({ id: question.id });
      },
      [`experts:${seekerId}`],
    );
  }

  /** The seeker's own questions (or, for staff, the named seeker's), newest first. */
  list(
    actor: Actor,
    page: PageArgs & { seekerId?: string | null },
  ): Promise<Connection<ExpertQuestionEntity>> {
    const q = onlyReadable(
      this.dataSource.getRepository(ExpertQuestionEntity).createQueryBuilder('q'),
      actor,
      'q.owner_id',
      SEEKER_EXPERT_QUESTION,
    );
    if (page.seekerId) q.andWhere('q.owner_id = :seekerId', { seekerId: page.seekerId });
    else if (seekerIdOf(actor) === null) {
      throw new ForbiddenError('Name the seeker whose questions to list.');
    }
    return keysetPage(q, page, NEWEST_FIRST);
  }

  /** Staff's inbox: open questions longest waiting first, or answered ones latest answer first. */
  inbox(
    actor: Actor,
    page: PageArgs & { status: ExpertQuestionStatus },
  ): Promise<Connection<ExpertQuestionEntity>> {
    if (!isAgency(actor)) throw new ForbiddenError();
    const q = this.dataSource
      .getRepository(ExpertQuestionEntity)
      .createQueryBuilder('q')
      .where('q.status = :status', { status: page.status });
    return keysetPage(
      q,
      page,
      page.status === 'OPEN' ? LONGEST_WAITING_FIRST : LATEST_ANSWER_FIRST,
    );
  }

  /** How many questions wait for an answer: one indexed COUNT, for the navigation. */
  unansweredCount(actor: Actor): Promise<number> {
    if (!isAgency(actor)) throw new ForbiddenError();
    return this.dataSource.getRepository(ExpertQuestionEntity).countBy({ status: 'OPEN' });
  }

  async get(actor: Actor, id: string): Promise<ExpertQuestionEntity> {
    return readable(
      actor,
      await this.dataSource.getRepository(ExpertQuestionEntity).findOneBy({ id }),
      SEEKER_EXPERT_QUESTION,
    );
  }

  /** Staff answer an open question, once (the domain's transitions). */
  async answer(actor: Actor, id: string, answer: string, now: Date): Promise<ExpertQuestionEntity> {
    if (actor.kind !== 'user' || !isAgency(actor)) {
      throw new ForbiddenError('Only agency staff answer questions.');
    }
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const repo = manager.getRepository(ExpertQuestionEntity);
        const row = await repo.findOneBy({ id });
        if (!row) throw new NotFoundError('That question');
        const answered = orThrow(
          answerExpertQuestion({
            question: toDomain(row),
            staff: { id: actor.id, role: actor.role },
            answer,
            now,
          }),
        );
        await repo.update(
          { id },
          {
            status: answered.status,
            answer: answered.answer,
            answeredById: answered.answeredById,
            answeredAt: answered.answeredAt,
          },
        );
        return repo.findOneByOrFail({ id });
      },
      [`expert-question:${id}`],
    );
  }
}
