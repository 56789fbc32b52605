import { randomUUID } from 'node:crypto';
import type { ChecklistItem, QuestionCategory } from '@rapport/domain';
import type { EntityManager } from 'typeorm';
import {
  BankQuestionEntity,
  ChecklistTickEntity,
  MeetingQuestionEntity,
} from '../preparation/preparation.entity.js';

/** A question from the bank (the first in use of its category) or in the seeker's own words. */
type DemoQuestion = { fromBank: QuestionCategory } | { category: QuestionCategory; text: string };

/**
 * Today's meeting is fully prepared (every category, the referral question
 * last, within the 20 minutes, most of the checklist ticked); tomorrow's is
 * half done, so the prepare page shows what is still missing.
 */
interface DemoPlan {
  questions: DemoQuestion[];
  ticked: ChecklistItem[];
}
const PLANS: Record<'today' | 'tomorrow', DemoPlan> = {
  today: {
    questions: [
      { fromBank: 'COMPANY' },
      {
        category: 'ROLE',
        text: 'How does your team decide which product ideas get built first?',
      },
      { fromBank: 'INDUSTRY' },
      { fromBank: 'CAREER_PATH' },
      { fromBank: 'ADVICE' },
      { fromBank: 'REFERRALS' },
    ],
    ticked: ['DRESS_PROFESSIONALLY', 'BRING_QUESTIONS', 'RESPECT_THEIR_TIME'],
  },
  tomorrow: {
    questions: [
      { fromBank: 'COMPANY' },
      { fromBank: 'ROLE' },
      {
        category: 'ADVICE',
        text: 'Which of my past projects would matter most to a team like yours?',
      },
    ],
    ticked: ['DRESS_PROFESSIONALLY'],
  },
};

/** Question lists and checklist ticks for Jordan's meetings today and tomorrow. */
export async function seedDemoPreparation(
  manager: EntityManager,
  meetings: { today: string; tomorrow: string },
  now: Date,
): Promise<void> {
  const bank = await manager
    .getRepository(BankQuestionEntity)
    .createQueryBuilder('b')
    .where('b.retired_at IS NULL')
    .orderBy('b.position', 'ASC')
    .getMany();
  const written = (question: DemoQuestion) => {
    if (!('fromBank' in question)) return { ...question, bankQuestionId: null };
    const found = bank.find((q) => q.category === question.fromBank);
    if (!found) throw new Error(`demo preparation: the bank has no ${question.fromBank} question`);
    return { category: found.category, text: found.text, bankQuestionId: found.id };
  };
  for (const [when, plan] of Object.entries(PLANS) as [keyof typeof PLANS, DemoPlan][]) {
    const meetingId = meetings[when];
    await manager.insert(
      MeetingQuestionEntity,
      plan.questions.map((question, index) => ({
        id: randomUUID(),
        meetingId,
        position: index + 1,
        ...written(question),
        createdAt: now,
      })),
    );
    await manager.insert(
      ChecklistTickEntity,
      plan.ticked.map((item) => ({ meetingId, item, tickedAt: now })),
    );
  }
}
