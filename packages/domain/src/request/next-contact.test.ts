import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../network/connection.js';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import { type AskRecord, countRecentAsks } from './ask-throttle.js';
import {
  type CandidateContact,
  type NextContactInput,
  suggestNextContacts,
} from './next-contact.js';
import { REQUEST_STATUSES } from './request-status.js';

function contact(
  id: string,
  companyId: string | null,
  extra: Partial<CandidateContact> = {},
): CandidateContact {
  return { id, personId: id, companyId, doNotContact: false, name: id.toUpperCase(), ...extra };
}

function askOf(personId: string, seekerId = 'me', extra: Partial<AskRecord> = {}): AskRecord {
  return {
    id: `${seekerId}-${personId}`,
    seekerId,
    contactId: personId,
    personId,
    status: 'DECLINED',
    askedAt: daysAfter(NOW, -2),
    ...extra,
  };
}

function knows(
  a: string,
  b: string,
  kind: Connection['kind'] = 'KNOWS',
  ownerSeekerId: string | null = null,
): Connection {
  return {
    id: `${a}-${b}`,
    kind,
    from: a === 'me' ? { type: 'SEEKER', id: 'me' } : { type: 'CONTACT', id: a },
    to: { type: 'CONTACT', id: b },
    meetingId: null,
    ownerSeekerId,
    recordedAt: NOW,
  };
}

/** The input the API would build: own asks from one query, counts from another. */
function suggest(
  contacts: readonly CandidateContact[],
  asks: readonly AskRecord[],
  extra: Partial<NextContactInput> = {},
) {
  return suggestNextContacts({
    seekerId: 'me',
    contacts,
    ownAsks: asks.filter((ask) => ask.seekerId === 'me'),
    recentAskCounts: countRecentAsks(asks, NOW),
    ...extra,
  });
}

describe('suggestNextContacts', () => {
  const contacts = [
    contact('declined', 'acme'),
    contact('acme-b', 'acme'),
    contact('acme-a', 'acme'),
    contact('referred-new', 'globex'),
    contact('referred-old', 'initech'),
    contact('net-strong', 'hooli'),
    contact('net-weak', 'hooli'),
    contact('net-none', null, { name: null }),
    contact('dnc', 'acme', { doNotContact: true }),
    contact('busy', 'acme'),
  ];
  const asks = [
    askOf('declined'),
    askOf('busy', 'other-1', { status: 'ASKED', askedAt: daysAfter(NOW, -1) }),
    askOf('busy', 'other-2', { status: 'ASKED', askedAt: daysAfter(NOW, -1) }),
  ];
  const referrals = [
    { personId: 'referred-new', recordedAt: daysAfter(NOW, -1) },
    { personId: 'referred-old', recordedAt: daysAfter(NOW, -9) },
    { personId: 'referred-old', recordedAt: daysAfter(NOW, -3) },
  ];
  const connections = [
    knows('me', 'net-strong'),
    knows('acme-b', 'net-weak'),
    knows('acme-a', 'net-weak'),
  ];

  it('orders the same company, then referrals, then the network by strength', () => {
    const suggestions = suggest(contacts, asks, {
      companyId: 'acme',
      referrals,
      connections,
      limit: 20,
    });
    expect(suggestions.map((s) => [s.contactId, s.reason, s.strength])).toEqual([
      ['acme-a', 'SAME_COMPANY', 1],
      ['acme-b', 'SAME_COMPANY', 1],
      ['referred-old', 'REFERRAL', 0],
      ['referred-new', 'REFERRAL', 0],
      ['net-strong', 'NETWORK', 2],
      ['net-weak', 'NETWORK', 2],
      ['net-none', 'NETWORK', 0],
    ]);
    expect(suggestions[0]?.message).toMatch(/^ACME-A works at the same company/);
    expect(suggestions[2]?.message).toMatch(/^REFERRED-OLD was referred to you/);
    expect(suggestions[6]?.message).toMatch(/^This contact is in the agency's network/);
  });

  it('never suggests someone asked, do-not-contact, or at the agency cap', () => {
    const ids = suggest(contacts, asks, { limit: 50 }).map((s) => s.contactId);
    expect(ids).not.toContain('declined');
    expect(ids).not.toContain('dnc');
    expect(ids).not.toContain('busy');
  });

  it('leaves out a person at the cap even when only other seekers asked them', () => {
    const counts = new Map([['p-busy', 2]]);
    const rows = [contact('busy-copy', 'acme', { personId: 'p-busy' }), contact('free', 'acme')];
    const input = { seekerId: 'me', contacts: rows, ownAsks: [], recentAskCounts: counts };
    expect(suggestNextContacts(input).map((s) => s.contactId)).toEqual(['free']);
    const looser = { ...DEFAULT_SETTINGS, askThrottle: { maxAsks: 3, windowDays: 30 } };
    expect(suggestNextContacts({ ...input, settings: looser })).toHaveLength(2);
  });

  it('works by person: another record of someone asked or flagged is not a way back', () => {
    const rows = [
      contact('dana-agency', 'acme', { personId: 'p-dana' }),
      contact('dana-private', null, { personId: 'p-dana', name: 'Dana' }),
      contact('lee-agency', 'acme', { personId: 'p-lee', doNotContact: true }),
      contact('lee-private', 'acme', { personId: 'p-lee' }),
      contact('kim', 'globex'),
    ];
    const declined = [askOf('p-dana', 'me', { contactId: 'dana-agency' })];
    expect(suggest(rows, declined, { companyId: 'acme' }).map((s) => s.contactId)).toEqual(['kim']);
  });

  it('suggests a person once, under their best-placed record', () => {
    const rows = [
      contact('z-row', 'acme', { personId: 'p1', name: 'Dana' }),
      contact('b-row', 'globex', { personId: 'p1', name: 'Dana' }),
      contact('a-row', 'globex', { personId: 'p1', name: 'Dana' }),
    ];
    expect(suggest(rows, [], { companyId: 'acme' })).toEqual([
      expect.objectContaining({ contactId: 'z-row', personId: 'p1', reason: 'SAME_COMPANY' }),
    ]);
    expect(suggest(rows, [], { companyId: 'initech' })).toEqual([
      expect.objectContaining({ contactId: 'a-row', reason: 'NETWORK' }),
    ]);
  });

  it('counts people the seeker met as warm links', () => {
    const met = [askOf('acme-a', 'me', { status: 'ACCEPTED' })];
    const suggestions = suggest(
      [contact('net-weak', 'hooli'), contact('net-strong', 'hooli')],
      met,
      {
        connections,
      },
    );
    expect(suggestions.map((s) => [s.contactId, s.strength])).toEqual([
      ['net-weak', 3],
      ['net-strong', 2],
    ]);
  });

  it('ignores links the seeker may not see', () => {
    const links = [
      knows('x', 'target', 'REFERRED', 'someone-else'), // another seeker's private link
      knows('y', 'target', 'KNOWS', 'me'), // the seeker's own
      knows('z', 'target', 'KNOWS', null), // the agency's
    ];
    expect(suggest([contact('target', null)], [], { connections: links })[0]?.strength).toBe(2);
  });

  it('lists a contact once and respects the limit from settings', () => {
    const doubled = [
      contact('x', null),
      contact('x', null),
      contact('y', null),
      contact('z', null),
    ];
    const settings = { ...DEFAULT_SETTINGS, suggestionLimit: 2 };
    expect(suggest(doubled, [], { settings })).toHaveLength(2);
    expect(suggest(doubled, []).map((s) => s.contactId)).toEqual(['x', 'y', 'z']);
  });

  it('breaks ties by id when names are equal', () => {
    const twins = [contact('b', null, { name: 'Sam' }), contact('a', null, { name: 'Sam' })];
    expect(suggest(twins, []).map((s) => s.contactId)).toEqual(['a', 'b']);
  });
});

describe('suggestNextContacts at scale', () => {
  const CONTACTS = 5_000;
  const LINKS = 20_000;
  const ASKS = 5_000;
  const contacts = Array.from({ length: CONTACTS }, (_, i) =>
    contact(`c${i}`, `co${i % 250}`, { personId: `p${i % 4_800}` }),
  );
  const connections = Array.from({ length: LINKS }, (_, i) =>
    knows(i % 7 === 0 ? 'me' : `c${(i * 31) % CONTACTS}`, `c${(i * 17 + 3) % CONTACTS}`),
  );
  const asks = Array.from({ length: ASKS }, (_, i) =>
    askOf(`p${(i * 13) % 4_800}`, i % 10 === 0 ? 'me' : `s${i % 40}`, {
      id: `a${i}`,
      askedAt: daysAfter(NOW, -(i % 45)),
    }),
  );

  /** Wraps an array so that every element read is counted. */
  function counted<T>(items: readonly T[], reads: { count: number }): readonly T[] {
    return new Proxy(items, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads.count += 1;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  }

  it('reads each input a constant number of times: no scan per candidate', () => {
    const reads = { count: 0 };
    const ownAsks = asks.filter((ask) => ask.seekerId === 'me');
    const suggestions = suggestNextContacts({
      seekerId: 'me',
      companyId: 'co7',
      contacts: counted(contacts, reads),
      ownAsks: counted(ownAsks, reads),
      recentAskCounts: countRecentAsks(asks, NOW),
      referrals: counted(
        contacts.slice(0, 500).map((c) => ({ personId: c.personId, recordedAt: NOW })),
        reads,
      ),
      connections: counted(connections, reads),
      limit: 50,
    });
    expect(suggestions).toHaveLength(50);
    // A nested scan would read tens of millions of elements.
    expect(reads.count).toBeLessThanOrEqual(2 * (CONTACTS + ownAsks.length + 500 + LINKS));
  });

  it('stays fast on 5,000 contacts and 20,000 links (a generous sanity bound)', () => {
    const started = Date.now();
    suggest(contacts, asks, { companyId: 'co7', connections, limit: 50 });
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('property: suggestions are always fair game', () => {
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
  // Eight rows, four people: each person has two records.
  const personOf = (id: string) => `p${Number(id.slice(1)) % 4}`;
  const arbContact = fc
    .record({
      id: fc.constantFrom(...ids),
      companyId: fc.option(fc.constantFrom('co0', 'co1', 'co2'), { nil: null }),
      doNotContact: fc.boolean(),
    })
    .map((c) => ({ ...c, personId: personOf(c.id) }));
  const arbAsk = fc
    .record({
      id: fc.string({ minLength: 1, maxLength: 4 }),
      seekerId: fc.constantFrom('me', 'other'),
      contactId: fc.constantFrom(...ids),
      status: fc.constantFrom(...REQUEST_STATUSES),
      askedAt: fc.integer({ min: -60, max: 0 }).map((d) => daysAfter(NOW, d)),
    })
    .map((a) => ({ ...a, personId: personOf(a.contactId) }));
  const arbConnection = fc.record({
    id: fc.string({ maxLength: 3 }),
    kind: fc.constantFrom('REFERRED' as const, 'KNOWS' as const, 'WORKS_WITH' as const),
    from: fc.record({
      type: fc.constantFrom('CONTACT' as const, 'SEEKER' as const),
      id: fc.constantFrom('me', ...ids),
    }),
    to: fc.record({ type: fc.constant('CONTACT' as const), id: fc.constantFrom(...ids) }),
    meetingId: fc.constant(null),
    ownerSeekerId: fc.constantFrom(null, 'me', 'other'),
    recordedAt: fc.constant(NOW),
  });

  it('a suggestion is never a person already asked, flagged or at the cap', () => {
    fc.assert(
      fc.property(
        fc.array(arbContact, { maxLength: 12 }),
        fc.array(arbAsk, { maxLength: 12 }),
        fc.array(arbConnection, { maxLength: 10 }),
        fc.subarray(['p0', 'p1', 'p2', 'p3']),
        fc.option(fc.constantFrom('co0', 'co1'), { nil: null }),
        (contacts, asks, connections, referred, companyId) => {
          const suggestions = suggest(contacts, asks, {
            companyId,
            connections,
            referrals: referred.map((personId) => ({ personId, recordedAt: NOW })),
            limit: 50,
          });
          const mine = new Set(asks.filter((a) => a.seekerId === 'me').map((a) => a.personId));
          for (const suggestion of suggestions) {
            expect(mine.has(suggestion.personId)).toBe(false);
            const flagged = contacts.some(
              (c) => c.personId === suggestion.personId && c.doNotContact,
            );
            expect(flagged).toBe(false);
            const recent = asks.filter(
              (a) => a.personId === suggestion.personId && a.askedAt > daysAfter(NOW, -30),
            );
            expect(recent.length).toBeLessThan(2);
          }
          const order = suggestions.map((s) =>
            ['SAME_COMPANY', 'REFERRAL', 'NETWORK'].indexOf(s.reason),
          );
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          expect(new Set(suggestions.map((s) => s.personId)).size).toBe(suggestions.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
