import { describe, expect, it } from 'vitest';
import { changeHiringStatus } from '../company/company.js';
import { at, daysAfter, NOW } from '../test-support/fixtures.js';
import {
  alertsForHiringChange,
  hiringAlertKey,
  type InterviewHistoryEntry,
  warmCandidates,
} from './hiring-alert.js';

function interview(
  seekerId: string,
  daysAgo: number,
  extra: Partial<InterviewHistoryEntry> = {},
): InterviewHistoryEntry {
  return {
    meetingId: `${seekerId}-${daysAgo}`,
    seekerId,
    companyId: 'acme',
    contactId: `${seekerId}-contact-${daysAgo}`,
    contactName: `Person ${daysAgo}`,
    status: 'COMPLETED',
    startsAt: daysAfter(NOW, -daysAgo),
    ...extra,
  };
}

const history = [
  interview('ana', 30),
  interview('ana', 5),
  interview('ben', 60),
  interview('cai', 10, { status: 'CANCELLED' }),
  interview('dev', 3, { companyId: 'globex' }),
  interview('eve', 60),
];
const started = changeHiringStatus(
  { status: 'NOT_HIRING', changedAt: at('2025-01-01T00:00:00Z') },
  'HIRING',
  NOW,
);
const company = { id: 'acme', name: 'Acme' };

describe('warmCandidates', () => {
  it('lists seekers who met someone there, most recent first', () => {
    expect(warmCandidates('acme', history)).toEqual([
      {
        seekerId: 'ana',
        meetingCount: 2,
        lastMetAt: daysAfter(NOW, -5),
        lastMeetingId: 'ana-5',
        lastContactId: 'ana-contact-5',
        lastContactName: 'Person 5',
      },
      {
        seekerId: 'ben',
        meetingCount: 1,
        lastMetAt: daysAfter(NOW, -60),
        lastMeetingId: 'ben-60',
        lastContactId: 'ben-contact-60',
        lastContactName: 'Person 60',
      },
      {
        seekerId: 'eve',
        meetingCount: 1,
        lastMetAt: daysAfter(NOW, -60),
        lastMeetingId: 'eve-60',
        lastContactId: 'eve-contact-60',
        lastContactName: 'Person 60',
      },
    ]);
  });

  it('keeps the latest meeting and its person whatever the order', () => {
    for (const order of [
      [interview('ana', 5), interview('ana', 30)],
      [interview('ana', 30), interview('ana', 5)],
    ]) {
      expect(warmCandidates('acme', order)[0]).toMatchObject({
        lastMetAt: daysAfter(NOW, -5),
        lastContactName: 'Person 5',
      });
    }
  });

  it('breaks a tie between two meetings at the same time by meeting id, not input order', () => {
    const a = interview('ana', 5, { meetingId: 'a', contactName: 'First' });
    const b = interview('ana', 5, { meetingId: 'b', contactName: 'Second' });
    expect(warmCandidates('acme', [a, b])[0]?.lastContactName).toBe('Second');
    expect(warmCandidates('acme', [b, a])[0]?.lastContactName).toBe('Second');
  });
});

describe('alertsForHiringChange', () => {
  it('alerts each past interviewee once when the company starts hiring', () => {
    const alerts = alertsForHiringChange({ company, change: started, interviews: history });
    expect(alerts.map((a) => [a.seekerId, a.meetingIds])).toEqual([
      ['ana', ['ana-30', 'ana-5']],
      ['ben', ['ben-60']],
      ['eve', ['eve-60']],
    ]);
    expect(alerts[0]).toMatchObject({
      key: hiringAlertKey('acme', NOW, 'ana'),
      companyId: 'acme',
      lastMetAt: daysAfter(NOW, -5),
      contactId: 'ana-contact-5',
      contactName: 'Person 5',
      lastMeetingId: 'ana-5',
      message: expect.stringMatching(/^Acme is hiring now\. You met Person 5 there/),
    });
    expect(alerts[0]?.key).toBe(`hiring:acme:${NOW.toISOString()}:ana`);
  });

  it('sends nothing twice for the same change', () => {
    const first = alertsForHiringChange({ company, change: started, interviews: history });
    const retry = alertsForHiringChange({
      company,
      change: started,
      interviews: history,
      alreadySent: first.slice(0, 2).map((a) => a.key),
    });
    expect(retry.map((a) => a.seekerId)).toEqual(['eve']);
  });

  it('alerts again for a later change', () => {
    const first = alertsForHiringChange({ company, change: started, interviews: history });
    const again = changeHiringStatus(
      { status: 'NOT_HIRING', changedAt: NOW },
      'HIRING',
      daysAfter(NOW, 90),
    );
    expect(
      alertsForHiringChange({
        company,
        change: again,
        interviews: history,
        alreadySent: first.map((a) => a.key),
      }),
    ).toHaveLength(3);
  });

  it('stays silent unless the company has just started hiring', () => {
    const unchanged = changeHiringStatus({ status: 'HIRING', changedAt: NOW }, 'HIRING', NOW);
    const stopped = changeHiringStatus({ status: 'HIRING', changedAt: NOW }, 'NOT_HIRING', NOW);
    expect(alertsForHiringChange({ company, change: unchanged, interviews: history })).toEqual([]);
    expect(alertsForHiringChange({ company, change: stopped, interviews: history })).toEqual([]);
  });
});
