import { randomUUID } from 'node:crypto';
import type { MeetingStatus } from '@rapport/domain';
import { MeetingEntity } from '../../src/meeting/meeting.entity.js';
import { insertAsk, insertContact } from './contacts.js';
import type { TestApp } from './test-app.js';

/**
 * A meeting written straight to the table (a started or past meeting cannot
 * be booked through the API, which only books the future), on an accepted
 * ask of a new contact unless one is given.
 */
export async function insertMeeting(
  app: TestApp,
  fields: {
    ownerId: string;
    startsAt: Date;
    contactId?: string;
    status?: MeetingStatus;
    durationMinutes?: number;
    timeZone?: string;
    endedAt?: Date | null;
  },
): Promise<{ meetingId: string; contactId: string; askId: string }> {
  const contactId =
    fields.contactId ??
    (await insertContact(app, { fullName: `Morgan ${randomUUID().slice(0, 6)}` }));
  const askId = await insertAsk(app, {
    ownerId: fields.ownerId,
    contactId,
    askedAt: new Date(fields.startsAt.getTime() - 7 * 86_400_000),
    status: 'ACCEPTED',
  });
  const meetingId = randomUUID();
  await app.dataSource.getRepository(MeetingEntity).insert({
    id: meetingId,
    ownerId: fields.ownerId,
    askId,
    contactId,
    status: fields.status ?? 'SCHEDULED',
    startsAt: fields.startsAt,
    durationMinutes: fields.durationMinutes ?? 20,
    timeZone: fields.timeZone ?? 'America/New_York',
    locationKind: 'OFFICE',
    locationDetails: null,
    statusChangedAt: fields.startsAt,
    endedAt: fields.endedAt ?? null,
    createdAt: fields.startsAt,
  });
  return { meetingId, contactId, askId };
}
