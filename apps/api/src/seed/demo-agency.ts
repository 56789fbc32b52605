import { randomUUID } from 'node:crypto';
import { changeHiringStatus, DAY_MS } from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { CoachCommentEntity } from '../coach-comment/coach-comment.entity.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ExpertQuestionEntity } from '../expert-question/expert-question.entity.js';
import { HiringAlertService } from '../hiring-alert/hiring-alert.service.js';

/** What the agency side of the demo points at, from the rows seeded before it. */
export interface DemoAgencyRefs {
  user: (email: string) => string;
  /** The demo meeting with this contact (Jordan's). */
  meeting: (contactName: string) => string;
  /** The company the contact works for. */
  companyOf: (contactName: string) => string;
}

/**
 * Hiring alerts, questions to the experts and coach comments: Copperline
 * Software, where Jordan met Sam Rivera two days ago, turned to HIRING
 * yesterday (the alert goes through the same service as a staff change);
 * Jordan's question about that meeting has an answer, Riley's waits in the
 * inbox; Sam Staff has commented on the question list of tomorrow's meeting
 * and on the notes of the one that took place.
 */
export async function seedDemoAgency(
  manager: EntityManager,
  dataSource: DataSource,
  now: Date,
  refs: DemoAgencyRefs,
): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const staffId = refs.user('staff@rapport.test');
  const jordanId = refs.user('jordan@rapport.test');

  const copperline = await manager
    .getRepository(CompanyEntity)
    .findOneByOrFail({ id: refs.companyOf('Sam Rivera') });
  const change = changeHiringStatus(
    { status: copperline.hiringStatus, changedAt: ago(30) },
    'HIRING',
    ago(1),
  );
  await manager
    .getRepository(CompanyEntity)
    .update(
      { id: copperline.id },
      { hiringStatus: change.status, hiringStatusChangedAt: change.changedAt },
    );
  await new HiringAlertService(dataSource).alertPastInterviewees(manager, copperline, change);

  await manager.getRepository(ExpertQuestionEntity).insert([
    {
      id: randomUUID(),
      ownerId: jordanId,
      meetingId: refs.meeting('Sam Rivera'),
      question:
        'Sam gave me two names at the end of our call. Should I mention Sam when I phone them, or is that too forward?',
      status: 'ANSWERED',
      askedAt: ago(1.5),
      answer:
        'Mention Sam in your first sentence: "Sam Rivera suggested I call you." A name they know is what gets you the meeting, and Sam offered it. Then ask for the same brief 15 to 20 minutes you asked Sam for.',
      answeredById: staffId,
      answeredAt: ago(1),
    },
    {
      id: randomUUID(),
      ownerId: refs.user('riley@rapport.test'),
      meetingId: null,
      question:
        'A manager said she is not hiring at all this year. Is it still worth asking her for a meeting?',
      status: 'OPEN',
      askedAt: ago(0.2),
      answer: null,
      answeredById: null,
      answeredAt: null,
    },
  ]);

  await manager.getRepository(CoachCommentEntity).insert([
    {
      id: randomUUID(),
      meetingId: refs.meeting('Marcus Lee'),
      ownerId: jordanId,
      target: 'QUESTION_LIST',
      body: 'Good start. Add one question about how Marcus got into logistics: people enjoy telling that story, and it keeps the 20 minutes friendly.',
      authorId: staffId,
      createdAt: ago(0.5),
      updatedAt: ago(0.5),
    },
    {
      id: randomUUID(),
      meetingId: refs.meeting('Sam Rivera'),
      ownerId: jordanId,
      target: 'NOTES',
      body: 'Clear notes. Next to each person Sam mentioned, write how to reach them, then call this week while the conversation is fresh.',
      authorId: staffId,
      createdAt: ago(1),
      updatedAt: ago(1),
    },
  ]);
}
