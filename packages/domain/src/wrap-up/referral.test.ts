import { describe, expect, it } from 'vitest';
import type { Connection } from '../network/connection.js';
import { at, daysAfter, expectFail, expectOk, NOW } from '../test-support/fixtures.js';
import {
  convertReferral,
  followUpState,
  recordFollowUp,
  recordReferral,
  referralFollowUpDueAt,
  type Referral,
  type ReferralDraft,
  validateReferral,
} from './referral.js';

const draft: ReferralDraft = {
  name: ' Priya Shah ',
  title: 'Director of Data',
  companyName: 'Globex',
  email: 'Priya@Globex.com',
  phone: '+1 555 010 9999',
  howToReach: 'Mention Dana sent you',
  note: 'Hiring in Q3',
};

const meetingHeld = {
  id: 'meeting-1',
  status: 'COMPLETED' as const,
  startsAt: daysAfter(NOW, -0.01),
};

function record(overrides: Partial<Parameters<typeof recordReferral>[0]> = {}) {
  return recordReferral({
    id: 'ref-1',
    seekerId: 'seeker-1',
    givenByContactId: 'dana',
    meeting: meetingHeld,
    draft,
    seekerTimeZone: 'America/Los_Angeles',
    now: NOW,
    ...overrides,
  });
}

describe('validateReferral', () => {
  it('needs a name and a company or a way to reach them', () => {
    expect(validateReferral({ name: 'Priya', companyName: 'Globex' }).ok).toBe(true);
    expect(validateReferral({ name: 'Priya', companyId: 'globex' }).ok).toBe(true);
    expect(validateReferral({ name: 'Priya', email: 'p@globex.com' }).ok).toBe(true);
    expect(validateReferral({ name: 'Priya', phone: '555 010 9999' }).ok).toBe(true);
    expect(validateReferral({ name: 'Priya', howToReach: 'LinkedIn' }).ok).toBe(true);
    expect(
      validateReferral({ name: 'Priya', note: 'Nice person', companyName: ' ' }),
    ).toMatchObject({
      error: { code: 'REFERRAL.NEEDS_COMPANY_OR_WAY_TO_REACH' },
    });
    expect(validateReferral({ name: '  ', companyName: 'Globex' })).toMatchObject({
      error: { code: 'REFERRAL.INVALID_NAME', field: 'name' },
    });
  });

  it.each([
    [{ email: 'priya@' }, 'REFERRAL.INVALID_EMAIL', 'email'],
    [{ phone: 'call her' }, 'REFERRAL.INVALID_PHONE', 'phone'],
    [{ title: 'x'.repeat(121) }, 'REFERRAL.INVALID_FIELD', 'title'],
    [{ companyName: 'x'.repeat(121) }, 'REFERRAL.INVALID_FIELD', 'companyName'],
    [{ howToReach: 'x'.repeat(301) }, 'REFERRAL.INVALID_FIELD', 'howToReach'],
    [{ note: 'x'.repeat(2001) }, 'REFERRAL.INVALID_FIELD', 'note'],
  ])('refuses %j', (change, code, field) => {
    expect(validateReferral({ ...draft, ...change })).toMatchObject({
      ok: false,
      error: { code, field },
    });
  });
});

describe('recordReferral', () => {
  it('saves the referral with a follow-up due by the end of the seeker’s day', () => {
    // NOW is 07:00 in Los Angeles on 3 March; the day ends at 08:00 UTC on 4 March.
    expect(record()).toEqual({
      ok: true,
      value: {
        id: 'ref-1',
        seekerId: 'seeker-1',
        givenByContactId: 'dana',
        meetingId: 'meeting-1',
        name: 'Priya Shah',
        title: 'Director of Data',
        companyName: 'Globex',
        companyId: null,
        email: 'priya@globex.com',
        phone: '+1 555 010 9999',
        howToReach: 'Mention Dana sent you',
        note: 'Hiring in Q3',
        recordedAt: NOW,
        followUpDueOn: '2025-03-03',
        timeZone: 'America/Los_Angeles',
        followedUpAt: null,
        contactId: null,
      },
    });
  });

  it('the same day is the seeker’s day, not UTC’s', () => {
    const earlyInTokyo = at('2025-03-03T16:00:00Z'); // already 01:00 on 4 March in Tokyo
    const referral = expectOk(
      record({ now: earlyInTokyo, meeting: null, seekerTimeZone: 'Asia/Tokyo' }),
    );
    expect(referral.followUpDueOn).toBe('2025-03-04');
    expect(referralFollowUpDueAt(referral)).toEqual(at('2025-03-04T14:59:59.999Z'));
  });

  it('may come without a meeting, but not from one that did not happen', () => {
    expect(expectOk(record({ meeting: null })).meetingId).toBeNull();
    for (const meeting of [
      { ...meetingHeld, status: 'CANCELLED' as const },
      { ...meetingHeld, status: 'NO_SHOW' as const },
      { ...meetingHeld, status: 'SCHEDULED' as const, startsAt: daysAfter(NOW, 1) },
    ]) {
      expect(expectFail(record({ meeting })).code).toBe('REFERRAL.MEETING_NOT_HELD');
    }
    expect(record({ meeting: { ...meetingHeld, status: 'SCHEDULED' } }).ok).toBe(true);
  });

  it('checks the time zone and the draft', () => {
    expect(expectFail(record({ seekerTimeZone: 'Moon/Base' }))).toMatchObject({
      code: 'TIME.INVALID_TIME_ZONE',
      field: 'seekerTimeZone',
    });
    expect(expectFail(record({ draft: { name: '' } })).code).toBe('REFERRAL.INVALID_NAME');
  });
});

describe('follow-up', () => {
  const referral = expectOk(record());

  it('is due the same day, overdue after it, done once recorded', () => {
    expect(followUpState(referral, NOW)).toBe('DUE');
    const dueAt = referralFollowUpDueAt(referral);
    expect(dueAt).toEqual(at('2025-03-04T07:59:59.999Z')); // midnight in Los Angeles
    expect(followUpState(referral, dueAt)).toBe('DUE');
    expect(followUpState(referral, new Date(dueAt.getTime() + 1))).toBe('OVERDUE');
    const done = expectOk(recordFollowUp(referral, NOW));
    expect(done.followedUpAt).toEqual(NOW);
    expect(followUpState(done, daysAfter(NOW, 3))).toBe('DONE');
    expect(recordFollowUp(done, NOW)).toMatchObject({
      error: { code: 'REFERRAL.ALREADY_FOLLOWED_UP' },
    });
  });
});

describe('convertReferral', () => {
  const referral: Referral = { ...expectOk(record()), companyId: 'globex' };

  it('creates a private contact, a REFERRED edge from the giver, and no ask by default', () => {
    expect(
      convertReferral({ referral, contactId: 'priya', connectionId: 'edge-1', now: NOW }),
    ).toEqual({
      ok: true,
      value: {
        referral: { ...referral, contactId: 'priya' },
        contact: {
          id: 'priya',
          name: 'Priya Shah',
          title: 'Director of Data',
          email: 'priya@globex.com',
          phone: '+1 555 010 9999',
          mailingAddress: null,
          notes: 'Hiring in Q3\nHow to reach: Mention Dana sent you',
          tags: [],
          companyId: 'globex',
          source: 'REFERRAL',
          doNotContact: false,
          ownerSeekerId: 'seeker-1',
          sharedWithAgency: false,
        },
        contactId: 'priya',
        connection: {
          id: 'edge-1',
          kind: 'REFERRED',
          from: { type: 'CONTACT', id: 'dana' },
          to: { type: 'CONTACT', id: 'priya' },
          meetingId: 'meeting-1',
          ownerSeekerId: null,
          recordedAt: NOW,
        },
        ask: null,
      },
    });
  });

  it('leaves notes empty when there is nothing to note', () => {
    const bare = { ...referral, note: null, howToReach: null };
    expect(
      expectOk(convertReferral({ referral: bare, contactId: 'p', connectionId: 'e', now: NOW }))
        .contact?.notes,
    ).toBeNull();
  });

  it('links to a contact that already exists instead of duplicating it', () => {
    const value = expectOk(
      convertReferral({
        referral,
        contactId: 'unused',
        connectionId: 'edge-1',
        existingContact: {
          id: 'priya-agency',
          personId: 'priya-agency',
          companyId: 'globex',
          doNotContact: false,
        },
        now: NOW,
      }),
    );
    expect(value.contact).toBeNull();
    expect(value.contactId).toBe('priya-agency');
    expect(value.connection.to.id).toBe('priya-agency');
  });

  it('asks the new contact at once when the seeker wants, under the usual rules', () => {
    const value = expectOk(
      convertReferral({
        referral,
        contactId: 'priya',
        connectionId: 'edge-1',
        ask: {
          requestId: 'req-9',
          channel: 'EMAIL',
          message: 'Dana suggested I reach out.',
          asks: [],
          company: { id: 'globex', name: 'Globex', hiringStatus: 'HIRING' },
        },
        now: NOW,
      }),
    );
    expect(value.ask).toMatchObject({
      ok: true,
      value: { request: { id: 'req-9', contactId: 'priya', companyId: 'globex', status: 'ASKED' } },
    });
  });

  it('keeps the contact when the ask is refused', () => {
    const value = expectOk(
      convertReferral({
        referral,
        contactId: 'unused',
        connectionId: 'edge-1',
        existingContact: {
          id: 'priya-agency',
          personId: 'priya-agency',
          companyId: null,
          doNotContact: true,
        },
        ask: { requestId: 'req-9', channel: 'EMAIL', asks: [] },
        now: NOW,
      }),
    );
    expect(value.ask).toMatchObject({ ok: false, error: { code: 'REQUEST.DO_NOT_CONTACT' } });
  });

  it('refuses to convert twice, a duplicate edge or a self-referral', () => {
    expect(
      convertReferral({
        referral: { ...referral, contactId: 'priya' },
        contactId: 'x',
        connectionId: 'e',
        now: NOW,
      }),
    ).toMatchObject({
      error: { code: 'REFERRAL.ALREADY_CONVERTED', details: { contactId: 'priya' } },
    });
    const existing: Connection = {
      id: 'old',
      kind: 'REFERRED',
      from: { type: 'CONTACT', id: 'dana' },
      to: { type: 'CONTACT', id: 'priya' },
      meetingId: 'meeting-1',
      ownerSeekerId: 'seeker-1',
      recordedAt: NOW,
    };
    expect(
      convertReferral({
        referral,
        contactId: 'priya',
        connectionId: 'e',
        existingConnections: [existing],
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'NETWORK.DUPLICATE_CONNECTION' } });
    expect(
      convertReferral({
        referral,
        contactId: 'x',
        connectionId: 'e',
        existingContact: { id: 'dana', personId: 'dana', companyId: null, doNotContact: false },
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'NETWORK.SELF_CONNECTION' } });
  });

  it('refuses a referral record that no longer makes a valid contact', () => {
    expect(
      convertReferral({
        referral: { ...referral, name: ' ' },
        contactId: 'x',
        connectionId: 'e',
        now: NOW,
      }),
    ).toMatchObject({ error: { code: 'CONTACT.INVALID_NAME' } });
  });
});
