import { createHash } from 'node:crypto';
import {
  DEFAULT_SETTINGS,
  suggestNextContacts,
  throttleWindowStart,
  type AgencySettings,
} from '@rapport/domain';
import {
  at,
  bool,
  dateOf,
  fromGlobalId,
  isoDate,
  isoOrNull,
  marks,
  RawError,
  toGlobalId,
  type RawHandler,
  type RawUser,
} from './raw-common.js';
import type { RawDb } from './raw-db.js';
import { warmIntroPathsRaw } from './raw-paths.js';

/**
 * Hand-written equivalents of the scenarios' GraphQL operations: the same
 * reads in plain SQL (joins where a person writing SQL by hand would join),
 * answered with the same JSON (checked by equivalence.ts before anything is
 * measured). They repeat the API's rules that shape the answer (session
 * lookup, role checks, visibility, global ids, cursors, ISO dates) and call
 * the same pure domain functions for rankings: the baseline does the same
 * work, minus the framework.
 */
type SortValue = string | number | Date;

/** The keyset cursor as common/paging.ts writes it: the sort values, dates as { d }. */
const encodeCursor = (values: SortValue[]) =>
  Buffer.from(
    JSON.stringify(values.map((v) => (v instanceof Date ? { d: v.toISOString() } : v))),
    'utf8',
  ).toString('base64url');

function decodeCursor(cursor: unknown): unknown[] | null {
  if (typeof cursor !== 'string') return null;
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown[];
}

function pageSize(value: unknown, max = 100): number {
  const first = Number(value);
  if (!Number.isInteger(first) || first < 1 || first > max) throw new RawError(400, 'bad first');
  return first;
}

function requireStaff(user: RawUser) {
  if (user.role !== 'STAFF' && user.role !== 'ADMIN') throw new RawError(403, 'staff only');
}

/** The same lookup SessionService.resolve makes: token hash → unexpired, recently used session → user. */
export async function sessionUser(
  db: RawDb,
  token: string,
  idleMinutes = 120,
): Promise<RawUser | null> {
  const tokenHash = createHash('sha256').update(token).digest('hex');
  const now = new Date();
  const rows = await db.all<RawUser>(
    `SELECT u.id, u.email, u.name, u.role, u.created_at, s.created_at AS s_created, s.last_seen_at
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = ? AND s.expires_at > ? AND COALESCE(s.last_seen_at, s.created_at) > ?`,
    [tokenHash, at(db, now), at(db, new Date(now.getTime() - idleMinutes * 60_000))],
  );
  return rows[0] ?? null;
}

async function settingsOf(db: RawDb): Promise<AgencySettings> {
  const [row] = await db.all<{ ask_cap: number; ask_window_days: number }>(
    "SELECT ask_cap, ask_window_days FROM agency_settings WHERE id = 'agency'",
  );
  return row
    ? {
        ...DEFAULT_SETTINGS,
        askThrottle: { maxAsks: row.ask_cap, windowDays: row.ask_window_days },
      }
    : DEFAULT_SETTINGS;
}

/** Asks of each person since the throttle window opened, by every seeker. */
async function recentAsks(
  db: RawDb,
  people: string[],
  settings: AgencySettings,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (people.length === 0) return counts;
  const rows = await db.all<{ person_id: string; n: number | string }>(
    `SELECT person_id, COUNT(*) AS n FROM asks WHERE person_id IN (${marks(people.length)}) AND asked_at > ? GROUP BY person_id`,
    [...people, at(db, throttleWindowStart(new Date(), settings))],
  );
  for (const row of rows) counts.set(row.person_id, Number(row.n));
  return counts;
}

function throttle(settings: AgencySettings, asksInWindow: number) {
  const { maxAsks: cap, windowDays } = settings.askThrottle;
  return {
    asksInWindow,
    cap,
    windowDays,
    atCap: asksInWindow >= cap,
    nearCap: asksInWindow === cap - 1,
  };
}

// ------------------------------------------------------------------ companies

interface CompanyRow {
  id: string;
  name: string;
  name_key: string;
  website: string | null;
  industry: string | null;
  office_address: string | null;
  hiring_status: string;
  hiring_status_changed_at: string | Date;
}

const companiesList: RawHandler = async (db, user, variables) => {
  requireStaff(user);
  const first = pageSize(variables.first);
  const after = decodeCursor(variables.after) as [string, string] | null;
  const [total] = await db.all<{ n: number | string }>('SELECT COUNT(*) AS n FROM companies');
  const columns =
    'id, name, name_key, website, industry, office_address, hiring_status, hiring_status_changed_at';
  const rows = after
    ? await db.all<CompanyRow>(
        `SELECT ${columns} FROM companies WHERE name_key > ? OR (name_key = ? AND id > ?) ORDER BY name_key, id LIMIT ?`,
        [after[0], after[0], after[1], first + 1],
      )
    : await db.all<CompanyRow>(`SELECT ${columns} FROM companies ORDER BY name_key, id LIMIT ?`, [
        first + 1,
      ]);
  const page = rows.slice(0, first);
  const counts = new Map<string, number>();
  if (page.length > 0) {
    const found = await db.all<{ company_id: string; n: number | string }>(
      `SELECT company_id, COUNT(*) AS n FROM contacts WHERE company_id IN (${marks(page.length)}) AND owner_id IS NULL GROUP BY company_id`,
      page.map((row) => row.id),
    );
    for (const row of found) counts.set(row.company_id, Number(row.n));
  }
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.name_key, row.id]),
    node: {
      id: toGlobalId('Company', row.id),
      name: row.name,
      website: row.website,
      industry: row.industry,
      officeAddress: row.office_address,
      hiringStatus: row.hiring_status,
      hiringStatusChangedAt: isoDate(row.hiring_status_changed_at),
      contactCount: counts.get(row.id) ?? 0,
    },
  }));
  return {
    data: {
      companies: {
        totalCount: Number(total!.n),
        edges,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      },
    },
  };
};

// ------------------------------------------------------------------ dashboard

interface AskRow {
  id: string;
  contact_id: string;
  person_id: string;
  company_id: string | null;
  status: string;
  status_changed_at: string | Date;
}

const companyOrNull = (id: string | null, name: string | null) =>
  id === null ? null : { id: toGlobalId('Company', id), name };

const seekerDashboard: RawHandler = async (db, user) => {
  if (user.role !== 'SEEKER') throw new RawError(403, 'seekers only');
  const settings = await settingsOf(db);
  const waiting = await db.all<{
    id: string;
    asked_at: string | Date;
    channel: string;
    contact_id: string;
    full_name: string;
    company_id: string | null;
    company_name: string | null;
  }>(
    `SELECT a.id, a.asked_at, a.channel, a.contact_id, c.full_name, a.company_id, co.name AS company_name
       FROM asks a
       JOIN contacts c ON c.id = a.contact_id
       LEFT JOIN companies co ON co.id = a.company_id
      WHERE a.owner_id = ? AND a.status = 'ASKED'
      ORDER BY a.asked_at, a.id LIMIT 50`,
    [user.id],
  );

  // Suggestions: the same candidates AskService.suggest reads, ranked by the domain.
  const ownAsks = await db.all<AskRow>(
    'SELECT id, contact_id, person_id, company_id, status, status_changed_at FROM asks WHERE owner_id = ?',
    [user.id],
  );
  const anchor =
    ownAsks
      .filter((a) => a.status === 'DECLINED' || a.status === 'NO_RESPONSE')
      .sort(
        (a, b) => dateOf(b.status_changed_at).getTime() - dateOf(a.status_changed_at).getTime(),
      )[0]?.company_id ?? null;
  interface Candidate {
    id: string;
    person_id: string;
    company_id: string | null;
    full_name: string;
    title: string | null;
    company_name: string | null;
  }
  // Visible to the seeker (shared agency contacts, their own), not flagged, not asked yet.
  const candidates = (visible: string, rest: string, params: unknown[]) =>
    db.all<Candidate & { created_at: string | Date }>(
      `SELECT c.id, c.person_id, c.company_id, c.full_name, c.title, c.created_at, co.name AS company_name
         FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
        WHERE c.merged_into_id IS NULL AND ${visible}
          AND c.archived_at IS NULL AND c.do_not_contact = false
          AND NOT EXISTS (SELECT 1 FROM asks oa WHERE oa.owner_id = ? AND oa.person_id = c.person_id)
          ${rest}`,
      params,
    );
  const shared = 'c.owner_id IS NULL AND c.shared_with_seekers = true';
  const sameCompany = anchor
    ? await candidates(
        `((${shared} AND c.archived_at IS NULL) OR c.owner_id = ?)`,
        'AND c.company_id = ? ORDER BY c.name_key LIMIT 50',
        [user.id, user.id, anchor],
      )
    : [];
  // The newest shared agency contacts and the seeker's own, each read in its index's order.
  const newest = 'ORDER BY c.created_at DESC, c.id DESC LIMIT 200';
  const network = [
    ...(await candidates(shared, newest, [user.id])),
    ...(await candidates('c.owner_id = ?', newest, [user.id, user.id])),
  ]
    .sort(
      (a, b) =>
        dateOf(b.created_at).getTime() - dateOf(a.created_at).getTime() ||
        (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
    )
    .slice(0, 200);
  const rows = new Map([...sameCompany, ...network].map((row) => [row.id, row]));
  const people = [...new Set([...rows.values()].map((row) => row.person_id))];
  const ranked = suggestNextContacts({
    seekerId: user.id,
    companyId: anchor,
    contacts: [...rows.values()].map((row) => ({
      id: row.id,
      personId: row.person_id,
      companyId: row.company_id,
      doNotContact: false,
      name: row.full_name,
    })),
    ownAsks: ownAsks.map((a) => ({
      contactId: a.contact_id,
      personId: a.person_id,
      status: a.status as 'ASKED',
    })),
    recentAskCounts: await recentAsks(db, people, settings),
    settings,
    limit: settings.suggestionLimit,
  });

  return {
    data: {
      seekerDashboard: {
        waitingAsks: waiting.map((a) => ({
          id: toGlobalId('Ask', a.id),
          askedAt: isoDate(a.asked_at),
          channel: a.channel,
          contact: { id: toGlobalId('Contact', a.contact_id), fullName: a.full_name },
          company: companyOrNull(a.company_id, a.company_name),
        })),
        suggestions: ranked.map((s) => {
          const row = rows.get(s.contactId)!;
          return {
            reason: s.message,
            reasonKind: s.reason,
            contact: {
              id: toGlobalId('Contact', row.id),
              fullName: row.full_name,
              title: row.title,
              company: companyOrNull(row.company_id, row.company_name),
            },
          };
        }),
      },
    },
  };
};

// ------------------------------------------------------------------- contacts

interface ContactRow {
  id: string;
  person_id: string;
  company_id: string | null;
  company_name: string | null;
  full_name: string;
  name_key: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  tags: string;
  source: string;
  shared_with_seekers: boolean | number;
  do_not_contact: boolean | number;
  archived_at: string | Date | null;
  created_at: string | Date;
}

const CONTACT_COLUMNS = `c.id, c.person_id, c.company_id, co.name AS company_name, c.full_name, c.name_key,
  c.title, c.email, c.phone, c.tags, c.source, c.shared_with_seekers, c.do_not_contact, c.archived_at, c.created_at`;

/** The ContactRow fragment of the admin client. */
function contactRow(row: ContactRow, settings: AgencySettings, counts: Map<string, number>) {
  return {
    id: toGlobalId('Contact', row.id),
    fullName: row.full_name,
    title: row.title,
    email: row.email,
    phone: row.phone,
    tags: JSON.parse(row.tags) as string[],
    source: row.source,
    sharedWithSeekers: bool(row.shared_with_seekers),
    doNotContact: bool(row.do_not_contact),
    archivedAt: isoOrNull(row.archived_at),
    createdAt: isoDate(row.created_at),
    company: companyOrNull(row.company_id, row.company_name),
    throttle: throttle(settings, counts.get(row.person_id) ?? 0),
  };
}

/** Staff's contacts list with the filters the scenario uses (a tag, archived left out, by name). */
const contactsPage: RawHandler = async (db, user, variables) => {
  requireStaff(user);
  const first = pageSize(variables.first);
  const after = decodeCursor(variables.after) as [string, string] | null;
  const tag = String(variables.tag ?? '')
    .trim()
    .toLowerCase();
  if (!tag || variables.sort !== 'NAME' || variables.includeArchived !== false) {
    throw new RawError(400, 'the raw contacts page knows the scenario filter only');
  }
  const where = `c.merged_into_id IS NULL AND c.owner_id IS NULL AND c.archived_at IS NULL
    AND EXISTS (SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag_key = ?)`;
  // Counted from the tag's rows, each contact looked up in the index of listed
  // agency contacts (see ContactService.conditions).
  const [total] = await db.all<{ n: number | string }>(
    `SELECT COUNT(*) AS n FROM contact_tags t JOIN contacts c ON c.id = t.contact_id
      WHERE t.tag_key = ? AND c.merged_into_id IS NULL AND c.owner_id IS NULL AND c.archived_at IS NULL`,
    [tag],
  );
  const rows = await db.all<ContactRow>(
    `SELECT ${CONTACT_COLUMNS} FROM contacts c LEFT JOIN companies co ON co.id = c.company_id
      WHERE ${where}${after ? ' AND (c.name_key > ? OR (c.name_key = ? AND c.id > ?))' : ''}
      ORDER BY c.name_key, c.id LIMIT ?`,
    after ? [tag, after[0], after[0], after[1], first + 1] : [tag, first + 1],
  );
  const page = rows.slice(0, first);
  const settings = await settingsOf(db);
  const counts = await recentAsks(db, [...new Set(page.map((row) => row.person_id))], settings);
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.name_key, row.id]),
    node: contactRow(row, settings, counts),
  }));
  return {
    data: {
      contacts: {
        totalCount: Number(total!.n),
        edges,
        pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      },
    },
  };
};

// ----------------------------------------------------------- contact timeline

const contactTimeline: RawHandler = async (db, user, variables) => {
  requireStaff(user);
  const id = fromGlobalId(variables.id, 'Contact');
  const first = pageSize(variables.first);
  const after = decodeCursor(variables.after) as [{ d: string }, string] | null;
  const [row] = await db.all<
    ContactRow & {
      owner_id: string | null;
      mailing_address: string | null;
      notes: string | null;
      do_not_contact_reason: string | null;
      updated_at: string | Date;
    }
  >(
    `SELECT ${CONTACT_COLUMNS}, c.owner_id, c.mailing_address, c.notes, c.do_not_contact_reason, c.updated_at
       FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id = ?`,
    [id],
  );
  // Staff see agency records, archived ones included; a seeker's own stay theirs.
  if (!row || row.owner_id !== null) throw new RawError(404, 'not found');
  const settings = await settingsOf(db);
  const counts = await recentAsks(db, [row.person_id], settings);

  const [total] = await db.all<{ n: number | string }>(
    'SELECT COUNT(*) AS n FROM asks WHERE person_id = ?',
    [row.person_id],
  );
  const asks = await db.all<{
    id: string;
    owner_id: string;
    seeker_name: string;
    contact_id: string;
    contact_name: string;
    asked_at: string | Date;
    channel: string;
    status: string;
    status_changed_at: string | Date;
    note: string | null;
  }>(
    `SELECT a.id, a.owner_id, u.name AS seeker_name, a.contact_id, ct.full_name AS contact_name,
            a.asked_at, a.channel, a.status, a.status_changed_at, a.note
       FROM asks a JOIN users u ON u.id = a.owner_id JOIN contacts ct ON ct.id = a.contact_id
      WHERE a.person_id = ?${after ? ' AND (a.asked_at < ? OR (a.asked_at = ? AND a.id < ?))' : ''}
      ORDER BY a.asked_at DESC, a.id DESC LIMIT ?`,
    after
      ? [
          row.person_id,
          at(db, new Date(after[0].d)),
          at(db, new Date(after[0].d)),
          after[1],
          first + 1,
        ]
      : [row.person_id, first + 1],
  );
  const page = asks.slice(0, first);
  const history = new Map<string, { at: string; status: string; note: string | null }[]>();
  if (page.length > 0) {
    const changes = await db.all<{
      ask_id: string;
      at: string | Date;
      status: string;
      note: string | null;
    }>(
      `SELECT ask_id, at, status, note FROM ask_status_changes WHERE ask_id IN (${marks(page.length)}) ORDER BY ask_id, position`,
      page.map((a) => a.id),
    );
    for (const change of changes) {
      const list = history.get(change.ask_id) ?? [];
      list.push({ at: isoDate(change.at), status: change.status, note: change.note });
      history.set(change.ask_id, list);
    }
  }
  const edges = page.map((a) => ({
    cursor: encodeCursor([dateOf(a.asked_at), a.id]),
    node: {
      id: toGlobalId('Ask', a.id),
      askedAt: isoDate(a.asked_at),
      channel: a.channel,
      status: a.status,
      statusChangedAt: isoDate(a.status_changed_at),
      note: a.note,
      seeker: { id: toGlobalId('User', a.owner_id), name: a.seeker_name },
      contact: { id: toGlobalId('Contact', a.contact_id), fullName: a.contact_name },
      history: history.get(a.id) ?? [],
    },
  }));
  return {
    data: {
      contact: {
        ...contactRow(row, settings, counts),
        mailingAddress: row.mailing_address,
        notes: row.notes,
        doNotContactReason: bool(row.do_not_contact) ? row.do_not_contact_reason : null,
        updatedAt: isoDate(row.updated_at),
        timeline: {
          totalCount: Number(total!.n),
          edges,
          pageInfo: { hasNextPage: asks.length > first, endCursor: edges.at(-1)?.cursor ?? null },
        },
      },
    },
  };
};

/** Keyed by scenario name (scenarios.ts). */
export const rawHandlers: Record<string, RawHandler> = {
  'companies-list': companiesList,
  'seeker-dashboard': seekerDashboard,
  'contacts-page': contactsPage,
  'contact-timeline': contactTimeline,
  'warm-intro-path': warmIntroPathsRaw,
};
