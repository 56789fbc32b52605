import { createHash } from 'node:crypto';
import { hashPassword } from '../auth/password.js';
import type { DatasetSizes } from './options.js';
import { Random } from './random.js';

/**
 * The benchmark's data, as rows per table in foreign-key order. Generation is
 * pure and deterministic (seed → same rows); writing them is bulk-insert.ts's
 * job. A later issue adds a table (connections, meetings, asks) by adding one
 * more generator to `buildDataset` and, if the bench needs it, a size.
 */
export type Cell = string | number | boolean | Date | null;

export interface Column {
  name: string;
  /** The PostgreSQL type, for the typed arrays the bulk insert sends. */
  pg: 'varchar' | 'text' | 'boolean' | 'timestamptz';
}

export interface TableRows {
  table: string;
  columns: Column[];
  rows: Cell[][];
}

/** A signed-in account the scenarios act as: its cookie token is seeded as a session. */
export interface BenchAccount {
  id: string;
  email: string;
  role: 'STAFF' | 'ADMIN' | 'SEEKER';
  sessionToken: string;
}

export interface Dataset {
  tables: TableRows[];
  accounts: { staff: BenchAccount; admin: BenchAccount; seeker: BenchAccount };
  /** The password of every seeded account, for poking at a kept database by hand. */
  password: string;
}

// Fixed, not the clock: timestamps are part of the data and must repeat.
const EPOCH = Date.UTC(2026, 0, 1);
const DAY = 86_400_000;
/** Far enough ahead that seeded sessions never expire during a run. */
const SESSION_EXPIRY = new Date(Date.UTC(2099, 0, 1));
export const BENCH_PASSWORD = 'bench password';

const col = (name: string, pg: Column['pg'] = 'varchar'): Column => ({ name, pg });
const stamps = [col('created_at', 'timestamptz'), col('updated_at', 'timestamptz')];

const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Luis',
  'Maya',
  'Nils',
  'Olu',
  'Priya',
  'Quinn',
  'Rosa',
  'Sami',
  'Tariq',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
  'Zoe',
];
const LAST = [
  'Abbott',
  'Bauer',
  'Chen',
  'Diaz',
  'Eriksen',
  'Fontaine',
  'Gupta',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Mensah',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quint',
  'Rossi',
  'Silva',
  'Tanaka',
  'Ueda',
  'Varga',
  'Weber',
  'Xu',
  'Young',
];
const NAME_A = [
  'Northwind',
  'Blue',
  'Silver',
  'Granite',
  'Harbor',
  'Cedar',
  'Lumen',
  'Atlas',
  'Beacon',
  'Summit',
  'Copper',
  'Meridian',
  'Pioneer',
  'Quarry',
  'Riverbend',
  'Saffron',
  'Tidal',
  'Vertex',
  'Willow',
  'Zenith',
];
const NAME_B = [
  'Analytics',
  'Health',
  'Logistics',
  'Robotics',
  'Foods',
  'Energy',
  'Software',
  'Studios',
  'Capital',
  'Bio',
  'Systems',
  'Mobility',
  'Media',
  'Labs',
  'Works',
];
const NAME_C = ['', ' Inc', ' Group', ' & Co', ' GmbH', ' Ltd', ' Partners'];
const INDUSTRIES = [
  'Software',
  'Healthcare',
  'Logistics',
  'Manufacturing',
  'Retail',
  'Finance',
  'Energy',
  'Media',
  'Education',
  'Hospitality',
  null,
];
const TITLES = [
  'Engineering Manager',
  'Head of Data',
  'VP Product',
  'Design Lead',
  'Hiring Manager',
  'CTO',
  'Operations Director',
  'Team Lead',
  null,
];
const TAGS = ['warm', 'alumni', 'referrer', 'speaker', 'recruiter', 'mentor'];

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function stamp(random: Random, spanDays: number): Date {
  return new Date(EPOCH - random.int(spanDays * DAY));
}

export async function buildDataset(sizes: DatasetSizes, seed: number): Promise<Dataset> {
  // One scrypt hash shared by every account: hashing 10,000 passwords would
  // take minutes and measure nothing. Its salt is the one random part.
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const users = Random.forTable(seed, 'users');
  const userRows: Cell[][] = [];
  const addUser = (email: string, name: string, role: BenchAccount['role']) => {
    const id = users.uuid();
    const created = stamp(users, 700);
    userRows.push([id, email, name, role, passwordHash, created, created]);
    return id;
  };
  const account = (role: BenchAccount['role']): BenchAccount => {
    const email = `bench-${role.toLowerCase()}@bench.test`;
    return {
      id: addUser(email, `Bench ${role}`, role),
      email,
      role,
      sessionToken: `bench-${role.toLowerCase()}-session-${seed}`,
    };
  };
  const accounts = { staff: account('STAFF'), admin: account('ADMIN'), seeker: account('SEEKER') };
  const staffIds = [accounts.staff.id, accounts.admin.id];
  for (let i = 0; i < sizes.staff; i += 1) {
    staffIds.push(
      addUser(`staff${i}@agency.test`, `${users.pick(FIRST)} ${users.pick(LAST)}`, 'STAFF'),
    );
  }
  const seekerIds = [accounts.seeker.id];
  for (let i = 1; i < sizes.seekers; i += 1) {
    seekerIds.push(
      addUser(`seeker${i}@example.test`, `${users.pick(FIRST)} ${users.pick(LAST)}`, 'SEEKER'),
    );
  }

  // Every account has a live session, so the session lookup runs against a
  // table of realistic size; the bench accounts' tokens are known.
  const sessions = Random.forTable(seed, 'sessions');
  const sessionRows: Cell[][] = [];
  for (const a of Object.values(accounts)) {
    sessionRows.push([hashToken(a.sessionToken), a.id, new Date(EPOCH), SESSION_EXPIRY]);
  }
  for (const id of [...staffIds.slice(2), ...seekerIds.slice(1)]) {
    sessionRows.push([
      hashToken(`${id}:${sessions.next()}`),
      id,
      stamp(sessions, 14),
      SESSION_EXPIRY,
    ]);
  }

  const companies = Random.forTable(seed, 'companies');
  const companyRows: Cell[][] = [];
  const used = new Set<string>();
  for (let i = 0; i < sizes.companies; i += 1) {
    let name = `${companies.pick(NAME_A)} ${companies.pick(NAME_B)}${companies.pick(NAME_C)}`;
    for (let n = 2; used.has(name.toLowerCase()); n += 1)
      name = `${name.replace(/ \d+$/, '')} ${n}`;
    used.add(name.toLowerCase());
    const created = stamp(companies, 900);
    const status = companies.pick(['HIRING', 'HIRING', 'NOT_HIRING', 'UNKNOWN'] as const);
    companyRows.push([
      companies.uuid(),
      name,
      name.toLowerCase(),
      companies.chance(0.8)
        ? `https://${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}.example`
        : null,
      companies.pick(INDUSTRIES),
      companies.chance(0.6) ? `${1 + companies.int(400)} Market Street` : null,
      status,
      new Date(created.getTime() + companies.int(200) * DAY),
      created,
      created,
    ]);
  }

  // Skewed over companies (a few employers hold many contacts, most a few),
  // mostly agency contacts, some private to a seeker, a few with no company.
  const contacts = Random.forTable(seed, 'contacts');
  const contactRows: Cell[][] = [];
  for (let i = 0; i < sizes.contacts; i += 1) {
    const company = contacts.chance(0.03)
      ? null
      : (companyRows[Math.floor(companyRows.length * contacts.next() ** 2)]![0] as string);
    const priv = contacts.chance(0.15);
    const first = contacts.pick(FIRST);
    const last = contacts.pick(LAST);
    const tags = TAGS.filter(() => contacts.chance(0.15));
    const created = stamp(contacts, 600);
    contactRows.push([
      contacts.uuid(),
      company,
      priv ? contacts.pick(seekerIds) : null,
      `${first} ${last}`,
      contacts.pick(TITLES),
      contacts.chance(0.7) ? `${first}.${last}.${i}@mail.example`.toLowerCase() : null,
      contacts.chance(0.4) ? `+1 555 ${String(contacts.int(10_000_000)).padStart(7, '0')}` : null,
      null,
      contacts.chance(0.2) ? 'Met at a meetup; prefers email.' : null,
      JSON.stringify(tags),
      priv ? contacts.pick(['SEEKER', 'REFERRAL'] as const) : 'AGENCY',
      contacts.chance(0.02),
      created,
      created,
    ]);
  }

  return {
    accounts,
    password: BENCH_PASSWORD,
    tables: [
      {
        table: 'users',
        columns: [
          col('id'),
          col('email'),
          col('name'),
          col('role'),
          col('password_hash'),
          ...stamps,
        ],
        rows: userRows,
      },
      {
        table: 'sessions',
        columns: [
          col('token_hash'),
          col('user_id'),
          col('created_at', 'timestamptz'),
          col('expires_at', 'timestamptz'),
        ],
        rows: sessionRows,
      },
      {
        table: 'companies',
        columns: [
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
        rows: companyRows,
      },
      {
        table: 'contacts',
        columns: [
          col('id'),
          col('company_id'),
          col('owner_id'),
          col('full_name'),
          col('title'),
          col('email'),
          col('phone'),
          col('mailing_address'),
          col('notes', 'text'),
          col('tags', 'text'),
          col('source'),
          col('do_not_contact', 'boolean'),
          ...stamps,
        ],
        rows: contactRows,
      },
    ],
  };
}
