import { randomUUID } from 'node:crypto';
import type { MeetingStatus } from '@rapport/domain';
import { MeetingEntity } from '../../src/meeting/meeting.entity.js';
import { insertAsk, insertContact } from './contacts.js';
import type { TestApp } from './test-app.js';

/**
 * A seeker's meeting with a new person, written straight to the tables: the
 * contact (at `companyId` when given), the accepted ask and the meeting.
 * Returns the database ids.
 */
export async function insertMeetingWith(
  app: TestApp,
  fields: {
    seekerId: string;
    fullName?: string;
    companyId?: string | null;
    status?: MeetingStatus;
    startsAt: Date;
    timeZone?: string;
    /** An agency contact (staff see it) instead of the seeker's private one. */
    agencyContact?: boolean;
  },
): Promise<{ meetingId: string; contactId: string; askId: string }> {
  const contactId = await insertContact(app, {
    fullName: fields.fullName ?? `Person ${randomUUID().slice(0, 6)}`,
    ownerId: fields.agencyContact ? null : fields.seekerId,
    companyId: fields.companyId ?? null,
  });
  const askId = await insertAsk(app, {
    ownerId: fields.seekerId,
    contactId,
    askedAt: new Date(fields.startsAt.getTime() - 7 * 86_400_000),
    status: 'ACCEPTED',
  });
  const meetingId = randomUUID();
  const status = fields.status ?? 'COMPLETED';
  await app.dataSource.getRepository(MeetingEntity).insert({
    id: meetingId,
    ownerId: fields.seekerId,
    askId,
    contactId,
    status,
    startsAt: fields.startsAt,
    durationMinutes: 20,
    timeZone: fields.timeZone ?? 'UTC',
    locationKind: 'OFFICE',
    locationDetails: null,
    statusChangedAt: fields.startsAt,
    endedAt: status === 'COMPLETED' ? new Date(fields.startsAt.getTime() + 20 * 60_000) : null,
    createdAt: fields.startsAt,
  });
  return { meetingId, contactId, askId };
}
