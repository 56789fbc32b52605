import { createHash, randomUUID } from 'node:crypto';
import { syntheticNetwork } from '@rapport/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { userActor } from '../src/common/actor.js';
import { toGlobalId } from '../src/common/global-id.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { openDatabase } from '../src/db/data-source.js';
import { ConnectionEntity } from '../src/network/connection.entity.js';
import { pruneNetworkChanges } from '../src/network/network-changes.js';
import { NETWORK_CHANGES_KEPT_MS } from '../src/network/network.service.js';
import { loadSyntheticNetwork } from '../src/network/synthetic-load.js';
import { DEMO_PASSWORD, seedDemoData } from '../src/seed/demo-data.js';
import { createApp, type App } from '../src/server/app.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
} from './support/test-app.js';
import { insertContact, userIdOf } from './support/contacts.js';

const PATHS = `query($target: IntroTargetInput!, $first: Int, $seekerId: ID) {
  warmIntroPaths(target: $target, first: $first, seekerId: $seekerId) {
    length weakestStrength
    hops {
      kind sentence strength recordedAt
      from { __typename ... on Contact { fullName } ... on NetworkSeeker { id name } }
      to { __typename ... on Contact { fullName } ... on NetworkSeeker { id name } }
    }
  }
}`;

interface Hop {
  kind: string;
  sentence: string;
  strength: number;
  from: { __typename: string; fullName?: string; name?: string };
  to: { __typename: string; fullName?: string; name?: string };
}
interface PathsData {
  warmIntroPaths: { length: number; weakestStrength: number; hops: Hop[] }[];
}

/** Each path as the people after the seeker, for compact assertions. */
const chains = (data: PathsData | null | undefined) =>
  (data?.warmIntroPaths ?? []).map((path) =>
    path.hops.map((hop) => hop.to.fullName ?? hop.to.name).join(' > '),
  );

describe('the referral network', () => {
  let app: TestApp;
  let staff: Client;
  let alice: Client; // seeker A
  let bob: Client; // seeker B
  let aliceId: string;
  let bobId: string;
  const clock = new Date('2026-03-02T09:00:00Z');
  const company: Record<string, string> = {};
  const contact: Record<string, string> = {};
  const gid = (name: string) => toGlobalId('Contact', contact[name]!);
  const cid = (name: string) => toGlobalId('Company', company[name]!);

  const addCompany = async (name: string) => {
    company[name] = randomUUID();
    await app.dataSource.getRepository(CompanyEntity).insert({
      id: company[name],
      name,
      nameKey: name.toLowerCase(),
      hiringStatus: 'UNKNOWN',
      hiringStatusChangedAt: clock,
    });
  };
  const addContact = async (
    key: string,
    fullName: string,
    at: string,
    ownerId: string | null = null,
    shared = true,
  ) => {
    contact[key] = await insertContact(app, {
      fullName,
      ownerId,
      companyId: company[at]!,
      companyName: at,
      email: `${key}@${at.toLowerCase().replace(/\s+/g, '')}.example`,
      shared,
    });
  };
  const link = async (from: string, to: string, kind: 'KNOWS' | 'WORKS_WITH') => {
    const result = await staff.gql<{ createConnection: { id: string } }>(
      `mutation($input: ConnectionInput!) { createConnection(input: $input) { id } }`,
      { input: { fromContactId: gid(from), toContactId: gid(to), kind } },
    );
    expect(result.errors).toBeUndefined();
    return result.data!.createConnection.id;
  };
  const met = (seekerId: string, name: string) =>
    app.services.network.recordMeetingHeld(
      { id: randomUUID(), seekerId, contactId: contact[name]!, status: 'COMPLETED' },
      clock,
    );
  const referred = (seekerId: string, giver: string, named: string) =>
    app.services.network.recordReferral({
      referralId: randomUUID(),
      seekerId,
      giverContactId: contact[giver]!,
      referredContactId: contact[named]!,
      at: clock,
    });

  beforeAll(async () => {
    app = await createTestApp();
    app.services.now = () => clock;
    staff = await signedInAs(app, 'STAFF');
    alice = await signedInAs(app, 'SEEKER');
    bob = await signedInAs(app, 'SEEKER');
    aliceId = await userIdOf(alice);
    bobId = await userIdOf(bob);
    await addCompany('Acme');
    await addCompany('Beta Labs');
    await addCompany('Gamma Corp');
    await addContact('dana', 'Dana Diaz', 'Beta Labs');
    await addContact('eli', 'Eli Evans', 'Beta Labs');
    await addContact('fay', 'Fay Fischer', 'Acme');
    await addContact('gus', 'Gus Green', 'Acme');
    await addContact('hal', 'Hal Hughes', 'Gamma Corp');
    await addContact('ivy', 'Ivy Ito', 'Gamma Corp');
    await addContact('bobsOwn', 'Bob’s Private Friend', 'Gamma Corp', bobId);

    await met(aliceId, 'dana');
    await met(aliceId, 'hal');
    await link('dana', 'eli', 'WORKS_WITH');
    await link('eli', 'fay', 'KNOWS');
    await link('hal', 'fay', 'KNOWS');
    await referred(aliceId, 'dana', 'gus');
    // A cycle: dana – eli – ivy – dana.
    await link('eli', 'ivy', 'KNOWS');
    await link('ivy', 'dana', 'KNOWS');
    // Bob's private knowledge: he met Ivy, and he noted that Ivy knows Fay
    // and his private contact. Alice must never travel along either.
    await met(bobId, 'ivy');
    await app.dataSource.transaction(async (manager) => {
      const rows = [
        { from: 'ivy', to: 'fay' },
        { from: 'dana', to: 'bobsOwn' },
      ].map(({ from, to }) => ({
        id: randomUUID(),
        kind: 'KNOWS' as const,
        fromKind: 'CONTACT' as const,
        fromId: contact[from]!,
        toKind: 'CONTACT' as const,
        toId: contact[to]!,
        source: 'MANUAL' as const,
        sourceId: null,
        ownerSeekerId: bobId,
        collectedBySeekerId: null,
        note: null,
        recordedAt: clock,
      }));
      await manager.getRepository(ConnectionEntity).insert(rows);
      await app.services.network.recordChanges(
        manager,
        rows.map((row) => ({ entity: 'CONNECTION' as const, entityId: row.id })),
      );
    });
  });
  afterAll(async () => app.close());

  describe('warm-intro paths', () => {
    it('ranks by hops, then the weakest tie, and explains every hop in a sentence', async () => {
      const result = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(result.errors).toBeUndefined();
      expect(chains(result.data)).toEqual([
        'Hal Hughes > Fay Fischer',
        'Dana Diaz > Eli Evans > Fay Fischer',
      ]);
      const [twoHops] = result.data!.warmIntroPaths;
      expect(twoHops).toMatchObject({ length: 2, weakestStrength: 10 });
      expect(twoHops!.hops.map((hop) => [hop.kind, hop.strength, hop.sentence])).toEqual([
        [
          'MET',
          60,
          'You met Hal Hughes at Gamma Corp for an informational interview on Mar 2, 2026.',
        ],
        ['KNOWS', 10, 'Hal Hughes knows Fay Fischer at Acme (noted Mar 2, 2026).'],
      ]);
      expect(twoHops!.hops[0]!.from).toEqual({
        __typename: 'NetworkSeeker',
        id: toGlobalId('User', aliceId),
        name: 'Test SEEKER',
      });
    });

    it('finds paths to anyone at a company, the stronger ties first among equals', async () => {
      const result = await alice.gql<PathsData>(PATHS, {
        target: { companyId: cid('Acme') },
        first: 3,
      });
      expect(result.errors).toBeUndefined();
      expect(chains(result.data)).toEqual([
        'Dana Diaz > Gus Green',
        'Hal Hughes > Fay Fischer',
        'Dana Diaz > Eli Evans > Fay Fischer',
      ]);
      // Dana met Alice and gave her a name: 20 + 15 points; the referral alone earns 15.
      expect(result.data!.warmIntroPaths.map((p) => p.weakestStrength)).toEqual([51, 10, 10]);
      expect(result.data!.warmIntroPaths[0]!.hops[1]!.sentence).toBe(
        'Dana Diaz suggested talking to Gus Green at Acme (Mar 2, 2026).',
      );
    });

    it('walks cycles without looping or repeating a person', async () => {
      const result = await alice.gql<PathsData>(PATHS, {
        target: { contactId: gid('ivy') },
        first: 10,
      });
      const found = chains(result.data);
      expect(found).toEqual(['Dana Diaz > Ivy Ito', 'Dana Diaz > Eli Evans > Ivy Ito']);
      for (const chain of found)
        expect(new Set(chain.split(' > ')).size).toBe(chain.split(' > ').length);
    });

    it('never goes through a do-not-contact person, even one flagged behind its back', async () => {
      // Flag Hal in the table directly, as another concept might without telling the network:
      // the rows on a path are checked before it is returned.
      await app.dataSource
        .getRepository(ContactEntity)
        .update({ id: contact.hal! }, { doNotContact: true });
      const result = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(chains(result.data)).toEqual(['Dana Diaz > Eli Evans > Fay Fischer']);
      const toHal = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('hal') } });
      expect(toHal.data!.warmIntroPaths).toEqual([]);
      await app.dataSource.transaction(async (manager) => {
        await manager
          .getRepository(ContactEntity)
          .update({ id: contact.hal! }, { doNotContact: false });
        await app.services.network.contactsChanged(manager, [contact.hal!]);
      });
      const again = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(chains(again.data)).toHaveLength(2);
      // Archiving Hal through the contacts concept hides the path through him on the very next query.
      const archived = await staff.gql(`mutation($id: ID!) { archiveContact(id: $id) { id } }`, {
        id: gid('hal'),
      });
      expect(archived.errors).toBeUndefined();
      const withoutHal = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(chains(withoutHal.data)).toEqual(['Dana Diaz > Eli Evans > Fay Fischer']);
      await staff.gql(`mutation($id: ID!) { restoreContact(id: $id) { id } }`, { id: gid('hal') });
      const restored = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(chains(restored.data)).toHaveLength(2);
    });

    it('never uses another seeker’s private links or contacts', async () => {
      // Bob sees his own links: Ivy knows Fay, as he noted.
      const bobs = await bob.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      expect(chains(bobs.data)).toContain('Ivy Ito > Fay Fischer');
      // Alice reaches Ivy through Dana, but never along Bob's Ivy–Fay link.
      const alices = await alice.gql<PathsData>(PATHS, {
        target: { contactId: gid('fay') },
        first: 10,
      });
      for (const chain of chains(alices.data)) expect(chain).not.toContain('Ivy Ito > Fay Fischer');
      // Bob's private contact is NOT_FOUND to Alice, as a target or a hop.
      const hidden = await alice.gql(PATHS, { target: { contactId: gid('bobsOwn') } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      const bobsPathsToFriend = await bob.gql<PathsData>(PATHS, {
        target: { contactId: gid('bobsOwn') },
      });
      expect(chains(bobsPathsToFriend.data)).toEqual([
        'Ivy Ito > Dana Diaz > Bob’s Private Friend',
      ]);
      // And Bob never appears in Alice's paths as a node.
      const all = JSON.stringify(alices.data);
      expect(all).not.toContain(toGlobalId('User', bobId));
      // Asking for Bob's paths as Alice is asking for something that does not exist.
      const asBob = await alice.gql(PATHS, {
        target: { contactId: gid('fay') },
        seekerId: toGlobalId('User', bobId),
      });
      expect(errorCode(asBob)).toBe('NOT_FOUND');
    });

    it('never passes seekers through agency contacts not shared with them', async () => {
      await addContact('quinn', 'Quinn Quade', 'Gamma Corp', null, false);
      const links = [await link('dana', 'quinn', 'KNOWS'), await link('quinn', 'fay', 'KNOWS')];
      const result = await alice.gql<PathsData>(PATHS, {
        target: { contactId: gid('fay') },
        first: 10,
      });
      for (const chain of chains(result.data)) expect(chain).not.toContain('Quinn');
      const hidden = await alice.gql(PATHS, { target: { contactId: gid('quinn') } });
      expect(errorCode(hidden)).toBe('NOT_FOUND');
      for (const id of links) {
        await staff.gql(`mutation($id: ID!) { deleteConnection(id: $id) }`, { id });
      }
    });

    it('lets staff see a seeker’s paths, never through that seeker’s private contacts', async () => {
      const missing = await staff.gql(PATHS, { target: { contactId: gid('fay') } });
      expect(errorCode(missing)).toBe('BAD_USER_INPUT');
      expect(missing.errors?.[0]?.extensions?.field).toBe('seekerId');
      const forAlice = await staff.gql<PathsData>(PATHS, {
        target: { contactId: gid('fay') },
        seekerId: toGlobalId('User', aliceId),
      });
      expect(chains(forAlice.data)).toEqual([
        'Hal Hughes > Fay Fischer',
        'Dana Diaz > Eli Evans > Fay Fischer',
      ]);
      // Staff read the seeker by name, never "You".
      expect(forAlice.data!.warmIntroPaths[0]!.hops[0]!.sentence).toMatch(/^Test SEEKER met Hal/);
      const forBob = await staff.gql<PathsData>(PATHS, {
        target: { contactId: gid('dana') },
        seekerId: toGlobalId('User', bobId),
        first: 10,
      });
      expect(JSON.stringify(forBob.data)).not.toContain('Private Friend');
      const visitor = await new Client(app).gql(PATHS, { target: { contactId: gid('fay') } });
      expect(errorCode(visitor)).toBe('UNAUTHENTICATED');
      const both = await alice.gql(PATHS, {
        target: { contactId: gid('fay'), companyId: cid('Acme') },
      });
      expect(errorCode(both)).toBe('BAD_USER_INPUT');
    });

    it('asks the database a fixed number of statements, however many paths come back', async () => {
      const one = await statementsFor<PathsData>(app, alice, PATHS, {
        target: { companyId: cid('Acme') },
        first: 1,
      });
      const three = await statementsFor<PathsData>(app, alice, PATHS, {
        target: { companyId: cid('Acme') },
        first: 3,
      });
      expect(one.result.data!.warmIntroPaths).toHaveLength(1);
      expect(three.result.data!.warmIntroPaths).toHaveLength(3);
      expect(three.statements).toBe(one.statements);
    });
  });

  describe('asks', () => {
    it('strengthens the seeker’s tie when the person answered an ask', async () => {
      const asked = await alice.gql<{ recordAsk: { id: string } }>(
        `mutation($id: ID!) { recordAsk(input: { contactId: $id, channel: PHONE }) { id } }`,
        { id: gid('hal') },
      );
      expect(asked.errors).toBeUndefined();
      const answered = await alice.gql(
        `mutation($id: ID!) { recordAskOutcome(id: $id, status: ACCEPTED) { id } }`,
        { id: asked.data!.recordAsk.id },
      );
      expect(answered.errors).toBeUndefined();
      const result = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('fay') } });
      const first = result.data!.warmIntroPaths[0]!.hops[0]!;
      expect(first.to.fullName).toBe('Hal Hughes');
      // A meeting (20 points) and an answered ask (6): 10 + 90 × (1 − e^(−26/25)) ≈ 68.
      expect(first.strength).toBe(68);
    });
  });

  describe('recording links from other concepts', () => {
    it('makes REFERRED and MET links once per referral and meeting, and refuses the wrong ones', async () => {
      const referralId = randomUUID();
      const input = {
        referralId,
        seekerId: aliceId,
        giverContactId: contact.eli!,
        referredContactId: contact.ivy!,
        at: clock,
      };
      const first = await app.services.network.recordReferral(input);
      const second = await app.services.network.recordReferral(input);
      expect(second.id).toBe(first.id);
      expect(first).toMatchObject({ kind: 'REFERRED', source: 'REFERRAL', ownerSeekerId: null });
      await expect(
        app.services.network.recordMeetingHeld(
          { id: randomUUID(), seekerId: aliceId, contactId: contact.ivy!, status: 'SCHEDULED' },
          clock,
        ),
      ).rejects.toMatchObject({ code: 'NETWORK.MEETING_NOT_COMPLETED' });
      await expect(
        app.services.network.recordReferral({
          ...input,
          referralId: randomUUID(),
          referredContactId: contact.eli!,
        }),
      ).rejects.toMatchObject({ code: 'NETWORK.SELF_CONNECTION' });
      await app.dataSource.getRepository(ConnectionEntity).delete({ id: first.id });
      await app.dataSource.transaction((manager) =>
        app.services.network.recordChanges(manager, [{ entity: 'CONNECTION', entityId: first.id }]),
      );
    });
  });

  describe('referral tree', () => {
    const TREE = `query($seekerId: ID) { referralTree(seekerId: $seekerId) {
      seeker { name } size asked met hired
      roots { contact { fullName } status furthestStatus depth referredBy { fullName }
        children { contact { fullName } status furthestStatus depth referredBy { fullName } referredAt children { contact { fullName } } } }
    } }`;
    interface Tree {
      referralTree: {
        size: number;
        met: number;
        roots: {
          contact: { fullName: string };
          status: string;
          furthestStatus: string;
          children: {
            contact: { fullName: string };
            status: string;
            referredBy: { fullName: string };
          }[];
        }[];
      };
    }

    it('shows who referred the seeker to whom and how far each branch went', async () => {
      const before = await alice.gql<Tree>(TREE);
      expect(before.errors).toBeUndefined();
      const roots = [...before.data!.referralTree.roots].sort((a, b) =>
        a.contact.fullName.localeCompare(b.contact.fullName),
      );
      expect(roots.map((r) => [r.contact.fullName, r.status, r.furthestStatus])).toEqual([
        ['Dana Diaz', 'MET', 'MET'],
        ['Hal Hughes', 'MET', 'MET'],
      ]);
      expect(roots[0]!.children).toMatchObject([
        {
          contact: { fullName: 'Gus Green' },
          status: 'REFERRED',
          referredBy: { fullName: 'Dana Diaz' },
        },
      ]);
      expect(before.data!.referralTree).toMatchObject({ size: 3, met: 2 });
      // The same tree, flat in reading order: each person, then the names they gave.
      const flat = await alice.gql<{
        referralTree: {
          people: {
            contact: { fullName: string };
            depth: number;
            referredBy: { fullName: string } | null;
          }[];
        };
      }>(`{ referralTree { people { contact { fullName } depth referredBy { fullName } } } }`);
      expect(flat.errors).toBeUndefined();
      const people = flat.data!.referralTree.people.map((p) => [
        p.contact.fullName,
        p.depth,
        p.referredBy?.fullName ?? null,
      ]);
      expect(people).toHaveLength(3);
      const danaAt = people.findIndex(([name]) => name === 'Dana Diaz');
      expect(people[danaAt + 1]).toEqual(['Gus Green', 1, 'Dana Diaz']);
      expect(people).toContainEqual(['Hal Hughes', 0, null]);
      // Alice asks Gus: the branch reached ASKED.
      const ask = await alice.gql(
        `mutation($id: ID!) { recordAsk(input: { contactId: $id, channel: EMAIL }) { id } }`,
        { id: gid('gus') },
      );
      expect(ask.errors).toBeUndefined();
      const asked = await alice.gql<Tree>(TREE);
      const danaAsked = asked.data!.referralTree.roots.find(
        (r) => r.contact.fullName === 'Dana Diaz',
      )!;
      expect(danaAsked.children[0]!.status).toBe('ASKED');
      expect(danaAsked.furthestStatus).toBe('MET');
      // Alice meets Gus: the branch from Dana reached MET at its second level.
      await met(aliceId, 'gus');
      const after = await alice.gql<Tree>(TREE);
      const dana = after.data!.referralTree.roots.find((r) => r.contact.fullName === 'Dana Diaz')!;
      expect(dana.children[0]!.status).toBe('MET');
      expect(after.data!.referralTree.met).toBe(3);
    });

    it('is the seeker’s own: another seeker gets NOT_FOUND, staff may read any', async () => {
      expect(errorCode(await bob.gql(TREE, { seekerId: toGlobalId('User', aliceId) }))).toBe(
        'NOT_FOUND',
      );
      const bySeeker = await alice.gql<Tree>(TREE, { seekerId: toGlobalId('User', aliceId) });
      expect(bySeeker.errors).toBeUndefined();
      const byStaff = await staff.gql<Tree>(TREE, { seekerId: toGlobalId('User', aliceId) });
      expect(byStaff.data!.referralTree.size).toBe(bySeeker.data!.referralTree.size);
      expect(errorCode(await staff.gql(TREE))).toBe('BAD_USER_INPUT');
    });
  });

  describe('explorer (staff)', () => {
    const AROUND = `query($center: NetworkCenterInput!, $depth: Int, $kinds: [ConnectionKind!], $limit: Int) {
      networkAround(center: $center, depth: $depth, kinds: $kinds, limit: $limit) {
        truncated
        nodes { id label kind companyName degree doNotContact }
        edges { id source target kind strength }
      } }`;
    interface Graph {
      networkAround: {
        truncated: boolean;
        nodes: { id: string; label: string; kind: string; degree: number }[];
        edges: { source: string; target: string; kind: string; strength: number }[];
      };
    }

    it('draws the agency’s network around a company, by kind and depth, without seekers', async () => {
      const result = await staff.gql<Graph>(AROUND, {
        center: { companyId: cid('Acme') },
        depth: 1,
      });
      expect(result.errors).toBeUndefined();
      const graph = result.data!.networkAround;
      expect(graph.nodes.map((n) => n.label).sort()).toEqual(
        ['Acme', 'Dana Diaz', 'Eli Evans', 'Fay Fischer', 'Gus Green', 'Hal Hughes'].sort(),
      );
      expect(graph.nodes.some((n) => n.kind === 'SEEKER')).toBe(false);
      expect(graph.edges.filter((e) => e.kind === 'EMPLOYS')).toHaveLength(2);
      expect(graph.edges.find((e) => e.kind === 'REFERRED')).toMatchObject({
        source: gid('dana'),
        target: gid('gus'),
        strength: 51,
      });
      // The reasons behind each strength, for the explorer's list view.
      const why = await staff.gql<{
        networkAround: {
          edges: { kind: string; source: string; reasons: { kind: string; count: number }[] }[];
        };
      }>(
        `query($center: NetworkCenterInput!) { networkAround(center: $center, depth: 1) {
          edges { kind source reasons { kind count } } } }`,
        { center: { companyId: cid('Acme') } },
      );
      expect(why.errors).toBeUndefined();
      const reasonsOf = (kind: string) =>
        why.data!.networkAround.edges.find((e) => e.kind === kind)!.reasons;
      expect(reasonsOf('REFERRED')).toEqual([{ kind: 'REFERRAL_GIVEN', count: 1 }]);
      expect(reasonsOf('EMPLOYS')).toEqual([]);
      expect(reasonsOf('KNOWS')).toEqual([]);
      expect(graph.truncated).toBe(false);

      const referrals = await staff.gql<Graph>(AROUND, {
        center: { companyId: cid('Acme') },
        depth: 1,
        kinds: ['REFERRED'],
      });
      expect(referrals.data!.networkAround.nodes.map((n) => n.label).sort()).toEqual(
        ['Acme', 'Dana Diaz', 'Fay Fischer', 'Gus Green'].sort(),
      );
      const cut = await staff.gql<Graph>(AROUND, { center: { contactId: gid('dana') }, limit: 2 });
      expect(cut.data!.networkAround).toMatchObject({ truncated: true });
      expect(cut.data!.networkAround.nodes).toHaveLength(2);
      expect(errorCode(await alice.gql(AROUND, { center: { companyId: cid('Acme') } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        errorCode(await staff.gql(AROUND, { center: { companyId: cid('Acme') }, depth: 4 })),
      ).toBe('BAD_USER_INPUT');
    });

    it('answers in the same number of statements at any size', async () => {
      const small = await statementsFor<Graph>(app, staff, AROUND, {
        center: { contactId: gid('dana') },
        limit: 2,
      });
      const large = await statementsFor<Graph>(app, staff, AROUND, {
        center: { contactId: gid('dana') },
        limit: 100,
      });
      expect(large.result.data!.networkAround.nodes.length).toBeGreaterThan(
        small.result.data!.networkAround.nodes.length,
      );
      expect(large.statements).toBe(small.statements);
    });

    it('exports what it shows as CSV', async () => {
      const result = await staff.gql<{ exportNetwork: string }>(
        `query($center: NetworkCenterInput!) { exportNetwork(center: $center, depth: 1) }`,
        { center: { companyId: cid('Acme') } },
      );
      const lines = result.data!.exportNetwork.trim().split(/\r?\n/);
      expect(lines[0]).toBe(
        'record,id,label,kind,company,degree,do_not_contact,source,source_label,target,target_label,strength',
      );
      expect(lines.filter((l) => l.startsWith('node,'))).toHaveLength(6);
      expect(
        lines.some(
          (l) => l.includes('REFERRED') && l.includes('Dana Diaz') && l.includes('Gus Green'),
        ),
      ).toBe(true);
    });

    it('finds the path between two people and ranks brokers', async () => {
      const PATH = `query($from: ID!, $to: ID!) { networkPath(fromId: $from, toId: $to) { length hops { sentence } } }`;
      const path = await staff.gql<{
        networkPath: { length: number; hops: { sentence: string }[] };
      }>(PATH, { from: gid('gus'), to: gid('fay') });
      expect(path.data!.networkPath.length).toBe(3);
      expect(path.data!.networkPath.hops[0]!.sentence).toBe(
        'Dana Diaz suggested talking to Gus Green at Acme (Mar 2, 2026).',
      );
      const none = await staff.gql(PATH, { from: gid('gus'), to: gid('bobsOwn') });
      expect(errorCode(none)).toBe('NOT_FOUND');

      const BROKERS = `query($companyId: ID) { networkBrokers(companyId: $companyId, first: 3) { contact { fullName } degree companiesBridged linksIntoCompany } }`;
      const all = await staff.gql<{
        networkBrokers: { contact: { fullName: string }; degree: number }[];
      }>(BROKERS);
      // Dana and Eli each reach three companies; ties fall back to links, then ids.
      expect(
        all
          .data!.networkBrokers.slice(0, 2)
          .map((b) => b.contact.fullName)
          .sort(),
      ).toEqual(['Dana Diaz', 'Eli Evans']);
      const intoAcme = await staff.gql<{
        networkBrokers: { contact: { fullName: string }; linksIntoCompany: number }[];
      }>(BROKERS, { companyId: cid('Acme') });
      expect(intoAcme.data!.networkBrokers.map((b) => b.linksIntoCompany)).toEqual([1, 1, 1]);
      expect(errorCode(await alice.gql(BROKERS))).toBe('FORBIDDEN');
    });
  });

  it('keeps every staff operation from seekers (FORBIDDEN) and visitors (UNAUTHENTICATED)', async () => {
    const operations = [
      [
        'networkAround',
        `query($c: NetworkCenterInput!) { networkAround(center: $c) { truncated } }`,
      ],
      ['exportNetwork', `query($c: NetworkCenterInput!) { exportNetwork(center: $c) }`],
      ['networkPath', `query($a: ID!) { networkPath(fromId: $a, toId: $a) { length } }`],
      ['networkBrokers', `{ networkBrokers { degree } }`],
      [
        'createConnection',
        `mutation($a: ID!) { createConnection(input: { fromContactId: $a, toContactId: $a, kind: KNOWS }) { id } }`,
      ],
      [
        'deleteConnection',
        `mutation { deleteConnection(id: "${toGlobalId('Connection', randomUUID())}") }`,
      ],
      ['importConnections', `mutation { importConnections(csv: "from,to,kind") { imported } }`],
    ] as const;
    const variables = { c: { contactId: gid('dana') }, a: gid('dana') };
    for (const [name, document] of operations) {
      expect(errorCode(await alice.gql(document, variables)), name).toBe('FORBIDDEN');
      expect(errorCode(await new Client(app).gql(document, variables)), name).toBe(
        'UNAUTHENTICATED',
      );
    }
    expect(errorCode(await new Client(app).gql('{ referralTree { size } }'))).toBe(
      'UNAUTHENTICATED',
    );
  });

  describe('staff-managed links', () => {
    const CREATE = `mutation($input: ConnectionInput!) { createConnection(input: $input) {
      id kind source note
      from { ... on Contact { fullName } } to { ... on Contact { fullName } }
      strength { score reasons { kind count points } } } }`;
    const IMPORT = `mutation($csv: String!) { importConnections(csv: $csv) { imported skipped errors { row field code message } } }`;

    it('creates and deletes links, refusing duplicates, self-links and recorded ones', async () => {
      const created = await staff.gql<{ createConnection: { id: string } }>(CREATE, {
        input: {
          fromContactId: gid('gus'),
          toContactId: gid('hal'),
          kind: 'WORKS_WITH',
          note: 'Same board',
        },
      });
      expect(created.data!.createConnection).toMatchObject({
        kind: 'WORKS_WITH',
        source: 'MANUAL',
        note: 'Same board',
        from: { fullName: 'Gus Green' },
        to: { fullName: 'Hal Hughes' },
        strength: { score: 10, reasons: [] },
      });
      const again = await staff.gql(CREATE, {
        input: { fromContactId: gid('hal'), toContactId: gid('gus'), kind: 'WORKS_WITH' },
      });
      expect(errorCode(again)).toBe('NETWORK.DUPLICATE_CONNECTION');
      const self = await staff.gql(CREATE, {
        input: { fromContactId: gid('gus'), toContactId: gid('gus'), kind: 'KNOWS' },
      });
      expect(errorCode(self)).toBe('NETWORK.SELF_CONNECTION');
      const toPrivate = await staff.gql(CREATE, {
        input: { fromContactId: gid('gus'), toContactId: gid('bobsOwn'), kind: 'KNOWS' },
      });
      expect(errorCode(toPrivate)).toBe('NOT_FOUND');
      expect(
        errorCode(
          await alice.gql(CREATE, {
            input: { fromContactId: gid('gus'), toContactId: gid('fay'), kind: 'KNOWS' },
          }),
        ),
      ).toBe('FORBIDDEN');

      const DELETE = `mutation($id: ID!) { deleteConnection(id: $id) }`;
      const id = created.data!.createConnection.id;
      expect((await staff.gql(DELETE, { id })).data).toEqual({ deleteConnection: id });
      expect(errorCode(await staff.gql(DELETE, { id }))).toBe('NOT_FOUND');
      const referral = await app.dataSource
        .getRepository(ConnectionEntity)
        .findOneByOrFail({ source: 'REFERRAL' });
      expect(
        errorCode(await staff.gql(DELETE, { id: toGlobalId('Connection', referral.id) })),
      ).toBe('NETWORK.RECORDED_CONNECTION');
    });

    it('imports a CSV all or nothing, reporting every bad row', async () => {
      const bad = [
        'from,to,kind,note',
        'gus@acme.example,ivy@gammacorp.example,knows,met at a fair',
        'nobody@nowhere.example,ivy@gammacorp.example,KNOWS,',
        'gus@acme.example,gus@acme.example,KNOWS,',
        'gus@acme.example,fay@acme.example,FRIENDS,',
      ].join('\n');
      const refused = await staff.gql<{
        importConnections: { imported: number; errors: { row: number; code: string }[] };
      }>(IMPORT, { csv: bad });
      expect(refused.data!.importConnections.imported).toBe(0);
      expect(refused.data!.importConnections.errors.map((e) => [e.row, e.code])).toEqual([
        [3, 'NETWORK.UNKNOWN_CONTACT'],
        [4, 'NETWORK.SELF_CONNECTION'],
        [5, 'NETWORK.INVALID_KIND'],
      ]);
      const count = () =>
        app.dataSource.getRepository(ConnectionEntity).countBy({ source: 'CSV_IMPORT' });
      expect(await count()).toBe(0);

      const good = [
        'From,To,Kind',
        `gus@acme.example,ivy@gammacorp.example,knows`,
        `${gid('fay')},${gid('gus')},works with`,
        `ivy@gammacorp.example,gus@acme.example,KNOWS`,
      ].join('\n');
      const imported = await staff.gql<{
        importConnections: { imported: number; skipped: number };
      }>(IMPORT, { csv: good });
      expect(imported.data!.importConnections).toMatchObject({ imported: 2, skipped: 1 });
      const twice = await staff.gql<{ importConnections: { imported: number; skipped: number } }>(
        IMPORT,
        { csv: good },
      );
      expect(twice.data!.importConnections).toMatchObject({ imported: 0, skipped: 3 });
      expect(await count()).toBe(2);
      const missing = await staff.gql<{
        importConnections: { errors: { code: string; field: string }[] };
      }>(IMPORT, {
        csv: 'from,kind\na,b',
      });
      expect(missing.data!.importConnections.errors[0]).toMatchObject({
        code: 'NETWORK.INVALID_IMPORT',
        field: 'to',
      });
    });
  });

  describe('freshness', () => {
    let second: App & { close: () => Promise<void> };
    beforeAll(async () => {
      const dataSource = await openDatabase(app.config.database);
      const made = await createApp(app.config, dataSource);
      made.services.now = () => clock;
      await made.server.ready();
      second = {
        ...made,
        close: async () => {
          await made.server.close();
          await dataSource.destroy();
        },
      };
    });
    afterAll(async () => second.close());

    it('sees a new referral on the next query, in this process and in another', async () => {
      await addContact('kim', 'Kim Kato', 'Acme');
      const aliceThere = new Client(second);
      aliceThere.cookie = alice.cookie;
      const before = await aliceThere.gql<PathsData>(PATHS, { target: { contactId: gid('kim') } });
      expect(before.data!.warmIntroPaths).toEqual([]);
      await referred(aliceId, 'dana', 'kim');
      const here = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('kim') } });
      expect(chains(here.data)[0]).toBe('Dana Diaz > Kim Kato');
      const there = await aliceThere.gql<PathsData>(PATHS, { target: { contactId: gid('kim') } });
      expect(chains(there.data)).toEqual(chains(here.data));
    });

    it('sees a link removed in another process', async () => {
      const staffThere = new Client(second);
      staffThere.cookie = staff.cookie;
      const created = await staffThere.gql<{ createConnection: { id: string } }>(
        `mutation($input: ConnectionInput!) { createConnection(input: $input) { id } }`,
        { input: { fromContactId: gid('hal'), toContactId: gid('kim'), kind: 'KNOWS' } },
      );
      const viaHal = await alice.gql<PathsData>(PATHS, {
        target: { contactId: gid('kim') },
        first: 5,
      });
      expect(chains(viaHal.data)).toContain('Hal Hughes > Kim Kato');
      await staffThere.gql(`mutation($id: ID!) { deleteConnection(id: $id) }`, {
        id: created.data!.createConnection.id,
      });
      const after = await alice.gql<PathsData>(PATHS, {
        target: { contactId: gid('kim') },
        first: 5,
      });
      expect(chains(after.data)).not.toContain('Hal Hughes > Kim Kato');
    });

    it('hears from the contacts concept (do-not-contact, archive, restore, merge) in this process and in another', async () => {
      const staffThere = new Client(second);
      staffThere.cookie = staff.cookie;
      const aliceThere = new Client(second);
      aliceThere.cookie = alice.cookie;
      // The explorer's path search reads only the index: it proves the index was told.
      const PATH = `query($from: ID!, $to: ID!) { networkPath(fromId: $from, toId: $to) { hops { to { ... on Contact { fullName } } } } }`;
      const chainIn = async (client: Client, from: string, to: string) => {
        const result = await client.gql<{
          networkPath: { hops: { to: { fullName: string } }[] } | null;
        }>(PATH, { from: gid(from), to: gid(to) });
        expect(result.errors).toBeUndefined();
        return result.data!.networkPath?.hops.map((hop) => hop.to.fullName).join(' > ') ?? null;
      };
      const everywhere = async (from: string, to: string) => [
        await chainIn(staff, from, to),
        await chainIn(staffThere, from, to),
      ];
      // Mia is reached only through Eli.
      await addContact('mia', 'Mia Moreau', 'Acme');
      await link('eli', 'mia', 'KNOWS');
      const viaEli = 'Eli Evans > Mia Moreau';
      expect(await everywhere('dana', 'mia')).toEqual([viaEli, viaEli]);
      const mutate = async (client: Client, query: string, variables: Record<string, unknown>) => {
        const result = await client.gql(query, variables);
        expect(result.errors).toBeUndefined();
      };
      const FLAG = `mutation($id: ID!, $on: Boolean!, $reason: String) { setDoNotContact(id: $id, doNotContact: $on, reason: $reason) { id } }`;

      // Flagged in the other process: no path through Eli, here or there.
      await mutate(staffThere, FLAG, { id: gid('eli'), on: true, reason: 'Asked us to stop.' });
      expect(await everywhere('dana', 'mia')).toEqual([null, null]);
      const seekerPaths = await aliceThere.gql<PathsData>(PATHS, {
        target: { contactId: gid('fay') },
        first: 10,
      });
      for (const chain of chains(seekerPaths.data)) expect(chain).not.toContain('Eli');
      await mutate(staff, FLAG, { id: gid('eli'), on: false });
      expect(await everywhere('dana', 'mia')).toEqual([viaEli, viaEli]);

      // Archived here, then restored there.
      await mutate(staff, `mutation($id: ID!) { archiveContact(id: $id) { id } }`, {
        id: gid('eli'),
      });
      expect(await everywhere('dana', 'mia')).toEqual([null, null]);
      await mutate(staffThere, `mutation($id: ID!) { restoreContact(id: $id) { id } }`, {
        id: gid('eli'),
      });
      expect(await everywhere('dana', 'mia')).toEqual([viaEli, viaEli]);

      // Merged: a duplicate of Eli's with a link to Kim hands the link to Eli
      // everywhere; a flagged duplicate hands over its flag.
      const MERGE = `mutation($keep: ID!, $drop: ID!) { mergeContacts(survivorId: $keep, duplicateId: $drop) { id } }`;
      await addContact('eliCopy', 'Eli Evans (old record)', 'Beta Labs');
      await addContact('ned', 'Ned Nolan', 'Acme');
      await link('eliCopy', 'ned', 'KNOWS');
      expect(await everywhere('dana', 'ned')).toEqual([null, null]);
      await mutate(staffThere, MERGE, { keep: gid('eli'), drop: gid('eliCopy') });
      const toNed = 'Eli Evans > Ned Nolan';
      expect(await everywhere('dana', 'ned')).toEqual([toNed, toNed]);
      await addContact('eliFlagged', 'E. Evans', 'Beta Labs');
      await mutate(staff, FLAG, { id: gid('eliFlagged'), on: true, reason: 'Opted out.' });
      await mutate(staff, MERGE, { keep: gid('eli'), drop: gid('eliFlagged') });
      expect(await everywhere('dana', 'mia')).toEqual([null, null]);
      await mutate(staffThere, FLAG, { id: gid('eli'), on: false });
      expect(await everywhere('dana', 'mia')).toEqual([viaEli, viaEli]);
    });

    it('catches up between queries, prunes the change log, and reloads a process that fell behind a prune', async () => {
      const countChanges = async () =>
        Number(
          (
            (await app.dataSource.query('SELECT COUNT(*) AS n FROM network_changes')) as {
              n: number | string;
            }[]
          )[0]!.n,
        );
      const dbVersion = async () =>
        Number(
          (
            (await app.dataSource.query('SELECT version FROM network_state WHERE id = 1')) as {
              version: number | string;
            }[]
          )[0]!.version,
        );
      const staffThere = new Client(second);
      staffThere.cookie = staff.cookie;
      const aliceThere = new Client(second);
      aliceThere.cookie = alice.cookie;
      await aliceThere.gql(PATHS, { target: { contactId: gid('fay') } });
      const there = second.services.network;

      // A write here reaches the other process's index on its refresh tick, with no query.
      await addContact('oli', 'Oli Ortega', 'Acme');
      await link('dana', 'oli', 'KNOWS');
      expect(there.index.stats.version).toBeLessThan(await dbVersion());
      const realNow = new Date();
      await there.refresh(realNow);
      expect(there.index.stats.version).toBe(await dbVersion());
      // Rows younger than the margin stay.
      const kept = await countChanges();
      expect(kept).toBeGreaterThan(0);
      await app.services.network.refresh(realNow);
      expect(await countChanges()).toBe(kept);

      // Both processes have applied everything: pruning it all costs them nothing.
      const loadsBefore = [app.services.network.index.stats.loads, there.index.stats.loads];
      const deleted = await pruneNetworkChanges(
        app.dataSource,
        new Date(realNow.getTime() + NETWORK_CHANGES_KEPT_MS),
      );
      expect(deleted).toBe(kept);
      expect(await countChanges()).toBe(0);
      await link('oli', 'fay', 'KNOWS');
      const here = await alice.gql<PathsData>(PATHS, { target: { contactId: gid('oli') } });
      expect(chains(here.data)).toContain('Dana Diaz > Oli Ortega');
      expect(
        chains(
          (await aliceThere.gql<PathsData>(PATHS, { target: { contactId: gid('oli') } })).data,
        ),
      ).toEqual(chains(here.data));
      expect([app.services.network.index.stats.loads, there.index.stats.loads]).toEqual(
        loadsBefore,
      );

      // The other process misses a write whose rows are pruned before it looks:
      // it sees the marker and reloads, and the write is there.
      const removed = await staff.gql<{ deleteConnection: string }>(
        `mutation($id: ID!) { deleteConnection(id: $id) }`,
        { id: await link('hal', 'oli', 'KNOWS') },
      );
      expect(removed.errors).toBeUndefined();
      await link('ivy', 'oli', 'WORKS_WITH');
      await pruneNetworkChanges(app.dataSource, new Date(Date.now() + NETWORK_CHANGES_KEPT_MS));
      const after = await aliceThere.gql<PathsData>(PATHS, {
        target: { contactId: gid('oli') },
        first: 10,
      });
      expect(there.index.stats.loads).toBe(loadsBefore[1]! + 1);
      expect(chains(after.data)).toContain('Dana Diaz > Ivy Ito > Oli Ortega');
      for (const chain of chains(after.data)) expect(chain).not.toContain('Hal Hughes > Oli');
      expect(there.index.stats.version).toBe(await dbVersion());
    });
  });
});

describe('a synthetic network', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it('gives the same answers on every database', async () => {
    const network = syntheticNetwork({
      seed: 42,
      contacts: 600,
      connections: 4000,
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2026-01-01T00:00:00Z'),
    });
    const loaded = await loadSyntheticNetwork(app.dataSource, network);
    expect(loaded.connections).toBe(4000);
    const now = new Date('2026-02-01T00:00:00Z');
    const answers: string[] = [];
    for (const seeker of loaded.seekerIds) {
      const actor = userActor({
        id: seeker,
        email: 'x@example.com',
        name: 'Synthetic Seeker',
        role: 'SEEKER',
        createdAt: now,
      });
      for (const companyId of loaded.companyIds.slice(0, 6)) {
        const paths = await app.services.network.warmIntroPaths(
          actor,
          { target: { companyId }, first: 5 },
          now,
        );
        for (const path of paths) {
          // A person appears once in a chain.
          const people = path.hops.map((hop) => (hop.to as { id: string }).id);
          expect(new Set(people).size).toBe(people.length);
          answers.push(
            `${path.weakestStrength}|${path.hops.map((h) => `${h.strength}:${h.sentence}`).join(' / ')}`,
          );
        }
      }
    }
    expect(answers.length).toBeGreaterThan(10);
    // The same digest on SQLite and PostgreSQL: ranking, strengths and sentences agree.
    const digest = createHash('sha256').update(answers.join('\n')).digest('hex');
    expect({ count: answers.length, digest }).toMatchInlineSnapshot(`
      {
        "count": 60,
        "digest": "415163eef2245a3669cd5473e3da9021d45218471e6f286321f38e9e2275e8c3",
      }
    `);
  });
});

describe('the demo network', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
    app.services.now = () => new Date('2026-01-05T12:00:00Z');
    await seedDemoData(app.dataSource, new Date('2026-01-05T12:00:00Z'));
  });
  afterAll(async () => app.close());

  it('gives Jordan warm paths into the demo companies and the explorer something to show', async () => {
    const jordan = new Client(app);
    await jordan.signIn('jordan@rapport.test', DEMO_PASSWORD);
    const companies: { id: string; name: string }[] = await app.dataSource.query(
      'SELECT id, name FROM companies',
    );
    const reached: string[] = [];
    for (const company of companies) {
      const result = await jordan.gql<PathsData>(PATHS, {
        target: { companyId: toGlobalId('Company', company.id) },
      });
      expect(result.errors).toBeUndefined();
      if (result.data!.warmIntroPaths.length > 0) reached.push(company.name);
    }
    expect(reached).toContain('Copperline Software');
    expect(reached.length).toBeGreaterThan(5);
    const tree = await jordan.gql<{
      referralTree: {
        size: number;
        people: { depth: number; status: string; contact: { fullName: string } }[];
      };
    }>('{ referralTree { size people { depth status contact { fullName } } } }');
    expect(tree.data!.referralTree.size).toBeGreaterThanOrEqual(3);
    // A branch three names deep, with every status on the way.
    const branch = tree.data!.referralTree.people.map((p) => [
      p.contact.fullName,
      p.depth,
      p.status,
    ]);
    expect(branch).toEqual(
      expect.arrayContaining([
        ['Dana Whitfield', 0, 'MET'],
        ['Elena Ortiz', 1, 'MET'],
        ['Sam Rivera', 2, 'MET'],
        ['Victor Nguyen', 2, 'ASKED'],
        // Sam named Lucía and Nadia; Jordan has since met Lucía (the demo lunch).
        ['Lucía Fernández', 3, 'MET'],
        ['Nadia Brooks', 3, 'REFERRED'],
      ]),
    );

    const staff = new Client(app);
    await staff.signIn('staff@rapport.test', DEMO_PASSWORD);
    // The generated network has companies of its own; the busiest of them
    // gives the explorer a real graph on first start.
    let largest = 0;
    for (const company of companies) {
      const graph = await staff.gql<{ networkAround: { nodes: unknown[]; edges: unknown[] } }>(
        `query($center: NetworkCenterInput!) { networkAround(center: $center) { nodes { id } edges { id } } }`,
        { center: { companyId: toGlobalId('Company', company.id) } },
      );
      expect(graph.errors).toBeUndefined();
      largest = Math.max(largest, graph.data!.networkAround.nodes.length);
    }
    expect(largest).toBeGreaterThan(20);
  });
});
