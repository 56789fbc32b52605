import { describe, expect, it } from 'vitest';
import { aMeeting, at, expectOk, minutesAfter, NOW } from '../test-support/fixtures.js';
import { LOCATION_KINDS } from './location.js';
import { meetingInvitation } from './invitation.js';
import { cancelMeeting, rescheduleMeeting } from './meeting-rules.js';

const seeker = { name: 'Alex Kim', email: 'alex@example.com' };
const contact = { name: 'Dana Lee', email: 'dana@acme.example' };
const invite = (
  overrides: Partial<Parameters<typeof meetingInvitation>[0]> = {},
): ReturnType<typeof meetingInvitation> =>
  meetingInvitation({
    meeting: aMeeting(), // Wed 5 March 15:00 UTC = 10:00 in New York, 20 minutes, office
    audience: 'SEEKER',
    seeker,
    contact,
    companyName: 'Acme',
    officeAddress: '1 Main St, Springfield',
    ...overrides,
  });

describe('meetingInvitation', () => {
  it('describes a scheduled office meeting for the seeker', () => {
    expect(invite()).toEqual({
      uid: 'meeting-meeting-1@rapport',
      sequence: 0,
      method: 'REQUEST',
      status: 'CONFIRMED',
      startsAt: at('2025-03-05T15:00:00Z'),
      endsAt: at('2025-03-05T15:20:00Z'),
      durationMinutes: 20,
      timeZone: 'America/New_York',
      title: 'Informational interview with Dana Lee (Acme)',
      location: '1 Main St, Springfield',
      url: null,
      description:
        '20 minutes: 2025-03-05, 10:00–10:20 (America/New_York). Keep to the time you promised and ask for referrals before the end.',
      organizer: seeker,
      attendees: [contact],
    });
  });

  it('tells the contact how long it takes, under the same UID', () => {
    const forContact = invite({ audience: 'CONTACT', uidDomain: 'agency.example' });
    expect(forContact).toMatchObject({
      uid: 'meeting-meeting-1@agency.example',
      title: 'Informational interview with Alex Kim',
      description:
        '20 minutes: 2025-03-05, 10:00–10:20 (America/New_York). Alex asked for 20 minutes of your time and will keep to it.',
    });
  });

  it('leaves the company out of the title when it is not known', () => {
    expect(invite({ companyName: null }).title).toBe('Informational interview with Dana Lee');
  });

  it('falls back to the place the seeker wrote, then to whose office it is', () => {
    const noAddress = { officeAddress: null };
    expect(
      invite({
        ...noAddress,
        meeting: aMeeting({ location: { kind: 'OFFICE', details: 'Floor 3' } }),
      }).location,
    ).toBe('Floor 3');
    expect(invite(noAddress).location).toBe("Dana's office");
    expect(invite({ ...noAddress, audience: 'CONTACT' }).location).toBe('Your office');
  });

  it('says who pays at a meal, with the estimated cost for the seeker', () => {
    const lunch = aMeeting({ location: { kind: 'LUNCH', details: 'Luigi’s, 4 Elm St' } });
    const forSeeker = invite({ meeting: lunch });
    expect(forSeeker.location).toBe('Lunch: Luigi’s, 4 Elm St');
    expect(forSeeker.description).toContain(
      'You pay for both of you, as is traditional: plan on about $50.00.',
    );
    const forContact = invite({ meeting: lunch, audience: 'CONTACT' });
    expect(forContact.description).toContain('Alex will pick up the bill.');
    expect(forContact.description).not.toContain('$');
    expect(
      invite({ meeting: aMeeting({ location: { kind: 'COFFEE', details: null } }) }).location,
    ).toBe('Coffee');
  });

  it('gives a video link as the URL, and a phone number as the place', () => {
    const link = 'https://meet.example/abc-def';
    expect(
      invite({ meeting: aMeeting({ location: { kind: 'VIDEO', details: link } }) }),
    ).toMatchObject({ location: link, url: link });
    expect(
      invite({
        meeting: aMeeting({ location: { kind: 'VIDEO', details: 'Teams, link to follow' } }),
      }),
    ).toMatchObject({ location: 'Teams, link to follow', url: null });
    expect(
      invite({ meeting: aMeeting({ location: { kind: 'VIDEO', details: null } }) }),
    ).toMatchObject({ location: 'Video call', url: null });
    expect(
      invite({ meeting: aMeeting({ location: { kind: 'PHONE', details: '+1 555 0100' } }) })
        .location,
    ).toBe('Phone call: +1 555 0100');
    expect(
      invite({ meeting: aMeeting({ location: { kind: 'PHONE', details: null } }) }).location,
    ).toBe('Phone call');
  });

  it('has a place for every kind of location and no cost line where nothing is bought', () => {
    for (const kind of LOCATION_KINDS) {
      const result = invite({ meeting: aMeeting({ location: { kind, details: null } }) });
      expect(result.location.length).toBeGreaterThan(0);
      expect(result.description.includes('pay')).toBe(
        ['COFFEE', 'BREAKFAST', 'LUNCH'].includes(kind),
      );
    }
  });

  it('raises the sequence on every reschedule and on cancellation', () => {
    const moved = expectOk(
      rescheduleMeeting(aMeeting(), {
        id: 'move-1',
        startsAt: at('2025-03-06T15:00:00Z'),
        durationMinutes: 15,
        now: NOW,
      }),
    );
    expect(invite({ meeting: moved })).toMatchObject({
      sequence: 1,
      startsAt: at('2025-03-06T15:00:00Z'),
      endsAt: at('2025-03-06T15:15:00Z'),
    });
    const cancelled = expectOk(cancelMeeting(moved, minutesAfter(NOW, 1)));
    expect(invite({ meeting: cancelled })).toMatchObject({
      sequence: 2,
      method: 'CANCEL',
      status: 'CANCELLED',
      description: expect.stringContaining('This meeting has been cancelled.'),
    });
  });

  it('keeps a held meeting confirmed', () => {
    expect(invite({ meeting: aMeeting({ status: 'COMPLETED' }) }).status).toBe('CONFIRMED');
    expect(invite({ meeting: aMeeting({ status: 'NO_SHOW' }) }).method).toBe('REQUEST');
  });
});

describe('impossible values', () => {
  it('throws on a location kind or status that cannot exist', () => {
    expect(() =>
      invite({ meeting: aMeeting({ location: { kind: 'SPA' as never, details: null } }) }),
    ).toThrow('Unexpected value: SPA');
    expect(() => invite({ meeting: aMeeting({ status: 'LOST' as never }) })).toThrow(
      'Unexpected value: LOST',
    );
  });
});
