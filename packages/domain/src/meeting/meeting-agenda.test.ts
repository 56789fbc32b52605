import { describe, expect, it } from 'vitest';
import { at, NOW } from '../test-support/fixtures.js';
import {
  agendaTodayWindow,
  isMeetingToday,
  meetingAgenda,
  type AgendaMeeting,
} from './meeting-agenda.js';

const meeting = (
  id: string,
  startsAt: string,
  extra: Partial<AgendaMeeting> = {},
): AgendaMeeting => ({
  id,
  status: 'SCHEDULED',
  startsAt: at(startsAt),
  timeZone: 'America/New_York',
  ...extra,
});

// NOW is Monday 3 March 2025, 10:00 in New York.
describe('meetingAgenda', () => {
  it("splits today's meetings from the next ones, soonest first", () => {
    const agenda = meetingAgenda(
      [
        meeting('later-today', '2025-03-03T21:00:00Z'),
        meeting('this-morning', '2025-03-03T13:00:00Z', { status: 'COMPLETED' }),
        meeting('tomorrow', '2025-03-04T15:00:00Z'),
        meeting('next-week', '2025-03-10T15:00:00Z'),
        meeting('cancelled-today', '2025-03-03T18:00:00Z', { status: 'CANCELLED' }),
        meeting('past', '2025-03-01T15:00:00Z', { status: 'COMPLETED' }),
        meeting('missed-yesterday', '2025-03-02T15:00:00Z'),
      ],
      NOW,
    );
    expect(agenda.today.map((m) => m.id)).toEqual(['this-morning', 'later-today']);
    expect(agenda.upcoming.map((m) => m.id)).toEqual(['tomorrow', 'next-week']);
  });

  it("reads today on the clock of the meeting's own zone", () => {
    // 23:30 UTC on 3 March is still the 3rd in New York but the 4th in Paris,
    // where it is the 3rd now.
    const evening = '2025-03-03T23:30:00Z';
    expect(isMeetingToday(meeting('ny', evening), NOW)).toBe(true);
    expect(isMeetingToday(meeting('paris', evening, { timeZone: 'Europe/Paris' }), NOW)).toBe(
      false,
    );
    expect(
      meetingAgenda([meeting('paris', evening, { timeZone: 'Europe/Paris' })], NOW).upcoming,
    ).toHaveLength(1);
  });

  it('keeps the upcoming list short', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      meeting(`m${i}`, `2025-03-${String(10 + i).padStart(2, '0')}T15:00:00Z`),
    );
    expect(meetingAgenda(many, NOW).upcoming.map((m) => m.id)).toEqual([
      'm0',
      'm1',
      'm2',
      'm3',
      'm4',
    ]);
    expect(meetingAgenda(many, NOW, 2).upcoming).toHaveLength(2);
  });

  it('has a window wide enough for any zone’s today', () => {
    const { from, to } = agendaTodayWindow(NOW);
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/New_York']) {
      for (const hours of [-24, -12, 0, 12, 24]) {
        const startsAt = new Date(NOW.getTime() + hours * 3_600_000);
        if (isMeetingToday({ id: 'x', status: 'SCHEDULED', startsAt, timeZone: zone }, NOW)) {
          expect(startsAt >= from && startsAt <= to).toBe(true);
        }
      }
    }
  });
});
