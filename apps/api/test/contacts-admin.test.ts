import fs from 'node:fs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EntityManager } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { AskEntity } from '../src/ask/ask.entity.js';
import { MeetingEntity } from '../src/meeting/meeting.entity.js';
import { ConnectionEntity } from '../src/network/connection.entity.js';
import { toGlobalId } from '../src/common/global-id.js';
import { CompanyEntity } from '../src/company/company.entity.js';
import { ContactEntity } from '../src/contact/contact.entity.js';
import { insertAsk, insertCompany, insertContact, userIdOf } from './support/contacts.js';
import {
  createTestApp,
  errorCode,
  signedInAs,
  type Client,
  type TestApp,
} from './support/test-app.js';

const PREVIEW = `mutation($csv: String!) { previewContactImport(csv: $csv) {
  headers mapping { header field } newCompanies
  rows { line values { fullName company email tags } errors { field code message } duplicate { fullName } duplicateReason duplicateOfLine }
} }`;
const IMPORT = `mutation($csv: String!, $mapping: [ImportColumnInput!]!, $decisions: [ImportDecisionInput!]!) {
  importContacts(csv: $csv, mapping: $mapping, decisions: $decisions) { created merged skipped } }`;
const MAPPING = [
  { header: 'Name', field: 'FULL_NAME' },
  { header: 'Company', field: 'COMPANY' },
  { header: 'Email', field: 'EMAIL' },
  { header: 'Tags', field: 'TAGS' },
];
interface Row {
  line: number;
  errors: { field: string; code: string }[];
  duplicate: { fullName: string } | null;
  duplicateReason: string | null;
  duplicateOfLine: number | null;
}

describe('contacts for staff: import, export, merge, do-not-contact', () => {
  let app: TestApp;
  let staff: Client;
  let seeker: Client;
  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    staff = await signedInAs(app, 'STAFF');
    seeker = await signedInAs(app, 'SEEKER');
    const acme = await insertCompany(app, 'Acme');
    await insertContact(app, {
      fullName: 'Zoë Adams',
      email: 'zoe@acme.example',
      companyId: acme,
      companyName: 'Acme',
    });
  });
  afterAll(async () => app.close());

  const csv = [
    'Name,Company,Email,Tags',
    'New Person,ACME,new@acme.example,a;b',
    'zoe adams,acme,other@acme.example,',
    'Bad Email,Acme,not-an-address,',
    'Fresh One,Brand New Co,fresh@new.example,',
    'Fresh Again,Brand New Co,FRESH@new.example,',
  ].join('\n');

  it('previews errors and duplicates beside each row without writing anything', async () => {
    const before = await app.dataSource.getRepository(ContactEntity).count();
    const preview = await staff.gql<{
      previewContactImport: { rows: Row[]; newCompanies: string[]; mapping: unknown[] };
    }>(PREVIEW, { csv });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.previewContactImport;
    expect(p.mapping).toEqual(MAPPING);
    expect(p.newCompanies).toEqual(['Brand New Co']);
    const byLine = new Map(p.rows.map((r) => [r.line, r]));
    expect(byLine.get(2)).toMatchObject({ errors: [], duplicate: null });
    expect(byLine.get(3)).toMatchObject({
      duplicate: { fullName: 'Zoë Adams' },
      duplicateReason: 'NAME_AT_COMPANY',
    });
    expect(byLine.get(4)!.errors).toEqual([
      expect.objectContaining({ field: 'EMAIL', code: 'CONTACT.INVALID_EMAIL' }),
    ]);
    expect(byLine.get(6)).toMatchObject({ duplicateOfLine: 5, duplicateReason: 'EMAIL' });
    expect(await app.dataSource.getRepository(ContactEntity).count()).toBe(before);
    expect(errorCode(await seeker.gql(PREVIEW, { csv }))).toBe('FORBIDDEN');
  });

  it('refuses rows with errors or undecided duplicates, and writes nothing when a write fails part-way', async () => {
    const count = () =>
      Promise.all([
        app.dataSource.getRepository(ContactEntity).count(),
        app.dataSource.getRepository(CompanyEntity).count(),
      ]);
    const before = await count();
    const invalid = await staff.gql(IMPORT, {
      csv,
      mapping: MAPPING,
      decisions: [
        { line: 3, action: 'MERGE' },
        { line: 6, action: 'CREATE' },
      ],
    });
    expect(errorCode(invalid)).toBe('IMPORT.ROW_INVALID');
    expect(invalid.errors![0]!.extensions!.details).toEqual({ lines: [4] });
    const undecided = await staff.gql(IMPORT, {
      csv,
      mapping: MAPPING,
      decisions: [{ line: 4, action: 'SKIP' }],
    });
    expect(errorCode(undecided)).toBe('IMPORT.DECISION_REQUIRED');

    const decisions = [
      { line: 3, action: 'MERGE' },
      { line: 4, action: 'SKIP' },
      { line: 6, action: 'CREATE' },
    ];
    const realInsert = EntityManager.prototype.insert;
    let inserts = 0;
    const spy = vi.spyOn(EntityManager.prototype, 'insert').mockImplementation(function (
      this: EntityManager,
      ...args: Parameters<EntityManager['insert']>
    ) {
      inserts += 1;
      if (inserts === 4) return Promise.reject(new Error('disk full (injected)'));
      return realInsert.apply(this, args);
    });
    const failed = await staff.gql(IMPORT, { csv, mapping: MAPPING, decisions });
    spy.mockRestore();
    expect(errorCode(failed)).toBe('INTERNAL_SERVER_ERROR');
    expect(inserts).toBe(4);
    expect(await count()).toEqual(before);

    const done = await staff.gql(IMPORT, { csv, mapping: MAPPING, decisions });
    expect(done.data?.importContacts).toEqual({ created: 3, merged: 1, skipped: 1 });
    const after = await count();
    expect(after).toEqual([before[0] + 3, before[1] + 1]);
    const zoe = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ fullName: 'Zoë Adams' });
    expect(zoe.email).toBe('zoe@acme.example');
    const fresh = await app.dataSource
      .getRepository(ContactEntity)
      .findBy({ emailKey: 'fresh@new.example' });
    expect(new Set(fresh.map((f) => f.personId)).size).toBe(1);
  });

  it('reads the demo file: one duplicate, one bad row', async () => {
    const file = fs.readFileSync(new URL('../demo/contacts-import.csv', import.meta.url), 'utf8');
    const preview = await staff.gql<{ previewContactImport: { rows: Row[] } }>(PREVIEW, {
      csv: file,
    });
    expect(preview.errors).toBeUndefined();
    const rows = preview.data!.previewContactImport.rows;
    expect(rows.filter((r) => r.errors.length > 0).map((r) => r.line)).toEqual([5]);
    expect(rows).toHaveLength(5);
  });

  it('refuses files over the limits', async () => {
    const big = `Name\n${'x\n'.repeat(20_001)}`;
    expect(errorCode(await staff.gql(PREVIEW, { csv: big }))).toBe('IMPORT.TOO_LARGE');
    expect(errorCode(await staff.gql(PREVIEW, { csv: '' }))).toBe('IMPORT.UNREADABLE');
  });

  it('exports exactly the filtered rows, with formulas neutralised', async () => {
    for (const name of ['=SUM(A1)', '+cmd', '-2+3', '@evil', 'Plain Export']) {
      await insertContact(app, { fullName: `${name} exp`, tags: ['export'] });
    }
    await insertContact(app, { fullName: 'Not Tagged exp' });
    const EXPORT = `query($tag: String, $search: String) { exportContacts(tag: $tag, search: $search) }`;
    const LIST = `query($tag: String, $search: String) { contacts(first: 100, tag: $tag, search: $search) { edges { node { fullName } } } }`;
    const vars = { tag: 'export', search: 'exp' };
    const exported = await staff.gql<{ exportContacts: string }>(EXPORT, vars);
    const listed = await staff.gql<{ contacts: { edges: { node: { fullName: string } }[] } }>(
      LIST,
      vars,
    );
    const parsed = Papa.parse<string[]>(exported.data!.exportContacts, {
      skipEmptyLines: true,
    }).data;
    const exportedNames = parsed.slice(1).map((r) => r[0]!);
    expect(exportedNames.map((n) => n.replace(/^'/, ''))).toEqual(
      listed.data!.contacts.edges.map((e) => e.node.fullName),
    );
    for (const n of exportedNames)
      if (/^[=+\-@]/.test(n.replace(/^'/, ''))) expect(n.startsWith("'")).toBe(true);
    expect(exportedNames).toContain('Plain Export exp');
    expect(errorCode(await seeker.gql(EXPORT, vars))).toBe('FORBIDDEN');
  });

  it("moves the duplicate's meetings and network links to the survivor", async () => {
    const survivor = await insertContact(app, { fullName: 'Links Keep' });
    const duplicate = await insertContact(app, { fullName: 'Links Dup' });
    const friend = await insertContact(app, { fullName: 'Links Friend' });
    const seeker = await signedInAs(app, 'SEEKER');
    const ownerId = await userIdOf(seeker);
    const askId = await insertAsk(app, { ownerId, contactId: duplicate });
    const now = new Date();
    await app.dataSource.getRepository(MeetingEntity).insert({
      id: randomUUID(),
      ownerId,
      askId,
      contactId: duplicate,
      status: 'SCHEDULED',
      startsAt: now,
      durationMinutes: 20,
      timeZone: 'UTC',
      locationKind: 'OFFICE',
      locationDetails: null,
      statusChangedAt: now,
      endedAt: null,
      createdAt: now,
    });
    const link = (kind: 'KNOWS' | 'WORKS_WITH', from: string, to: string) => ({
      id: randomUUID(),
      kind,
      fromKind: 'CONTACT' as const,
      fromId: from,
      toKind: 'CONTACT' as const,
      toId: to,
      source: 'MANUAL' as const,
      sourceId: null,
      ownerSeekerId: null,
      collectedBySeekerId: null,
      note: null,
      recordedAt: now,
    });
    const links = app.dataSource.getRepository(ConnectionEntity);
    await links.insert([
      link('KNOWS', duplicate, friend),
      link('WORKS_WITH', friend, duplicate),
      link('KNOWS', survivor, duplicate),
    ]);
    const touching = (id: string) => links.count({ where: [{ fromId: id }, { toId: id }] });
    const before = { survivor: await touching(survivor), duplicate: await touching(duplicate) };

    const merged = await staff.gql(
      `mutation($s: ID!, $d: ID!) { mergeContacts(survivorId: $s, duplicateId: $d) { id } }`,
      { s: toGlobalId('Contact', survivor), d: toGlobalId('Contact', duplicate) },
    );
    expect(merged.errors, JSON.stringify(merged.errors)).toBeUndefined();
    const meetings = app.dataSource.getRepository(MeetingEntity);
    expect(await meetings.countBy({ contactId: duplicate })).toBe(0);
    expect(await meetings.countBy({ contactId: survivor })).toBe(1);
    expect(await touching(duplicate)).toBe(0);
    // The two friend links move; the link between the two records would be a
    // loop on the survivor, so it is the only one that goes.
    expect(before).toEqual({ survivor: 1, duplicate: 3 });
    expect(await touching(survivor)).toBe(2);
    expect(await links.countBy({ fromId: survivor, toId: survivor })).toBe(0);
  });

  it('merges two records: every ask moves to the survivor and nothing is lost', async () => {
    const survivor = await insertContact(app, { fullName: 'Merge Keep', tags: ['one'] });
    const duplicate = await insertContact(app, {
      fullName: 'Merge Dup',
      email: 'dup@merge.example',
      tags: ['two'],
    });
    const seekers = [
      await signedInAs(app, 'SEEKER'),
      await signedInAs(app, 'SEEKER'),
      await signedInAs(app, 'SEEKER'),
    ];
    const ids = await Promise.all(seekers.map(userIdOf));
    await insertAsk(app, { ownerId: ids[0]!, contactId: survivor });
    await insertAsk(app, { ownerId: ids[1]!, contactId: duplicate });
    await insertAsk(app, { ownerId: ids[2]!, contactId: duplicate });
    const asks = app.dataSource.getRepository(AskEntity);
    const totalBefore = await asks.count();
    const onBoth =
      (await asks.countBy({ contactId: survivor })) +
      (await asks.countBy({ contactId: duplicate }));

    const MERGE = `mutation($s: ID!, $d: ID!) { mergeContacts(survivorId: $s, duplicateId: $d) { fullName email tags timeline(first: 10) { totalCount } } }`;
    const vars = { s: toGlobalId('Contact', survivor), d: toGlobalId('Contact', duplicate) };
    expect(errorCode(await seeker.gql(MERGE, vars))).toBe('FORBIDDEN');
    const merged = await staff.gql<{ mergeContacts: Record<string, unknown> }>(MERGE, vars);
    expect(merged.errors, JSON.stringify(merged.errors)).toBeUndefined();
    expect(merged.data!.mergeContacts).toEqual({
      fullName: 'Merge Keep',
      email: 'dup@merge.example',
      tags: ['one', 'two'],
      timeline: { totalCount: 3 },
    });
    expect(await asks.count()).toBe(totalBefore);
    expect(await asks.countBy({ contactId: survivor })).toBe(onBoth);
    expect(await asks.countBy({ contactId: duplicate })).toBe(0);
    const dup = await app.dataSource
      .getRepository(ContactEntity)
      .findOneByOrFail({ id: duplicate });
    expect(dup.mergedIntoId).toBe(survivor);
    expect(dup.archivedAt).not.toBeNull();
    expect(
      errorCode(
        await staff.gql(`mutation($id: ID!) { restoreContact(id: $id) { id } }`, { id: vars.d }),
      ),
    ).toBe('CONTACT.MERGED');

    // A seeker who asked both records cannot end up with two asks of one person.
    const a = await insertContact(app, { fullName: 'Conflict A' });
    const b = await insertContact(app, { fullName: 'Conflict B' });
    await insertAsk(app, { ownerId: ids[0]!, contactId: a });
    await insertAsk(app, { ownerId: ids[0]!, contactId: b });
    const conflict = await staff.gql(MERGE, {
      s: toGlobalId('Contact', a),
      d: toGlobalId('Contact', b),
    });
    expect(errorCode(conflict)).toBe('CONTACT.MERGE_CONFLICT');
  });

  it('marks a person do-not-contact on every record, with a required reason staff alone can read', async () => {
    const agency = await insertContact(app, { fullName: 'Dnc Person', email: 'dnc@x.example' });
    const copy = await insertContact(app, {
      fullName: 'Dnc Copy',
      ownerId: await userIdOf(seeker),
      personId: agency,
    });
    const SET = `mutation($id: ID!, $on: Boolean!, $reason: String) { setDoNotContact(id: $id, doNotContact: $on, reason: $reason) { doNotContact doNotContactReason } }`;
    const id = toGlobalId('Contact', agency);
    const noReason = await staff.gql(SET, { id, on: true });
    expect(errorCode(noReason)).toBe('CONTACT.INVALID_FIELD');
    expect(noReason.errors![0]!.extensions!.field).toBe('reason');
    expect(errorCode(await seeker.gql(SET, { id, on: true, reason: 'x' }))).toBe('FORBIDDEN');
    const set = await staff.gql(SET, { id, on: true, reason: 'Retired from hiring' });
    expect(set.data?.setDoNotContact).toEqual({
      doNotContact: true,
      doNotContactReason: 'Retired from hiring',
    });
    const seen = await seeker.gql<{
      contact: { doNotContact: boolean; doNotContactReason: string };
    }>(`query($id: ID!) { contact(id: $id) { doNotContact doNotContactReason } }`, {
      id: toGlobalId('Contact', copy),
    });
    expect(seen.data!.contact.doNotContact).toBe(true);
    expect(seen.data!.contact.doNotContactReason).not.toContain('Retired');
    const refused = await seeker.gql(
      `mutation($id: ID!) { recordAsk(input: { contactId: $id, channel: EMAIL }) { id } }`,
      { id: toGlobalId('Contact', copy) },
    );
    expect(errorCode(refused)).toBe('REQUEST.DO_NOT_CONTACT');
  });
});
