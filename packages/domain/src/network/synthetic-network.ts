import type { ConnectionKind } from './connection.js';

/**
 * Realistic referral networks of any size, for tests, the benchmark and the
 * demo. Deterministic: the same options give the same network, bit for bit,
 * because every choice comes from a seeded generator and dates are spread
 * over a window the caller passes in (the domain reads no clock).
 *
 * The shape imitates what an agency's book looks like:
 * - companies of very different sizes (a few large employers, a long tail of
 *   small ones), each a cluster of colleagues who mostly work with and know
 *   each other;
 * - a few brokers (recruiters, consultants, serial job changers) with ties
 *   into many companies, which is what makes three hops reach far;
 * - a long tail of stray acquaintances between random people;
 * - seekers with a handful of private MET links, their way into the network.
 */
export interface SyntheticNetworkOptions {
  seed: number;
  contacts: number;
  /** Edges to make, seekers' links included. */
  connections: number;
  /** Default: one company per 40 contacts, at least 1. */
  companies?: number;
  /** Default: one seeker per 1,000 contacts, at least 2. */
  seekers?: number;
  /** Share of contacts that are brokers. Default 0.5%. */
  brokerShare?: number;
  /** Share of contacts flagged do-not-contact. Default 1%. */
  doNotContactShare?: number;
  /** Edges are dated evenly at random within [from, to). */
  from: Date;
  to: Date;
}

export interface SyntheticCompany {
  index: number;
  name: string;
  industry: string;
}

export interface SyntheticContact {
  index: number;
  companyIndex: number;
  name: string;
  title: string;
  doNotContact: boolean;
  broker: boolean;
}

export interface SyntheticSeeker {
  index: number;
  name: string;
}

export interface SyntheticEnd {
  type: 'CONTACT' | 'SEEKER';
  index: number;
}

export interface SyntheticConnection {
  index: number;
  kind: ConnectionKind;
  from: SyntheticEnd;
  to: SyntheticEnd;
  /** The seeker index whose private link this is, or null for the agency's. */
  ownerSeekerIndex: number | null;
  recordedAt: Date;
}

export interface SyntheticNetwork {
  companies: SyntheticCompany[];
  contacts: SyntheticContact[];
  seekers: SyntheticSeeker[];
  /**
   * The edges, generated lazily so a million of them are never all in
   * memory at once; iterate it as often as needed, it yields the same edges.
   */
  connections: () => Generator<SyntheticConnection>;
}

/** mulberry32: tiny, fast and good enough to shape test data; never for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dev',
  'Elif',
  'Femi',
  'Grace',
  'Hiro',
  'Ines',
  'Jon',
  'Kemi',
  'Luca',
  'Maya',
  'Nils',
  'Omar',
  'Pia',
  'Quinn',
  'Rosa',
  'Sami',
  'Tara',
  'Uma',
  'Viktor',
  'Wen',
  'Yara',
  'Zoe',
  'Aarav',
  'Bea',
  'Carlos',
  'Dina',
  'Emil',
];
const LAST = [
  'Abara',
  'Berg',
  'Costa',
  'Diallo',
  'Evans',
  'Fischer',
  'Garcia',
  'Haddad',
  'Ito',
  'Jensen',
  'Kowalski',
  'Larsen',
  'Mendes',
  'Nakamura',
  'Okafor',
  'Patel',
  'Quist',
  'Rossi',
  'Silva',
  'Tanaka',
  'Usman',
  'Vega',
  'Wong',
  'Xu',
  'Yilmaz',
  'Zhang',
];
const COMPANY_WORDS = [
  'Harbor',
  'Summit',
  'Cedar',
  'Lumen',
  'Atlas',
  'Beacon',
  'Granite',
  'Orchid',
  'Falcon',
  'Meridian',
  'Juniper',
  'Quarry',
  'Tidal',
  'Vertex',
  'Willow',
  'Aurora',
  'Cobalt',
  'Delta',
  'Ember',
  'Fjord',
];
const COMPANY_KINDS = [
  'Logistics',
  'Health',
  'Software',
  'Builders',
  'Foods',
  'Energy',
  'Media',
  'Finance',
];
const TITLES = [
  'Engineering Manager',
  'Operations Manager',
  'Head of Sales',
  'Finance Director',
  'Team Lead',
  'Recruiter',
  'Product Manager',
  'Plant Manager',
  'HR Business Partner',
  'Director',
];

const pick = <T>(list: readonly T[], random: () => number): T =>
  list[Math.floor(random() * list.length)] as T;

export function syntheticNetwork(options: SyntheticNetworkOptions): SyntheticNetwork {
  const contactCount = Math.max(2, Math.floor(options.contacts));
  const companyCount = Math.max(1, options.companies ?? Math.floor(contactCount / 40));
  const seekerCount = Math.max(2, options.seekers ?? Math.floor(contactCount / 1000));
  const brokerShare = options.brokerShare ?? 0.005;
  const doNotContactShare = options.doNotContactShare ?? 0.01;
  const random = seededRandom(options.seed);

  const companies: SyntheticCompany[] = Array.from({ length: companyCount }, (_, index) => ({
    index,
    name: `${COMPANY_WORDS[index % COMPANY_WORDS.length]} ${
      COMPANY_KINDS[Math.floor(index / COMPANY_WORDS.length) % COMPANY_KINDS.length]
    }${index >= COMPANY_WORDS.length * COMPANY_KINDS.length ? ` ${index}` : ''}`,
    industry: COMPANY_KINDS[Math.floor(index / COMPANY_WORDS.length) % COMPANY_KINDS.length]!,
  }));

  // Company sizes follow a long tail: squaring a uniform number piles
  // contacts onto the first companies and leaves the last ones small.
  const members: number[][] = companies.map(() => []);
  const brokers: number[] = [];
  const contacts: SyntheticContact[] = Array.from({ length: contactCount }, (_, index) => {
    const companyIndex = Math.min(companyCount - 1, Math.floor(random() ** 2 * companyCount));
    members[companyIndex]!.push(index);
    const broker = random() < brokerShare;
    if (broker) brokers.push(index);
    return {
      index,
      companyIndex,
      name: `${pick(FIRST, random)} ${pick(LAST, random)}`,
      title: broker ? 'Recruiter' : pick(TITLES, random),
      doNotContact: random() < doNotContactShare,
      broker,
    };
  });
  if (brokers.length === 0) brokers.push(0);

  const seekers: SyntheticSeeker[] = Array.from({ length: seekerCount }, (_, index) => ({
    index,
    name: `${pick(FIRST, random)} ${pick(LAST, random)} (seeker)`,
  }));

  const edgeSeed = Math.floor(random() * 2 ** 32);
  const span = options.to.getTime() - options.from.getTime();
  const total = Math.max(0, Math.floor(options.connections));

  function* connections(): Generator<SyntheticConnection> {
    const r = seededRandom(edgeSeed);
    const seen = new Set<number>();
    const dated = () => new Date(options.from.getTime() + Math.floor(r() * span));
    let made = 0;
    const contact = (index: number): SyntheticEnd => ({ type: 'CONTACT', index });

    // Seekers first: each met a few people, so every seeker has a way in.
    const seekerLinks = Math.min(total, seekerCount * 5);
    for (let i = 0; i < seekerLinks; i += 1) {
      const seeker = i % seekerCount;
      const met = Math.floor(r() * contactCount);
      const key = -(seeker * contactCount + met) - 1;
      if (seen.has(key)) continue;
      seen.add(key);
      yield {
        index: made++,
        kind: 'MET',
        from: { type: 'SEEKER', index: seeker },
        to: contact(met),
        ownerSeekerIndex: seeker,
        recordedAt: dated(),
      };
    }

    let attempts = 0;
    while (made < total && attempts < total * 4) {
      attempts += 1;
      const roll = r();
      let a: number;
      let b: number;
      let kind: ConnectionKind;
      if (roll < 0.6) {
        // Colleagues: most ties stay inside a company.
        a = Math.floor(r() * contactCount);
        const colleagues = members[contacts[a]!.companyIndex]!;
        b = colleagues[Math.floor(r() * colleagues.length)]!;
        const k = r();
        kind = k < 0.6 ? 'WORKS_WITH' : k < 0.85 ? 'KNOWS' : 'REFERRED';
      } else if (roll < 0.85) {
        // Brokers bridge clusters.
        a = brokers[Math.floor(r() * brokers.length)]!;
        b = Math.floor(r() * contactCount);
        kind = r() < 0.6 ? 'KNOWS' : 'REFERRED';
      } else {
        // The long tail: stray acquaintances anywhere.
        a = Math.floor(r() * contactCount);
        b = Math.floor(r() * contactCount);
        kind = r() < 0.7 ? 'KNOWS' : 'REFERRED';
      }
      if (a === b) continue;
      // One edge per pair: a referral keeps its direction, the rest are symmetric.
      const [low, high] = a < b ? [a, b] : [b, a];
      const key = low * contactCount + high;
      if (seen.has(key)) continue;
      seen.add(key);
      yield {
        index: made++,
        kind,
        from: contact(a),
        to: contact(b),
        ownerSeekerIndex: null,
        recordedAt: dated(),
      };
    }
  }

  return { companies, contacts, seekers, connections };
}

/**
 * A UUID-shaped id for the n-th synthetic row of a kind, so generated rows
 * look like real ones to the API and stay the same from run to run.
 * `namespace` (0–15) keeps two generated networks in one database apart.
 */
export function syntheticId(
  kind: 'company' | 'contact' | 'seeker' | 'connection',
  index: number,
  namespace = 0,
): string {
  const prefix = { company: 'a', contact: 'c', seeker: 'b', connection: 'e' }[kind];
  const tail = index.toString(16).padStart(12, '0');
  return `${prefix}${namespace.toString(16)}000000-0000-4000-8000-${tail}`;
}
