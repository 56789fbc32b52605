import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Connection } from '../network/connection.js';
import { daysAfter, NOW } from '../test-support/fixtures.js';
import { DEFAULT_SETTINGS } from '../settings.js';
import type { AskRecord } from './ask-throttle.js';
import { type CandidateContact, suggestNextContacts } from './next-contact.js';
import { REQUEST_STATUSES } from './request-status.js';

function contact(
  id: string,
  companyId: string | null,
  extra: Partial<CandidateContact> = {},
): CandidateContact {
  return { id, companyId, doNotContact: false, name: id.toUpperCase(), ...extra };
}

function askOf(contactId: string, seekerId = 'me', extra: Partial<AskRecord> = {}): AskRecord {
  return {
    id: `${seekerId}-${contactId}`,
    seekerId,
    contactId,
    status: 'DECLINED',
    askedAt: daysAfter(NOW, -2),
    ...extra,
  };
}

function knows(a: string, b: string, kind: Connection['kind'] = 'KNOWS'): Connection {
  return {
    id: `${a}-${b}`,
    kind,
    from: a === 'me' ? { type: 'SEEKER', id: 'me' } : { type: 'CONTACT', id: a },
    to: { type: 'CONTACT', id: b },
    meetingId: null,
  };
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
    { contactId: 'referred-new', recordedAt: daysAfter(NOW, -1) },
    { contactId: 'referred-old', recordedAt: daysAfter(NOW, -9) },
    { contactId: 'referred-old', recordedAt: daysAfter(NOW, -3) },
  ];
  const connections = [
    knows('me', 'net-strong'),
    knows('acme-b', 'net-weak'),
    knows('acme-a', 'net-weak'),
  ];

  it('orders the same company, then referrals, then the network by strength', () => {
    const suggestions = suggestNextContacts({
      seekerId: 'me',
      companyId: 'acme',
      contacts,
      asks,
      referrals,
      connections,
      now: NOW,
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
    const ids = suggestNextContacts({ seekerId: 'me', contacts, asks, now: NOW, limit: 50 }).map(
      (s) => s.contactId,
    );
    expect(ids).not.toContain('declined');
    expect(ids).not.toContain('dnc');
    expect(ids).not.toContain('busy');
  });

  it('counts people the seeker met as warm links', () => {
    const met = [askOf('acme-a', 'me', { status: 'ACCEPTED' })];
    const suggestions = suggestNextContacts({
      seekerId: 'me',
      contacts: [contact('net-weak', 'hooli'), contact('net-strong', 'hooli')],
      asks: met,
      connections,
      now: NOW,
    });
    expect(suggestions.map((s) => [s.contactId, s.strength])).toEqual([
      ['net-weak', 3],
      ['net-strong', 2],
    ]);
  });

  it('lists a contact once and respects the limit from settings', () => {
    const doubled = [
      contact('x', null),
      contact('x', null),
      contact('y', null),
      contact('z', null),
    ];
    const settings = { ...DEFAULT_SETTINGS, suggestionLimit: 2 };
    expect(
      suggestNextContacts({ seekerId: 'me', contacts: doubled, asks: [], now: NOW, settings }),
    ).toHaveLength(2);
    expect(
      suggestNextContacts({ seekerId: 'me', contacts: doubled, asks: [], now: NOW }).map(
        (s) => s.contactId,
      ),
    ).toEqual(['x', 'y', 'z']);
  });

  it('breaks ties by id when names are equal', () => {
    const twins = [contact('b', null, { name: 'Sam' }), contact('a', null, { name: 'Sam' })];
    expect(
      suggestNextContacts({ seekerId: 'me', contacts: twins, asks: [], now: NOW }).map(
        (s) => s.contactId,
      ),
    ).toEqual(['a', 'b']);
  });
});

describe('property: suggestions are always fair game', () => {
  const ids = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
  const arbContact = fc.record({
    id: fc.constantFrom(...ids),
    companyId: fc.option(fc.constantFrom('co0', 'co1', 'co2'), { nil: null }),
    doNotContact: fc.boolean(),
  });
  const arbAsk = fc.record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    seekerId: fc.constantFrom('me', 'other'),
    contactId: fc.constantFrom(...ids),
    status: fc.constantFrom(...REQUEST_STATUSES),
    askedAt: fc.integer({ min: -60, max: 0 }).map((d) => daysAfter(NOW, d)),
  });
  const arbConnection = fc.record({
    id: fc.string({ maxLength: 3 }),
    kind: fc.constantFrom('REFERRED' as const, 'KNOWS' as const, 'WORKS_WITH' as const),
    from: fc.record({
      type: fc.constantFrom('CONTACT' as const, 'SEEKER' as const),
      id: fc.constantFrom('me', ...ids),
    }),
    to: fc.record({ type: fc.constant('CONTACT' as const), id: fc.constantFrom(...ids) }),
    meetingId: fc.constant(null),
  });

  it('a suggestion is never a person already asked, declined or do-not-contact', () => {
    fc.assert(
      fc.property(
        fc.array(arbContact, { maxLength: 12 }),
        fc.array(arbAsk, { maxLength: 12 }),
        fc.array(arbConnection, { maxLength: 10 }),
        fc.subarray(ids),
        fc.option(fc.constantFrom('co0', 'co1'), { nil: null }),
        (contacts, asks, connections, referred, companyId) => {
          const suggestions = suggestNextContacts({
            seekerId: 'me',
            companyId,
            contacts,
            asks,
            connections,
            referrals: referred.map((contactId) => ({ contactId, recordedAt: NOW })),
            now: NOW,
            limit: 50,
          });
          const mine = new Set(asks.filter((a) => a.seekerId === 'me').map((a) => a.contactId));
          for (const suggestion of suggestions) {
            expect(mine.has(suggestion.contactId)).toBe(false);
            const flagged = contacts.some((c) => c.id === suggestion.contactId && c.doNotContact);
            expect(flagged).toBe(false);
            const recent = asks.filter(
              (a) => a.contactId === suggestion.contactId && a.askedAt > daysAfter(NOW, -30),
            );
            expect(recent.length).toBeLessThan(2);
          }
          const order = suggestions.map((s) =>
            ['SAME_COMPANY', 'REFERRAL', 'NETWORK'].indexOf(s.reason),
          );
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          expect(new Set(suggestions.map((s) => s.contactId)).size).toBe(suggestions.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
