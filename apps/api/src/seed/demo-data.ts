import { randomUUID } from 'node:crypto';
import {
  DAY_MS,
  inZone,
  proposeSlots,
  validateContact,
  type AskChannel,
  type LocationKind,
  type MeetingStatus,
  type HiringStatus,
  type RequestStatus,
  syntheticNetwork,
} from '@rapport/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AskEntity, AskStatusChangeEntity } from '../ask/ask.entity.js';
import { hashPassword } from '../auth/password.js';
import { CompanyEntity } from '../company/company.entity.js';
import { ContactEntity, ContactTagEntity } from '../contact/contact.entity.js';
import { contactColumns } from '../contact/contact.service.js';
import { ConnectionEntity } from '../network/connection.entity.js';
import { seedDemoAgency } from './demo-agency.js';
import { MeetingEntity, MeetingRescheduleEntity } from '../meeting/meeting.entity.js';
import { seedDemoMeetingNotes } from '../meeting-notes/meeting-notes.demo.js';
import { seedDemoPreparation } from './demo-preparation.js';
import { loadSyntheticNetwork } from '../network/synthetic-load.js';
import { seedDemoWrapUp } from './demo-wrap-up.js';
import { ProposalStore } from '../scheduling/proposal-store.js';
import { issueReplyLink } from '../scheduling/reply-link.js';
import { UserEntity } from '../user/user.entity.js';

/**
 * Local demo accounts. They exist only when the database was empty at start
 * and SEED_DEMO_DATA is on; a real deployment turns seeding off and creates
 * its first admin with the CLI.
 */
export const DEMO_PASSWORD = 'rapport-demo-2026';
export const DEMO_ACCOUNTS = [
  { email: 'admin@rapport.test', name: 'Avery Admin', role: 'ADMIN' },
  { email: 'staff@rapport.test', name: 'Sam Staff', role: 'STAFF' },
  { email: 'jordan@rapport.test', name: 'Jordan Seeker', role: 'SEEKER' },
  { email: 'riley@rapport.test', name: 'Riley Seeker', role: 'SEEKER' },
] as const;

interface DemoContact {
  fullName: string;
  title: string;
  email: string;
  phone: string;
  tags: string[];
  /** Agency contacts are shared with seekers unless this says false. */
  shared?: boolean;
  doNotContactReason?: string;
  /** A seeker's private contact (their email) instead of an agency one. */
  ownedBy?: string;
}

const COMPANIES: {
  name: string;
  website: string;
  industry: string;
  officeAddress: string;
  hiringStatus: HiringStatus;
  contacts: DemoContact[];
}[] = [
  {
    name: 'Northwind Logistics',
    website: 'https://northwind.example',
    industry: 'Logistics',
    officeAddress: '120 Harbor Way, Oakland, CA 94607',
    hiringStatus: 'HIRING',
    contacts: [
      {
        fullName: 'Dana Whitfield',
        title: 'Operations Manager',
        email: 'dana@northwind.example',
        phone: '+1 510 555 0140',
        tags: ['operations'],
      },
      {
        fullName: 'Marcus Lee',
        title: 'Warehouse Director',
        email: 'marcus@northwind.example',
        phone: '+1 510 555 0141',
        tags: ['warehouse'],
        shared: false,
      },
    ],
  },
  {
    name: 'Bluebird Health',
    website: 'https://bluebird-health.example',
    industry: 'Healthcare',
    officeAddress: '55 Elm Street, Boston, MA 02108',
    hiringStatus: 'NOT_HIRING',
    contacts: [
      {
        fullName: 'Priya Raman',
        title: 'Clinical Services Lead',
        email: 'priya@bluebird-health.example',
        phone: '+1 617 555 0199',
        tags: ['clinical'],
      },
      {
        fullName: 'Grace Kim',
        title: 'Patient Experience Manager',
        email: 'grace@bluebird-health.example',
        phone: '+1 617 555 0188',
        tags: ['clinical', 'operations'],
      },
    ],
  },
  {
    name: 'Copperline Software',
    website: 'https://copperline.example',
    industry: 'Software',
    officeAddress: '900 Pine Avenue, Seattle, WA 98101',
    hiringStatus: 'UNKNOWN',
    contacts: [
      {
        fullName: 'Elena Ortiz',
        title: 'Engineering Manager',
        email: 'elena@copperline.example',
        phone: '+1 206 555 0112',
        tags: ['engineering'],
      },
      {
        fullName: 'Tom Becker',
        title: 'Head of Design',
        email: 'tom@copperline.example',
        phone: '+1 206 555 0113',
        tags: ['design'],
        shared: false,
      },
      {
        fullName: 'Sam Rivera',
        title: 'QA Lead',
        email: 'sam.rivera@copperline.example',
        phone: '+1 206 555 0119',
        tags: [],
        ownedBy: 'jordan@rapport.test',
      },
    ],
  },
  {
    name: 'Granite Bay Builders',
    website: 'https://granitebay.example',
    industry: 'Construction',
    officeAddress: '14 Quarry Road, Denver, CO 80202',
    hiringStatus: 'HIRING',
    contacts: [
      {
        fullName: 'Hannah Cole',
        title: 'Project Director',
        email: 'hannah@granitebay.example',
        phone: '+1 303 555 0170',
        tags: ['projects'],
      },
      {
        fullName: 'Victor Nguyen',
        title: 'Site Operations Manager',
        email: 'victor@granitebay.example',
        phone: '+1 303 555 0171',
        tags: ['projects', 'operations'],
      },
    ],
  },
  {
    name: 'Maple & Finch Accounting',
    website: 'https://maplefinch.example',
    industry: 'Accounting',
    officeAddress: '300 King Street W, Toronto, ON M5V 1J5',
    hiringStatus: 'NOT_HIRING',
    contacts: [
      {
        fullName: 'Owen Park',
        title: 'Audit Partner',
        email: 'owen@maplefinch.example',
        phone: '+1 416 555 0123',
        tags: ['audit'],
        doNotContactReason:
          'Asked the agency in January to stop sending seekers his way; talk to staff before reaching out.',
      },
      {
        fullName: 'Ana Souza',
        title: 'Tax Manager',
        email: 'ana.souza@maplefinch.example',
        phone: '+1 416 555 0128',
        tags: [],
        ownedBy: 'riley@rapport.test',
      },
    ],
  },
  {
    name: 'Sunrise Hospitality Group',
    website: 'https://sunrise-hospitality.example',
    industry: 'Hospitality',
    officeAddress: '77 Ocean Drive, Miami, FL 33139',
    hiringStatus: 'UNKNOWN',
    contacts: [
      {
        fullName: 'Lucía Fernández',
        title: 'General Manager',
        email: 'lucia@sunrise-hospitality.example',
        phone: '+1 305 555 0150',
        tags: ['hospitality'],
      },
    ],
  },
];

/**
 * The demo seekers' asks, one in every status. Dana Whitfield has two asks
 * inside the 30-day window (at the default cap of 2) and Elena Ortiz one
 * (near it); the older asks have left the window.
 */
const ASKS: {
  seeker: string;
  contact: string;
  channel: AskChannel;
  daysAgo: number;
  note?: string;
  outcome?: { status: RequestStatus; daysAgo: number; note?: string };
}[] = [
  {
    seeker: 'jordan@rapport.test',
    contact: 'Dana Whitfield',
    channel: 'PHONE',
    daysAgo: 5,
    note: 'Left a voicemail, then spoke briefly.',
  },
  { seeker: 'riley@rapport.test', contact: 'Dana Whitfield', channel: 'EMAIL', daysAgo: 2 },
  { seeker: 'riley@rapport.test', contact: 'Elena Ortiz', channel: 'EMAIL', daysAgo: 10 },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Priya Raman',
    channel: 'EMAIL',
    daysAgo: 45,
    outcome: { status: 'ACCEPTED', daysAgo: 43, note: 'Happy to meet in her office.' },
  },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Hannah Cole',
    channel: 'PHONE',
    daysAgo: 50,
    outcome: { status: 'DECLINED', daysAgo: 48, note: 'Too busy this quarter.' },
  },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Victor Nguyen',
    channel: 'EMAIL',
    daysAgo: 60,
    outcome: { status: 'NO_RESPONSE', daysAgo: 44 },
  },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Grace Kim',
    channel: 'IN_PERSON',
    daysAgo: 40,
    outcome: { status: 'WITHDRAWN', daysAgo: 39, note: 'Found a better first contact there.' },
  },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Marcus Lee',
    channel: 'PHONE',
    daysAgo: 6,
    outcome: { status: 'ACCEPTED', daysAgo: 6, note: 'Said yes on the phone; tomorrow morning.' },
  },
  {
    seeker: 'jordan@rapport.test',
    contact: 'Sam Rivera',
    channel: 'EMAIL',
    daysAgo: 12,
    outcome: { status: 'ACCEPTED', daysAgo: 10 },
  },
  {
    seeker: 'riley@rapport.test',
    contact: 'Lucía Fernández',
    channel: 'PHONE',
    daysAgo: 35,
    outcome: { status: 'DECLINED', daysAgo: 34 },
  },
];

/**
 * Jordan's meetings, one per accepted ask: Marcus Lee tomorrow at 11:30
 * on Jordan's clock (an office-hours time whatever hour the demo starts), Priya
 * Raman today (moved once, so the history shows), Sam Rivera two days ago,
 * completed with its real end.
 */
const MEETINGS: {
  contact: string;
  /** Hours from now (negative for the past), or tomorrow at a time on Jordan's clock. */
  starts: { inHours: number } | { tomorrowAt: { hour: number; minute: number } };
  location: { kind: LocationKind; details: string | null };
  status: MeetingStatus;
  movedFromHours?: number;
}[] = [
  {
    contact: 'Marcus Lee',
    starts: { tomorrowAt: { hour: 11, minute: 30 } },
    location: { kind: 'OFFICE', details: null },
    status: 'SCHEDULED',
  },
  {
    contact: 'Priya Raman',
    starts: { inHours: 2 },
    location: { kind: 'COFFEE', details: 'Blue Door Café, 5th Ave' },
    status: 'SCHEDULED',
    movedFromHours: -22,
  },
  {
    contact: 'Sam Rivera',
    starts: { inHours: -48 },
    location: { kind: 'VIDEO', details: 'https://meet.example/sam-rivera' },
    status: 'COMPLETED',
  },
];

/**
 * The token of the demo's open scheduling link: Jordan offered Dana
 * Whitfield three times, and `/reply/<this>` on the seeker app is her page.
 * Real links carry 256 random bits; this one is known so the README and the
 * start-up message can show it. Demo data never runs in production.
 */
export const DEMO_REPLY_TOKEN = 'demo-dana-whitfield-reply-2026';

/**
 * The next `count` weekdays after `now` in `zone`, each at `hour`:`minute`
 * on that zone's clock: inside the default business hours, so the domain
 * accepts them whatever day the demo starts.
 */
function nextWeekdaysAt(now: Date, zone: string, count: number, hour: number, minute: number) {
  const days: Date[] = [];
  let day = inZone(now, zone).startOf('day');
  while (days.length < count) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5) days.push(day.set({ hour, minute }).toJSDate());
  }
  return days;
}

/** Fills an empty database with demo data; returns false when it already had accounts. */
export async function seedDemoData(dataSource: DataSource, now: Date): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    if ((await manager.getRepository(UserEntity).count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const userIds = new Map<string, string>(DEMO_ACCOUNTS.map((a) => [a.email, randomUUID()]));
    await manager.getRepository(UserEntity).insert(
      DEMO_ACCOUNTS.map((account) => ({
        id: userIds.get(account.email)!,
        ...account,
        passwordHash,
      })),
    );
    const contactIds = new Map<string, { id: string; companyId: string }>();
    const companyIds: string[] = [];
    for (const { contacts, ...company } of COMPANIES) {
      const companyId = randomUUID();
      companyIds.push(companyId);
      await manager.getRepository(CompanyEntity).insert({
        id: companyId,
        ...company,
        nameKey: company.name.toLowerCase(),
        hiringStatusChangedAt: now,
      });
      for (const contact of contacts) {
        const id = randomUUID();
        const checked = validateContact({
          ...contact,
          name: contact.fullName,
          mailingAddress: company.officeAddress,
        });
        if (!checked.ok)
          throw new Error(`demo contact ${contact.fullName}: ${checked.error.message}`);
        const ownerId = contact.ownedBy ? userIds.get(contact.ownedBy)! : null;
        await manager.insert(ContactEntity, {
          id,
          companyId,
          ownerId,
          personId: id,
          ...contactColumns(checked.value, company.name),
          source: ownerId ? 'SEEKER' : 'AGENCY',
          doNotContact: contact.doNotContactReason !== undefined,
          doNotContactReason: contact.doNotContactReason ?? null,
          sharedWithSeekers: ownerId === null && contact.shared !== false,
          archivedAt: null,
          mergedIntoId: null,
          createdAt: now,
          updatedAt: now,
        });
        if (checked.value.tags.length > 0) {
          await manager.insert(
            ContactTagEntity,
            [...new Set(checked.value.tags.map((t) => t.toLowerCase()))].map((tagKey) => ({
              contactId: id,
              tagKey,
            })),
          );
        }
        contactIds.set(contact.fullName, { id, companyId });
      }
    }
    const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
    const askIds = new Map<string, string>();
    for (const ask of ASKS) {
      const contact = contactIds.get(ask.contact)!;
      const id = randomUUID();
      const askedAt = ago(ask.daysAgo);
      const status = ask.outcome?.status ?? 'ASKED';
      await manager.insert(AskEntity, {
        id,
        ownerId: userIds.get(ask.seeker)!,
        contactId: contact.id,
        personId: contact.id,
        companyId: contact.companyId,
        channel: ask.channel,
        note: ask.note ?? null,
        status,
        askedAt,
        statusChangedAt: ask.outcome ? ago(ask.outcome.daysAgo) : askedAt,
      });
      askIds.set(`${ask.seeker}|${ask.contact}`, id);
      await manager.insert(AskStatusChangeEntity, {
        id: randomUUID(),
        askId: id,
        position: 0,
        status: 'ASKED',
        at: askedAt,
        note: ask.note ?? null,
      });
      if (ask.outcome) {
        await manager.insert(AskStatusChangeEntity, {
          id: randomUUID(),
          askId: id,
          position: 1,
          status: ask.outcome.status,
          at: ago(ask.outcome.daysAgo),
          note: ask.outcome.note ?? null,
        });
      }
    }
    const meetingIds = new Map<string, string>();
    for (const meeting of MEETINGS) {
      const id = randomUUID();
      meetingIds.set(meeting.contact, id);
      const startsAt =
        'inHours' in meeting.starts
          ? new Date(now.getTime() + meeting.starts.inHours * 3_600_000)
          : inZone(now, 'America/New_York')
              .startOf('day')
              .plus({ days: 1 })
              .set(meeting.starts.tomorrowAt)
              .toJSDate();
      await manager.insert(MeetingEntity, {
        id,
        ownerId: userIds.get('jordan@rapport.test')!,
        askId: askIds.get(`jordan@rapport.test|${meeting.contact}`)!,
        contactId: contactIds.get(meeting.contact)!.id,
        status: meeting.status,
        startsAt,
        durationMinutes: 20,
        timeZone: 'America/New_York',
        locationKind: meeting.location.kind,
        locationDetails: meeting.location.details,
        statusChangedAt:
          meeting.status === 'COMPLETED' ? new Date(startsAt.getTime() + 19 * 60_000) : ago(3),
        endedAt: meeting.status === 'COMPLETED' ? new Date(startsAt.getTime() + 19 * 60_000) : null,
        createdAt: ago(5),
      });
      if (meeting.movedFromHours !== undefined) {
        await manager.insert(MeetingRescheduleEntity, {
          id: randomUUID(),
          meetingId: id,
          position: 0,
          startsAt: new Date(now.getTime() + meeting.movedFromHours * 3_600_000),
          durationMinutes: 20,
          timeZone: 'America/New_York',
          rescheduledAt: ago(2),
          reason: 'She had a board meeting that morning.',
        });
      }
    }
    await seedDemoPreparation(
      manager,
      { today: meetingIds.get('Priya Raman')!, tomorrow: meetingIds.get('Marcus Lee')! },
      now,
    );
    // Meeting mode opened on today's meeting: the first questions ticked, notes begun.
    await seedDemoMeetingNotes(manager, {
      meetingId: meetingIds.get('Priya Raman')!,
      ownerId: userIds.get('jordan@rapport.test')!,
      now,
    });
    await seedDemoWrapUp(manager, now, {
      jordan: userIds.get('jordan@rapport.test')!,
      contact: (name) => contactIds.get(name)!,
    });
    // Jordan's ask of Dana is still waiting; the times offered with it wait on her link.
    const danaAsk = await manager
      .getRepository(AskEntity)
      .findOneByOrFail({ id: askIds.get('jordan@rapport.test|Dana Whitfield')! });
    const [first, second] = nextWeekdaysAt(now, 'America/New_York', 2, 10, 0);
    const [afternoon] = nextWeekdaysAt(now, 'America/New_York', 1, 14, 30);
    const offer = proposeSlots({
      id: randomUUID(),
      request: {
        id: danaAsk.id,
        status: danaAsk.status,
        seekerId: danaAsk.ownerId,
        contactId: danaAsk.contactId,
      },
      slots: [first!, afternoon!, second!].map((startsAt) => ({ id: randomUUID(), startsAt })),
      contactTimeZone: 'America/New_York',
      location: { kind: 'OFFICE', details: null },
      now,
    });
    if (!offer.ok) throw new Error(`demo proposal: ${offer.error.message}`);
    await new ProposalStore().insert(manager, offer.value);
    await issueReplyLink(manager, offer.value, now, DEMO_REPLY_TOKEN);

    await seedDemoNetwork(manager, dataSource, now, {
      jordan: userIds.get('jordan@rapport.test')!,
      seekers: DEMO_ACCOUNTS.filter((a) => a.role === 'SEEKER').map((a) => userIds.get(a.email)!),
      contact: (name) => contactIds.get(name)!.id,
    });
    await seedDemoAgency(manager, dataSource, now, {
      user: (email) => userIds.get(email)!,
      meeting: (contact) => meetingIds.get(contact)!,
      companyOf: (contact) => contactIds.get(contact)!.companyId,
    });
    return true;
  });
}

/**
 * The referral network: a generated one (fixed seed, so every first start
 * looks the same) beside the demo companies, plus a few links by hand so
 * Jordan has met people, collected referrals and has warm paths into the
 * demo companies, and the explorer shows something real.
 */
async function seedDemoNetwork(
  manager: EntityManager,
  dataSource: DataSource,
  now: Date,
  demo: {
    jordan: string;
    seekers: string[];
    contact: (fullName: string) => string;
  },
): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);
  const recorded = (kind: 'MET' | 'REFERRED') => ({
    source: kind === 'MET' ? ('MEETING' as const) : ('REFERRAL' as const),
    sourceId: randomUUID(),
    collectedBySeekerId: demo.jordan,
  });
  const link = (
    kind: 'MET' | 'REFERRED' | 'KNOWS' | 'WORKS_WITH',
    from: string | 'JORDAN',
    to: string,
    days: number,
  ) => ({
    id: randomUUID(),
    kind,
    fromKind: from === 'JORDAN' ? ('SEEKER' as const) : ('CONTACT' as const),
    fromId: from === 'JORDAN' ? demo.jordan : demo.contact(from),
    toKind: 'CONTACT' as const,
    toId: demo.contact(to),
    ...(kind === 'MET' || kind === 'REFERRED'
      ? recorded(kind)
      : { source: 'MANUAL' as const, sourceId: null, collectedBySeekerId: null }),
    ownerSeekerId: kind === 'MET' ? demo.jordan : null,
    note: null,
    recordedAt: daysAgo(days),
  });
  await manager
    .getRepository(ConnectionEntity)
    .insert([
      link('MET', 'JORDAN', 'Dana Whitfield', 30),
      link('REFERRED', 'Dana Whitfield', 'Elena Ortiz', 30),
      link('MET', 'JORDAN', 'Elena Ortiz', 12),
      link('REFERRED', 'Elena Ortiz', 'Tom Becker', 12),
      link('WORKS_WITH', 'Dana Whitfield', 'Marcus Lee', 200),
      link('KNOWS', 'Tom Becker', 'Hannah Cole', 90),
      link('KNOWS', 'Marcus Lee', 'Priya Raman', 150),
    ]);
  // A branch three names deep for Jordan's referral tree: Elena named Sam
  // (asked, then met two days ago) and Victor (asked long before, never
  // answered); Sam named Lucía, whom Jordan has yet to ask. Elena also knows
  // someone at Bluebird, a two-step path there.
  const deeperBranch = [
    link('REFERRED', 'Elena Ortiz', 'Sam Rivera', 12),
    link('REFERRED', 'Elena Ortiz', 'Victor Nguyen', 12),
    link('MET', 'JORDAN', 'Sam Rivera', 2),
    link('REFERRED', 'Sam Rivera', 'Lucía Fernández', 2),
    link('KNOWS', 'Elena Ortiz', 'Grace Kim', 120),
  ];
  await manager.getRepository(ConnectionEntity).insert(deeperBranch);
  await loadSyntheticNetwork(
    dataSource,
    syntheticNetwork({
      seed: 20_260_105,
      contacts: 240,
      connections: 900,
      companies: 14,
      seekers: 2,
      from: new Date(now.getTime() - 2 * 365 * DAY_MS),
      to: now,
    }),
    // Its own companies, not the demo ones: the demo companies keep the few
    // named people the walkthrough (and the end-to-end tests) rely on.
    { seekerUserIds: demo.seekers, manager },
  );
}
