import { randomUUID } from 'node:crypto';
import {
  convertReferral,
  DAY_MS,
  DEFAULT_SETTINGS,
  planThankYouCard,
  recordReferral,
  validateContact,
  type Meeting,
} from '@rapport/domain';
import type { EntityManager } from 'typeorm';
import { AskEntity, AskStatusChangeEntity } from '../ask/ask.entity.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity } from '../contact/contact.entity.js';
import { contactColumns } from '../contact/contact.service.js';
import { MeetingEntity } from '../meeting/meeting.entity.js';
import { ConnectionEntity } from '../network/connection.entity.js';
import { ReferralEntity } from '../referral/referral.entity.js';
import { ThankYouCardEntity } from '../thank-you/thank-you-card.entity.js';

const ZONE = 'America/New_York';

/**
 * What comes after Jordan's meetings, written through the domain's own
 * rules: the completed meeting with Sam Rivera gets its MET link, two
 * referrals (one follow-up overdue, one done) and a thank-you card due; an
 * older lunch with Lucía Fernández has a card overdue; and a meeting with
 * Noah Patel ended a few minutes ago, waiting for its wrap-up.
 */
export async function seedDemoWrapUp(
  manager: EntityManager,
  now: Date,
  demo: { jordan: string; contact: (fullName: string) => { id: string; companyId: string } },
): Promise<void> {
  const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const sam = await manager.getRepository(MeetingEntity).findOneByOrFail({
    ownerId: demo.jordan,
    contactId: demo.contact('Sam Rivera').id,
  });
  await heldMeeting(manager, sam, now);

  // The names Sam gave at the end: one still to call (overdue since that
  // evening), one Jordan already reached.
  const granite = await manager
    .getRepository(CompanyEntity)
    .findOneByOrFail({ nameKey: 'granite bay builders' });
  const givenAt = sam.endedAt!;
  await referral(manager, sam, givenAt, null, {
    name: 'Nadia Brooks',
    title: 'Head of Project Delivery',
    companyId: granite.id,
    companyName: granite.name,
    email: 'nadia.brooks@granitebay.example',
    howToReach: 'Say Sam sent you; she prefers a call before 10.',
    note: 'Building a new estimating team this spring.',
  });
  await referral(manager, sam, new Date(givenAt.getTime() + 60_000), ago(1), {
    name: 'Leo Martins',
    title: 'Operations Director',
    companyName: 'Harborview Freight',
    phone: '+1 206 555 0177',
    note: 'Knows everyone in the port logistics scene.',
  });

  // An older lunch whose card was never sent.
  const lucia = demo.contact('Lucía Fernández');
  const luciaAsk = await acceptedAsk(manager, demo.jordan, lucia, ago(36), ago(35));
  const lunchStart = new Date(ago(9).setUTCHours(16, 30, 0, 0));
  const lunch = await meeting(manager, {
    ownerId: demo.jordan,
    askId: luciaAsk,
    contactId: lucia.id,
    status: 'COMPLETED',
    startsAt: lunchStart,
    locationKind: 'LUNCH',
    locationDetails: 'Palm Court Grill',
    endedAt: new Date(lunchStart.getTime() + 20 * 60_000),
    createdAt: ago(20),
  });
  await heldMeeting(manager, lunch, now);

  // A meeting that has just ended: the wrap-up page is where Jordan goes next.
  const noah = await privateContact(manager, demo.jordan, {
    name: 'Noah Patel',
    title: 'Operations Manager',
    email: 'noah.patel@granitebay.example',
    company: granite,
    createdAt: ago(8),
  });
  const noahAsk = await acceptedAsk(manager, demo.jordan, noah, ago(4), ago(4));
  await meeting(manager, {
    ownerId: demo.jordan,
    askId: noahAsk,
    contactId: noah.id,
    status: 'SCHEDULED',
    startsAt: new Date(now.getTime() - 25 * 60_000),
    locationKind: 'OFFICE',
    locationDetails: null,
    endedAt: null,
    createdAt: ago(4),
  });
}

/** The MET link and the thank-you card a completed meeting has. */
async function heldMeeting(manager: EntityManager, row: MeetingEntity, now: Date) {
  await manager.getRepository(ConnectionEntity).insert({
    id: randomUUID(),
    kind: 'MET',
    fromKind: 'SEEKER',
    fromId: row.ownerId,
    toKind: 'CONTACT',
    toId: row.contactId,
    source: 'MEETING',
    sourceId: row.id,
    ownerSeekerId: row.ownerId,
    collectedBySeekerId: row.ownerId,
    note: null,
    recordedAt: row.endedAt ?? now,
  });
  const card = planThankYouCard({
    id: randomUUID(),
    meeting: domainMeeting(row),
    seekerTimeZone: ZONE,
    settings: DEFAULT_SETTINGS,
  });
  if (!card.ok) throw new Error(`demo card: ${card.error.message}`);
  await manager.getRepository(ThankYouCardEntity).insert({
    id: card.value.id,
    ownerId: card.value.seekerId,
    meetingId: card.value.meetingId,
    contactId: card.value.contactId,
    status: card.value.status,
    dueOn: card.value.dueOn,
    timeZone: card.value.timeZone,
    kind: null,
    sentAt: null,
    createdAt: card.value.meetingEndedAt,
  });
}

function domainMeeting(row: MeetingEntity): Meeting {
  return {
    id: row.id,
    requestId: row.askId,
    seekerId: row.ownerId,
    contactId: row.contactId,
    status: row.status,
    startsAt: row.startsAt,
    durationMinutes: row.durationMinutes,
    timeZone: row.timeZone,
    location: { kind: row.locationKind, details: row.locationDetails },
    statusChangedAt: row.statusChangedAt,
    endedAt: row.endedAt,
    reschedules: [],
  };
}

async function referral(
  manager: EntityManager,
  met: MeetingEntity,
  at: Date,
  followedUpAt: Date | null,
  draft: Parameters<typeof recordReferral>[0]['draft'],
) {
  const recorded = recordReferral({
    id: randomUUID(),
    seekerId: met.ownerId,
    givenByContactId: met.contactId,
    meeting: { id: met.id, status: met.status, startsAt: met.startsAt },
    draft,
    seekerTimeZone: ZONE,
    now: at,
  });
  if (!recorded.ok) throw new Error(`demo referral: ${recorded.error.message}`);
  const converted = convertReferral({
    referral: recorded.value,
    contactId: randomUUID(),
    connectionId: randomUUID(),
    now: at,
  });
  if (!converted.ok || !converted.value.contact) throw new Error('demo referral contact');
  const { contact, connection } = converted.value;
  const company = contact.companyId
    ? await manager.getRepository(CompanyEntity).findOneByOrFail({ id: contact.companyId })
    : null;
  await manager.insert(ContactEntity, {
    id: contact.id,
    companyId: contact.companyId,
    ownerId: met.ownerId,
    personId: contact.id,
    ...contactColumns(contact, company?.name ?? null),
    source: 'REFERRAL',
    doNotContact: false,
    doNotContactReason: null,
    sharedWithSeekers: false,
    archivedAt: null,
    mergedIntoId: null,
    createdAt: at,
    updatedAt: at,
  });
  const r = recorded.value;
  await manager.insert(ReferralEntity, {
    id: r.id,
    ownerId: r.seekerId,
    meetingId: met.id,
    givenByContactId: r.givenByContactId,
    contactId: contact.id,
    askId: null,
    name: r.name,
    title: r.title,
    companyId: r.companyId,
    companyName: r.companyName,
    email: r.email,
    phone: r.phone,
    howToReach: r.howToReach,
    note: r.note,
    recordedAt: r.recordedAt,
    followUpDueOn: r.followUpDueOn,
    timeZone: r.timeZone,
    followedUpAt,
  });
  await manager.getRepository(ConnectionEntity).insert({
    id: connection.id,
    kind: 'REFERRED',
    fromKind: 'CONTACT',
    fromId: connection.from.id,
    toKind: 'CONTACT',
    toId: connection.to.id,
    source: 'REFERRAL',
    sourceId: r.id,
    ownerSeekerId: connection.ownerSeekerId,
    collectedBySeekerId: r.seekerId,
    note: null,
    recordedAt: at,
  });
}

async function privateContact(
  manager: EntityManager,
  ownerId: string,
  fields: {
    name: string;
    title: string;
    email: string;
    company: CompanyEntity;
    createdAt: Date;
  },
): Promise<{ id: string; companyId: string }> {
  const checked = validateContact({
    name: fields.name,
    title: fields.title,
    email: fields.email,
    mailingAddress: fields.company.officeAddress,
  });
  if (!checked.ok) throw new Error(`demo contact: ${checked.error.message}`);
  const id = randomUUID();
  await manager.insert(ContactEntity, {
    id,
    companyId: fields.company.id,
    ownerId,
    personId: id,
    ...contactColumns(checked.value, fields.company.name),
    source: 'SEEKER',
    doNotContact: false,
    doNotContactReason: null,
    sharedWithSeekers: false,
    archivedAt: null,
    mergedIntoId: null,
    createdAt: fields.createdAt,
    updatedAt: fields.createdAt,
  });
  return { id, companyId: fields.company.id };
}

async function acceptedAsk(
  manager: EntityManager,
  ownerId: string,
  contact: { id: string; companyId: string },
  askedAt: Date,
  acceptedAt: Date,
): Promise<string> {
  const id = randomUUID();
  await manager.insert(AskEntity, {
    id,
    ownerId,
    contactId: contact.id,
    personId: contact.id,
    companyId: contact.companyId,
    channel: 'EMAIL',
    note: null,
    status: 'ACCEPTED',
    askedAt,
    statusChangedAt: acceptedAt,
  });
  await manager.insert(AskStatusChangeEntity, [
    { id: randomUUID(), askId: id, position: 0, status: 'ASKED', at: askedAt, note: null },
    { id: randomUUID(), askId: id, position: 1, status: 'ACCEPTED', at: acceptedAt, note: null },
  ]);
  return id;
}

async function meeting(
  manager: EntityManager,
  fields: Omit<MeetingEntity, 'id' | 'durationMinutes' | 'timeZone' | 'statusChangedAt'>,
): Promise<MeetingEntity> {
  const id = randomUUID();
  await manager.insert(MeetingEntity, {
    id,
    ...fields,
    durationMinutes: 20,
    timeZone: ZONE,
    statusChangedAt: fields.endedAt ?? fields.createdAt,
  });
  return manager.getRepository(MeetingEntity).findOneByOrFail({ id });
}
