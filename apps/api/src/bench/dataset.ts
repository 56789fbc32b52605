import { createHash } from 'node:crypto';
import { emailKey, nameKey, syntheticId, syntheticNetwork } from '@rapport/domain';
import { hashPassword } from '../auth/password.js';
import { toGlobalId } from '../common/global-id.js';
import { companyKey, contactSearchKey } from '../contact/contact-keys.js';
import type { DatasetSizes } from './options.js';
import { Random } from './random.js';

/**
 * The benchmark's data, as rows per table in foreign-key order. Generation is
 * pure and deterministic: the same seed gives the same rows, with every date
 * placed relative to the day of the run (UTC midnight), so "asked last week"
 * and "meets tomorrow" stay true whenever it runs. Writing the rows is
 * bulk-insert.ts's job. The referral network (companies, agency contacts,
 * seekers' links) is the domain's syntheticNetwork; the rest (accounts,
 * sessions, seekers' private contacts, tags, asks with their history,
 * meetings) is made here around it.
 */
export type Cell = string | number | boolean | Date | null;

export interface Column {
  name: string;
  /** The PostgreSQL type, for the typed arrays the bulk insert sends. */
  pg: 'varchar' | 'text' | 'boolean' | 'timestamptz' | 'integer';
}

export interface TableRows {
  table: string;
  columns: Column[];
  /** Rows in order; a generator for big tables, so a million rows are never all in memory. */
  rows: () => Iterable<Cell[]>;
}

/** A signed-in account the scenarios act as: its cookie token is seeded as a session. */
export interface BenchAccount {
  id: string;
  email: string;
  role: 'STAFF' | 'ADMIN' | 'SEEKER';
  sessionToken: string;
}

/** Rows the scenarios aim at, chosen while generating so every run aims at the same ones. */
export interface BenchTargets {
  /** An agency contact many seekers asked: the contact page's timeline is full. */
  busyContactId: string;
  /** A company the dashboard seeker has a path into, for warm-intro paths. */
  pathCompanyId: string;
  /** Agency contacts nobody asked, visible to seekers: what the ask mutation asks, one each. */
  askableContactIds: string[];
  /** The tag the filtered contacts page filters on. */
  filterTag: string;
}

export interface Dataset {
  tables: TableRows[];
  accounts: {
    staff: BenchAccount;
    admin: BenchAccount;
    /** The seeker whose dashboard and paths are read. */
    seeker: BenchAccount;
    /** A seeker with no asks, who records asks in the mutation scenario. */
    asker: BenchAccount;
  };
  targets: BenchTargets;
  /** The password of every seeded account, for poking at a kept database by hand. */
  password: string;
}

const DAY = 86_400_000;
export const BENCH_PASSWORD = 'bench password';

const col = (name: string, pg: Column['pg'] = 'varchar'): Column => ({ name, pg });
const stamps = [col('created_at', 'timestamptz'), col('updated_at', 'timestamptz')];

const FIRST = ['Ada', 'Ben', 'Chloé', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Inès', 'Jonas'];
const LAST = ['Abbott', 'Bauer', 'Chen', 'Díaz', 'Eriksen', 'Gupta', 'Haddad', 'Okafor', 'Silva'];
const STREETS = ['Market Street', 'Harbor Road', 'Elm Avenue', 'Station Square'];
const TAGS = ['warm', 'alumni', 'referrer', 'speaker', 'recruiter', 'mentor'];
const CHANNELS = ['PHONE', 'EMAIL', 'IN_PERSON', 'INTRODUCTION'] as const;
const LOCATIONS = ['OFFICE', 'COFFEE', 'BREAKFAST', 'LUNCH', 'VIDEO', 'PHONE'] as const;
const NOTES = [
  'Met at the spring meetup; prefers email.',
  'Former colleague of a seeker.',
  'Answers quickly on weekdays.',
  null,
  null,
  null,
];

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** How many asks a seeker has made: about `mean`, never fewer than 2. */
function askCount(random: Random, mean: number): number {
  return Math.max(2, Math.round(mean * (0.4 + random.next() * 1.2)));
}

export async function buildDataset(sizes: DatasetSizes, seed: number, now: Date): Promise<Dataset> {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const daysAgo = (random: Random, span: number) => new Date(today - random.int(span * DAY));
  // One scrypt hash shared by every account: hashing 10,000 passwords would
  // take minutes and measure nothing. Its salt is the one random part.
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  // ---------------------------------------------------------------- accounts
  const users = Random.forTable(seed, 'users');
  const userRows: Cell[][] = [];
  const addUser = (email: string, name: string, role: BenchAccount['role']) => {
    const id = users.uuid();
    const created = daysAgo(users, 700);
    userRows.push([id, email, name, role, passwordHash, created, created]);
    return id;
  };
  const account = (role: BenchAccount['role'], label: string): BenchAccount => {
    const email = `bench-${label}@bench.test`;
    return {
      id: addUser(email, `Bench ${label}`, role),
      email,
      role,
      sessionToken: `bench-${label}-session-${seed}`,
    };
  };
  const accounts = {
    staff: account('STAFF', 'staff'),
    admin: account('ADMIN', 'admin'),
    seeker: account('SEEKER', 'seeker'),
    asker: account('SEEKER', 'asker'),
  };
  const staffIds = [accounts.staff.id, accounts.admin.id];
  for (let i = 0; i < sizes.staff; i += 1) {
    staffIds.push(
      addUser(`staff${i}@agency.test`, `${users.pick(FIRST)} ${users.pick(LAST)}`, 'STAFF'),
    );
  }
  // Seeker 0 of the network is the bench seeker, so it has links to walk.
  const seekerIds = [accounts.seeker.id];
  for (let i = 1; i < sizes.seekers; i += 1) {
    seekerIds.push(
      addUser(`seeker${i}@example.test`, `${users.pick(FIRST)} ${users.pick(LAST)}`, 'SEEKER'),
    );
  }

  // Every account has a live session, so the session lookup runs against a
  // table of realistic size; the bench accounts' tokens are known. Sessions
  // are stamped with the run's own time: an idle session would end.
  const sessions = Random.forTable(seed, 'sessions');
  const sessionRows: Cell[][] = [];
  const expires = new Date(now.getTime() + 30 * DAY);
  for (const a of Object.values(accounts)) {
    sessionRows.push([hashToken(a.sessionToken), a.id, now, expires, now]);
  }
  for (const id of [...staffIds.slice(2), ...seekerIds.slice(1)]) {
    sessionRows.push([hashToken(`${id}:${sessions.next()}`), id, now, expires, now]);
  }

  // ------------------------------------------------------------ the network
  const privateContacts = Math.round(sizes.contacts * 0.05);
  const network = syntheticNetwork({
    seed,
    contacts: sizes.contacts - privateContacts,
    connections: sizes.connections,
    seekers: sizes.seekers,
    from: new Date(today - 3 * 365 * DAY),
    to: new Date(today),
  });

  const companies = Random.forTable(seed, 'companies');
  const companyIds = network.companies.map(() => companies.uuid());
  const companyRows: Cell[][] = network.companies.map((company, i) => {
    const created = daysAgo(companies, 900);
    return [
      companyIds[i]!,
      company.name,
      company.name.toLowerCase(),
      companies.chance(0.8)
        ? `https://${company.name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`
        : null,
      company.industry,
      companies.chance(0.6) ? `${1 + companies.int(400)} ${companies.pick(STREETS)}` : null,
      companies.pick(['HIRING', 'HIRING', 'NOT_HIRING', 'UNKNOWN'] as const),
      new Date(created.getTime() + companies.int(200) * DAY),
      created,
      created,
    ];
  });

  // ---------------------------------------------------------------- contacts
  const contacts = Random.forTable(seed, 'contacts');
  interface ContactFacts {
    id: string;
    companyIndex: number | null;
    ownerId: string | null;
    shared: boolean;
    archived: boolean;
    doNotContact: boolean;
  }
  const facts: ContactFacts[] = [];
  const contactRows: Cell[][] = [];
  const tagRows: Cell[][] = [];
  const addContact = (
    name: string,
    title: string | null,
    companyIndex: number | null,
    ownerId: string | null,
    doNotContact: boolean,
  ) => {
    const id = contacts.uuid();
    const i = facts.length;
    const email = contacts.chance(0.7)
      ? `${name.split(' ').join('.')}.${i}@mail.example`.toLowerCase()
      : null;
    const tags = TAGS.filter(() => contacts.chance(0.15));
    const shared = ownerId === null && contacts.chance(0.85);
    const archived = contacts.chance(0.01);
    const created = daysAgo(contacts, 600);
    const companyName = companyIndex === null ? null : network.companies[companyIndex]!.name;
    facts.push({ id, companyIndex, ownerId, shared, archived, doNotContact });
    contactRows.push([
      id,
      companyIndex === null ? null : companyIds[companyIndex]!,
      ownerId,
      id,
      name,
      (nameKey(name) ?? '').slice(0, 120),
      companyKey(companyName),
      contactSearchKey({ fullName: name, title, email }),
      title,
      email,
      emailKey(email),
      contacts.chance(0.4) ? `+1 555 ${String(contacts.int(10_000_000)).padStart(7, '0')}` : null,
      contacts.chance(0.1) ? `${1 + contacts.int(900)} ${contacts.pick(STREETS)}` : null,
      contacts.pick(NOTES),
      JSON.stringify(tags),
      ownerId === null ? 'AGENCY' : 'SEEKER',
      doNotContact,
      doNotContact ? 'Asked not to be contacted.' : null,
      shared,
      archived ? new Date(created.getTime() + DAY) : null,
      null,
      created,
      created,
    ]);
    for (const tag of tags) tagRows.push([id, tag]);
  };
  for (const contact of network.contacts) {
    addContact(contact.name, contact.title, contact.companyIndex, null, contact.doNotContact);
  }
  for (let i = 0; i < privateContacts; i += 1) {
    addContact(
      `${contacts.pick(FIRST)} ${contacts.pick(LAST)}`,
      contacts.chance(0.5) ? 'Team Lead' : null,
      contacts.chance(0.8) ? contacts.int(companyIds.length) : null,
      contacts.pick(seekerIds.slice(1)),
      false,
    );
  }

  // -------------------------------------------------------------------- asks
  // Agency contacts a seeker may ask: shared, in use, not do-not-contact.
  const askable = facts
    .map((f, i) => (f.ownerId === null && f.shared && !f.archived && !f.doNotContact ? i : -1))
    .filter((i) => i >= 0);
  const asksRandom = Random.forTable(seed, 'asks');
  const askTotal = sizes.meetings * 3;
  const meanAsks = askTotal / seekerIds.length;
  const askRows: Cell[][] = [];
  const historyRows: Cell[][] = [];
  const meetingRows: Cell[][] = [];
  const asked = new Set<number>();
  const busy = askable[0]!;
  const meetings = Random.forTable(seed, 'meetings');

  const addAsk = (seekerId: string, contact: number, status: string, askedAt: Date) => {
    asked.add(contact);
    const f = facts[contact]!;
    const id = asksRandom.uuid();
    const answered = status !== 'ASKED';
    const changedAt = answered
      ? new Date(Math.min(today, askedAt.getTime() + (1 + asksRandom.int(14)) * DAY))
      : askedAt;
    const note = asksRandom.chance(0.3) ? 'Mentioned our shared interest in logistics.' : null;
    askRows.push([
      id,
      seekerId,
      f.id,
      f.id,
      f.companyIndex === null ? null : companyIds[f.companyIndex]!,
      asksRandom.pick(CHANNELS),
      note,
      status,
      askedAt,
      changedAt,
    ]);
    historyRows.push([asksRandom.uuid(), id, 0, 'ASKED', askedAt, note]);
    if (answered) historyRows.push([asksRandom.uuid(), id, 1, status, changedAt, null]);
    if (status === 'ACCEPTED' && meetingRows.length < sizes.meetings) {
      const startsAt = new Date(changedAt.getTime() + (1 + meetings.int(21)) * DAY + 9 * 3_600_000);
      const past = startsAt.getTime() < now.getTime();
      const meetingStatus = !past
        ? 'SCHEDULED'
        : meetings.pick(['COMPLETED', 'COMPLETED', 'COMPLETED', 'CANCELLED', 'NO_SHOW'] as const);
      meetingRows.push([
        meetings.uuid(),
        seekerId,
        id,
        f.id,
        meetingStatus,
        startsAt,
        20,
        'America/New_York',
        meetings.pick(LOCATIONS),
        null,
        past ? startsAt : changedAt,
        meetingStatus === 'COMPLETED' ? new Date(startsAt.getTime() + 20 * 60_000) : null,
        changedAt,
      ]);
    }
  };
  const status = (random: Random, askedAt: Date) => {
    // Recent asks are mostly still waiting; older ones mostly answered.
    if (today - askedAt.getTime() < 14 * DAY && random.chance(0.7)) return 'ASKED';
    const r = random.next();
    if (r < 0.4) return 'ACCEPTED';
    if (r < 0.6) return 'DECLINED';
    if (r < 0.85) return 'NO_RESPONSE';
    if (r < 0.92) return 'WITHDRAWN';
    return 'ASKED';
  };

  // The dashboard seeker: a dozen asks waiting, some answered, one decline
  // whose company the suggestions start from.
  const seekerPicks = new Set<number>();
  while (seekerPicks.size < 30) seekerPicks.add(askable[1 + asksRandom.int(askable.length - 1)]!);
  [...seekerPicks].forEach((contact, i) => {
    const askedAt = new Date(today - (i + 1) * 2 * DAY);
    const s = i < 12 ? 'ASKED' : i < 20 ? 'ACCEPTED' : i < 26 ? 'DECLINED' : 'NO_RESPONSE';
    addAsk(accounts.seeker.id, contact, s, askedAt);
  });
  for (let s = 1; s < seekerIds.length; s += 1) {
    const seekerId = seekerIds[s]!;
    const picks = new Set<number>();
    // The first 60 seekers all asked the busy contact: a long timeline.
    if (s <= 60) picks.add(busy);
    const n = askCount(asksRandom, meanAsks);
    while (picks.size < n) picks.add(askable[asksRandom.int(askable.length)]!);
    for (const contact of picks) {
      const askedAt = daysAgo(asksRandom, 365);
      addAsk(seekerId, contact, status(asksRandom, askedAt), askedAt);
    }
  }

  // What the mutation may ask: seen by seekers, never asked, so ask-once
  // and the throttle let every one through.
  const askableContactIds = askable
    .filter((i) => !asked.has(i))
    .map((i) => toGlobalId('Contact', facts[i]!.id));

  // The company the paths look for: the one the dashboard seeker reaches
  // most easily is unknowable without searching, so take the largest.
  const sizesByCompany = new Map<number, number>();
  for (const f of facts)
    if (f.companyIndex !== null)
      sizesByCompany.set(f.companyIndex, (sizesByCompany.get(f.companyIndex) ?? 0) + 1);
  const largest = [...sizesByCompany].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];

  // Network contacts come first in `facts`, in the network's order.
  const nodeId = (end: { type: 'CONTACT' | 'SEEKER'; index: number }) =>
    end.type === 'SEEKER' ? seekerIds[end.index]! : facts[end.index]!.id;

  const fixed = (table: string, columns: Column[], rows: Cell[][]): TableRows => ({
    table,
    columns,
    rows: () => rows,
  });

  return {
    accounts,
    password: BENCH_PASSWORD,
    targets: {
      busyContactId: toGlobalId('Contact', facts[busy]!.id),
      pathCompanyId: toGlobalId('Company', companyIds[largest]!),
      askableContactIds,
      filterTag: 'alumni',
    },
    tables: [
      fixed(
        'users',
        [col('id'), col('email'), col('name'), col('role'), col('password_hash'), ...stamps],
        userRows,
      ),
      fixed(
        'sessions',
        [
          col('token_hash'),
          col('user_id'),
          col('created_at', 'timestamptz'),
          col('expires_at', 'timestamptz'),
          col('last_seen_at', 'timestamptz'),
        ],
        sessionRows,
      ),
      fixed(
        'companies',
        [
          col('id'),
          col('name'),
          col('name_key'),
          col('website'),
          col('industry'),
          col('office_address'),
          col('hiring_status'),
          col('hiring_status_changed_at', 'timestamptz'),
          ...stamps,
        ],
        companyRows,
      ),
      fixed(
        'contacts',
        [
          col('id'),
          col('company_id'),
          col('owner_id'),
          col('person_id'),
          col('full_name'),
          col('name_key'),
          col('company_name_key'),
          col('search_key'),
          col('title'),
          col('email'),
          col('email_key'),
          col('phone'),
          col('mailing_address'),
          col('notes', 'text'),
          col('tags', 'text'),
          col('source'),
          col('do_not_contact', 'boolean'),
          col('do_not_contact_reason'),
          col('shared_with_seekers', 'boolean'),
          col('archived_at', 'timestamptz'),
          col('merged_into_id'),
          ...stamps,
        ],
        contactRows,
      ),
      fixed('contact_tags', [col('contact_id'), col('tag_key')], tagRows),
      {
        table: 'connections',
        columns: [
          col('id'),
          col('kind'),
          col('from_kind'),
          col('from_id'),
          col('to_kind'),
          col('to_id'),
          col('source'),
          col('owner_seeker_id'),
          col('recorded_at', 'timestamptz'),
          col('created_at', 'timestamptz'),
        ],
        rows: function* () {
          for (const edge of network.connections()) {
            yield [
              syntheticId('connection', edge.index),
              edge.kind,
              edge.from.type,
              nodeId(edge.from),
              edge.to.type,
              nodeId(edge.to),
              edge.kind === 'MET'
                ? 'MEETING'
                : edge.kind === 'REFERRED'
                  ? 'REFERRAL'
                  : 'CSV_IMPORT',
              edge.ownerSeekerIndex === null ? null : seekerIds[edge.ownerSeekerIndex]!,
              edge.recordedAt,
              edge.recordedAt,
            ];
          }
        },
      },
      fixed(
        'asks',
        [
          col('id'),
          col('owner_id'),
          col('contact_id'),
          col('person_id'),
          col('company_id'),
          col('channel'),
          col('note', 'text'),
          col('status'),
          col('asked_at', 'timestamptz'),
          col('status_changed_at', 'timestamptz'),
        ],
        askRows,
      ),
      fixed(
        'ask_status_changes',
        [
          col('id'),
          col('ask_id'),
          col('position', 'integer'),
          col('status'),
          col('at', 'timestamptz'),
          col('note', 'text'),
        ],
        historyRows,
      ),
      fixed(
        'meetings',
        [
          col('id'),
          col('owner_id'),
          col('ask_id'),
          col('contact_id'),
          col('status'),
          col('starts_at', 'timestamptz'),
          col('duration_minutes', 'integer'),
          col('time_zone'),
          col('location_kind'),
          col('location_details'),
          col('status_changed_at', 'timestamptz'),
          col('ended_at', 'timestamptz'),
          col('created_at', 'timestamptz'),
        ],
        meetingRows,
      ),
    ],
  };
}
