import { randomUUID } from 'node:crypto';
import {
  canAddToBank,
  canAddToQuestionList,
  canChangePreparation,
  checklistProgress,
  planQuestions,
  preparationChecklist,
  QUESTION_CATEGORIES,
  reorderedIds,
  timeFitSummary,
  validateQuestion,
  type AgencySettings,
  type ChecklistItem,
  type QuestionCategory,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { isAgency, type Actor } from '../common/actor.js';
import { ForbiddenError, NotFoundError, orThrow } from '../common/errors.js';
import { toGlobalId } from '../common/global-id.js';
import { writable, type OwnershipRule } from '../common/ownership.js';
import { writeTransaction } from '../common/transaction.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { SEEKER_MEETING } from '../meeting/meeting.service.js';
import {
  BankQuestionEntity,
  ChecklistTickEntity,
  MeetingQuestionEntity,
} from './preparation.entity.js';
import type {
  CategoryCoverageType,
  PreparationChecklistType,
  QuestionPlanType,
} from './preparation.type.js';

/** A question on a meeting's list is the meeting's seeker's; staff read it to coach. */
export const SEEKER_MEETING_QUESTION: OwnershipRule = { what: 'That question', staff: 'read' };

/**
 * What other concepts get from a meeting's list (meeting mode starts its
 * notes from it): the database id of each question, its words and its
 * category, in the order to ask them.
 */
export interface PreparedQuestion {
  id: string;
  text: string;
  category: QuestionCategory;
}

export interface QuestionDraft {
  category: string;
  text: string;
}

const BANK_LOCK = 'question-bank';
const listLock = (meetingId: string) => `meeting-preparation:${meetingId}`;
const categoryOrder = (category: QuestionCategory) => QUESTION_CATEGORIES.indexOf(category);

/** The categories in the usual order; within one, the staff's order. */
function inBankOrder(rows: BankQuestionEntity[]): BankQuestionEntity[] {
  return [...rows].sort(
    (a, b) =>
      categoryOrder(a.category) - categoryOrder(b.category) ||
      a.position - b.position ||
      (a.id < b.id ? -1 : 1),
  );
}

/** A meeting's list read the way a coach reads it, for the `questionPlan` field. */
export function questionPlanOf(
  meeting: Pick<MeetingEntity, 'durationMinutes'>,
  questions: MeetingQuestionEntity[],
  settings: AgencySettings,
): QuestionPlanType {
  const plan = planQuestions({
    questions: questions.map(({ id, category, text }) => ({ id, category, text })),
    durationMinutes: meeting.durationMinutes,
    settings,
  });
  const coverage: CategoryCoverageType[] = QUESTION_CATEGORIES.map((category) => ({
    category,
    questionCount: plan.countsByCategory[category],
    covered: plan.countsByCategory[category] > 0,
  }));
  return {
    questions,
    questionCount: plan.questionCount,
    coverage,
    missingCategories: plan.missingCategories,
    coversTheBases: plan.coversTheBases,
    estimatedMinutes: plan.estimatedMinutes,
    availableMinutes: plan.availableMinutes,
    fitsTheTime: plan.fitsTheTime,
    minutesOver: Math.max(0, plan.estimatedMinutes - plan.availableMinutes),
    maxQuestions: plan.maxQuestions,
    minutesPerQuestion: settings.preparation.minutesPerQuestion,
    timeFit: timeFitSummary(plan),
    duplicateQuestionIds: plan.duplicateQuestionIds.map((id) => toGlobalId('MeetingQuestion', id)),
    hints: plan.hints,
  };
}

/** The checklist for the meeting's place, with the seeker's ticks. */
export function checklistOf(
  meeting: Pick<MeetingEntity, 'locationKind'>,
  ticks: readonly ChecklistTickEntity[],
): PreparationChecklistType {
  const tickedAt = new Map(ticks.map((tick) => [tick.item, tick.tickedAt]));
  const progress = checklistProgress([...tickedAt.keys()]);
  return {
    entries: preparationChecklist(meeting.locationKind).map((entry) => ({
      ...entry,
      ticked: tickedAt.has(entry.item),
      tickedAt: tickedAt.get(entry.item) ?? null,
    })),
    done: progress.done,
    remaining: progress.remaining,
    complete: progress.complete,
  };
}

/**
 * The agency's question bank (staff curate it, seekers read what is in use)
 * and each meeting's preparation: its question list and checklist, written
 * by the meeting's seeker through the meeting's ownership rule.
 */
export class PreparationService {
  constructor(private readonly dataSource: DataSource) {}

  // ── The bank ──────────────────────────────────────────────────────────

  /** Questions in use (and, for staff who ask, retired ones), categories in the usual order. */
  async bank(
    actor: Actor,
    filter: { category?: QuestionCategory | null; includeRetired?: boolean },
  ): Promise<BankQuestionEntity[]> {
    if (filter.includeRetired && !isAgency(actor)) {
      throw new ForbiddenError('Only agency staff see retired questions.');
    }
    const query = this.dataSource.getRepository(BankQuestionEntity).createQueryBuilder('b');
    if (filter.category) query.andWhere('b.category = :category', { category: filter.category });
    if (!filter.includeRetired) query.andWhere('b.retired_at IS NULL');
    return inBankOrder(await query.getMany());
  }

  /** A change to the bank: staff only, one writer at a time. */
  private curate<T>(actor: Actor, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (!isAgency(actor)) throw new ForbiddenError('Only agency staff curate the question bank.');
    return writeTransaction(this.dataSource, work, [BANK_LOCK]);
  }

  private async bankRow(manager: EntityManager, id: string): Promise<BankQuestionEntity> {
    const row = await manager.getRepository(BankQuestionEntity).findOneBy({ id });
    if (!row) throw new NotFoundError('That question');
    return row;
  }

  /** A change to one bank question; answers with the question as it now is. */
  private onBankQuestion(
    actor: Actor,
    id: string,
    change: (manager: EntityManager, row: BankQuestionEntity) => Promise<void>,
  ): Promise<BankQuestionEntity> {
    return this.curate(actor, async (manager) => {
      await change(manager, await this.bankRow(manager, id));
      return this.bankRow(manager, id);
    });
  }

  /** Where a question joining a category goes: after every question already there. */
  private async endOf(manager: EntityManager, category: QuestionCategory): Promise<number> {
    const { last } = (await manager
      .getRepository(BankQuestionEntity)
      .createQueryBuilder('b')
      .select('MAX(b.position)', 'last')
      .where('b.category = :category', { category })
      .getRawOne<{ last: number | string | null }>()) ?? { last: null };
    return Number(last ?? 0) + 1;
  }

  private async roomIn(manager: EntityManager, category: QuestionCategory): Promise<void> {
    const inUse = await manager
      .getRepository(BankQuestionEntity)
      .createQueryBuilder('b')
      .where('b.category = :category AND b.retired_at IS NULL', { category })
      .getCount();
    orThrow(canAddToBank(inUse));
  }

  /** Adds a question at the end of its category. */
  async createBankQuestion(
    actor: Actor,
    draft: QuestionDraft,
    now: Date,
  ): Promise<BankQuestionEntity> {
    const question = orThrow(validateQuestion(draft));
    return this.curate(actor, async (manager) => {
      await this.roomIn(manager, question.category);
      const id = randomUUID();
      await manager.insert(BankQuestionEntity, {
        id,
        ...question,
        position: await this.endOf(manager, question.category),
        retiredAt: null,
        createdAt: now,
      });
      return this.bankRow(manager, id);
    });
  }

  /** New words or a new category (the question then goes to the end of that category). */
  updateBankQuestion(actor: Actor, id: string, draft: QuestionDraft): Promise<BankQuestionEntity> {
    const question = orThrow(validateQuestion(draft));
    return this.onBankQuestion(actor, id, async (manager, row) => {
      const moving = row.category !== question.category;
      if (moving && row.retiredAt === null) await this.roomIn(manager, question.category);
      await manager.update(
        BankQuestionEntity,
        { id },
        {
          ...question,
          ...(moving ? { position: await this.endOf(manager, question.category) } : {}),
        },
      );
    });
  }

  /**
   * A new order for the questions in use in one category: `ids` names each
   * of them once (PREPARATION.INVALID_ORDER otherwise). Retired questions
   * keep their order after them. Returns the whole category.
   */
  reorderBankQuestions(
    actor: Actor,
    category: QuestionCategory,
    ids: readonly string[],
  ): Promise<BankQuestionEntity[]> {
    return this.curate(actor, async (manager) => {
      const repo = manager.getRepository(BankQuestionEntity);
      const rows = inBankOrder(await repo.findBy({ category }));
      const inUse = rows.filter((row) => row.retiredAt === null).map((row) => row.id);
      const order = orThrow(reorderedIds(inUse, ids));
      const retired = rows.filter((row) => row.retiredAt !== null).map((row) => row.id);
      await this.renumber(manager, BankQuestionEntity, rows, [...order, ...retired]);
      return inBankOrder(await repo.findBy({ category }));
    });
  }

  /** No longer offered to seekers; lists that took it keep their copy. Retiring twice changes nothing. */
  retireBankQuestion(actor: Actor, id: string, now: Date): Promise<BankQuestionEntity> {
    return this.onBankQuestion(actor, id, async (manager, row) => {
      if (row.retiredAt === null) {
        await manager.update(BankQuestionEntity, { id }, { retiredAt: now });
      }
    });
  }

  /** Offered again, at the end of its category (if the category has room). */
  restoreBankQuestion(actor: Actor, id: string): Promise<BankQuestionEntity> {
    return this.onBankQuestion(actor, id, async (manager, row) => {
      if (row.retiredAt === null) return;
      await this.roomIn(manager, row.category);
      await manager.update(
        BankQuestionEntity,
        { id },
        { retiredAt: null, position: await this.endOf(manager, row.category) },
      );
    });
  }

  // ── A meeting's question list ────────────────────────────────────────

  /**
   * A meeting's questions in the order to ask them, for other concepts
   * (meeting mode starts its notes from these). No ownership check: the
   * caller has already read the meeting through its own rule. Pass the
   * caller's transaction manager to read inside it.
   */
  async questionsFor(
    meetingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PreparedQuestion[]> {
    const rows = await this.listOf(manager, meetingId);
    return rows.map(({ id, text, category }) => ({ id, text, category }));
  }

  private listOf(manager: EntityManager, meetingId: string): Promise<MeetingQuestionEntity[]> {
    return manager
      .getRepository(MeetingQuestionEntity)
      .createQueryBuilder('q')
      .where('q.meeting_id = :meetingId', { meetingId })
      .orderBy('q.position', 'ASC')
      .addOrderBy('q.id', 'ASC')
      .getMany();
  }

  /** The meeting, if the actor may prepare it and it is still to be held. */
  private async meetingToPrepare(
    manager: EntityManager,
    actor: Actor,
    meetingId: string,
    rule: OwnershipRule = SEEKER_MEETING,
  ): Promise<MeetingEntity> {
    const meeting = writable(
      actor,
      await manager.getRepository(MeetingEntity).findOneBy({ id: meetingId }),
      rule,
    );
    orThrow(canChangePreparation(meeting.status));
    return meeting;
  }

  /** Writes positions 1..n in the given order, touching only rows that moved. */
  private async renumber(
    manager: EntityManager,
    entity: typeof BankQuestionEntity | typeof MeetingQuestionEntity,
    rows: readonly { id: string; position: number }[],
    order: readonly string[],
  ): Promise<void> {
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const [index, id] of order.entries()) {
      if (byId.get(id)?.position === index + 1) continue;
      await manager.update(entity, { id }, { position: index + 1 });
    }
  }

  private async append(
    actor: Actor,
    meetingId: string,
    question: (manager: EntityManager) => Promise<{
      category: QuestionCategory;
      text: string;
      bankQuestionId: string | null;
    }>,
    now: Date,
  ): Promise<MeetingEntity> {
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const meeting = await this.meetingToPrepare(manager, actor, meetingId);
        const adding = await question(manager);
        const list = await this.listOf(manager, meetingId);
        orThrow(canAddToQuestionList(list, adding.bankQuestionId));
        await manager.insert(MeetingQuestionEntity, {
          id: randomUUID(),
          meetingId,
          position: list.length + 1,
          ...adding,
          createdAt: now,
        });
        return meeting;
      },
      [listLock(meetingId)],
    );
  }

  /** Copies a bank question (in use) to the end of the list, once. */
  addBankQuestion(
    actor: Actor,
    meetingId: string,
    bankQuestionId: string,
    now: Date,
  ): Promise<MeetingEntity> {
    return this.append(
      actor,
      meetingId,
      async (manager) => {
        const bank = await manager
          .getRepository(BankQuestionEntity)
          .findOneBy({ id: bankQuestionId });
        if (!bank || bank.retiredAt !== null) throw new NotFoundError('That bank question');
        return { category: bank.category, text: bank.text, bankQuestionId: bank.id };
      },
      now,
    );
  }

  /** The seeker's own question, at the end of the list. */
  addOwnQuestion(
    actor: Actor,
    meetingId: string,
    draft: QuestionDraft,
    now: Date,
  ): Promise<MeetingEntity> {
    const question = orThrow(validateQuestion(draft));
    return this.append(
      actor,
      meetingId,
      () => Promise.resolve({ ...question, bankQuestionId: null }),
      now,
    );
  }

  /** Runs `work` on one question of a list, with the list locked and its meeting checked. */
  private async onQuestion(
    actor: Actor,
    questionId: string,
    work: (manager: EntityManager, question: MeetingQuestionEntity) => Promise<void>,
  ): Promise<MeetingEntity> {
    const found = await this.dataSource
      .getRepository(MeetingQuestionEntity)
      .findOneBy({ id: questionId });
    if (!found) throw new NotFoundError(SEEKER_MEETING_QUESTION.what);
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const question = await manager
          .getRepository(MeetingQuestionEntity)
          .findOneBy({ id: questionId });
        if (!question) throw new NotFoundError(SEEKER_MEETING_QUESTION.what);
        const meeting = await this.meetingToPrepare(
          manager,
          actor,
          question.meetingId,
          SEEKER_MEETING_QUESTION,
        );
        await work(manager, question);
        return meeting;
      },
      [listLock(found.meetingId)],
    );
  }

  /** New words or category for one question; its place stays. */
  updateQuestion(actor: Actor, questionId: string, draft: QuestionDraft): Promise<MeetingEntity> {
    const question = orThrow(validateQuestion(draft));
    return this.onQuestion(actor, questionId, async (manager) => {
      await manager.update(MeetingQuestionEntity, { id: questionId }, question);
    });
  }

  /** Takes a question off the list; the ones after it move up. */
  removeQuestion(actor: Actor, questionId: string): Promise<MeetingEntity> {
    return this.onQuestion(actor, questionId, async (manager, question) => {
      await manager.delete(MeetingQuestionEntity, { id: questionId });
      const rest = await this.listOf(manager, question.meetingId);
      await this.renumber(
        manager,
        MeetingQuestionEntity,
        rest,
        rest.map((row) => row.id),
      );
    });
  }

  /** A new order for the whole list: `ids` names every question on it once. */
  reorderQuestions(
    actor: Actor,
    meetingId: string,
    ids: readonly string[],
  ): Promise<MeetingEntity> {
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const meeting = await this.meetingToPrepare(manager, actor, meetingId);
        const list = await this.listOf(manager, meetingId);
        const order = orThrow(
          reorderedIds(
            list.map((row) => row.id),
            ids,
          ),
        );
        await this.renumber(manager, MeetingQuestionEntity, list, order);
        return meeting;
      },
      [listLock(meetingId)],
    );
  }

  /** Ticks or unticks one checklist item; doing it twice changes nothing. */
  setChecklistItem(
    actor: Actor,
    meetingId: string,
    item: ChecklistItem,
    ticked: boolean,
    now: Date,
  ): Promise<MeetingEntity> {
    return writeTransaction(
      this.dataSource,
      async (manager) => {
        const meeting = await this.meetingToPrepare(manager, actor, meetingId);
        const repo = manager.getRepository(ChecklistTickEntity);
        const existing = await repo.findOneBy({ meetingId, item });
        if (ticked && !existing) await repo.insert({ meetingId, item, tickedAt: now });
        if (!ticked && existing) await repo.delete({ meetingId, item });
        return meeting;
      },
      [listLock(meetingId)],
    );
  }
}
