import { describe, expect, it } from 'vitest';
import {
  formatCalendarDate,
  formatClockSpan,
  formatMeetingTime,
  listSummary,
  plural,
} from './format';

describe('formatCalendarDate', () => {
  it('names the day the API meant, whatever the reader’s zone', () => {
    expect(formatCalendarDate('2026-04-07')).toBe('Tue, Apr 7');
    expect(formatCalendarDate('2026-12-31')).toBe('Thu, Dec 31');
  });

  it('shows anything else as it came', () => {
    expect(formatCalendarDate('soon')).toBe('soon');
  });
});

describe('plural', () => {
  it('counts one and many', () => {
    expect(plural(1, 'card', 'cards')).toBe('1 card');
    expect(plural(3, 'card', 'cards')).toBe('3 cards');
  });
});

describe('formatMeetingTime', () => {
  it('writes the span on the clock of the zone it was agreed in', () => {
    expect(formatMeetingTime('2026-04-02T14:00:00Z', 20, 'America/New_York')).toBe(
      'Thursday, April 2, 2026, 10:00 AM EDT – 10:20 AM EDT',
    );
    expect(formatMeetingTime('2026-04-02T14:00:00Z', 15, 'Europe/London')).toBe(
      'Thursday, April 2, 2026, 3:00 PM GMT+1 – 3:15 PM GMT+1',
    );
  });

  it('writes nothing for a date it cannot read', () => {
    expect(formatMeetingTime('soon', 20, 'UTC')).toBe('');
  });
});

describe('formatClockSpan', () => {
  it('writes the weekday and the times only', () => {
    expect(formatClockSpan('2026-04-02T14:00:00Z', 20, 'UTC')).toBe(
      'Thu 2:00 PM UTC – 2:20 PM UTC',
    );
  });
});

describe('listSummary', () => {
  it('counts, says when a filter matches, and how many are shown', () => {
    expect(listSummary(null, 0, ['seeker', 'seekers'])).toBe('');
    expect(listSummary(1, 1, ['seeker', 'seekers'])).toBe('1 seeker.');
    expect(listSummary(1, 1, ['seeker', 'seekers'], true)).toBe('1 seeker matches.');
    expect(listSummary(1200, 25, ['seeker', 'seekers'], true)).toBe(
      '1,200 seekers match, showing 25.',
    );
  });
});
