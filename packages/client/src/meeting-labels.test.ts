import { describe, expect, it } from 'vitest';
import { meetingTime } from './meeting-labels';

describe('meetingTime', () => {
  it('reads the meeting on the clock of its own zone', () => {
    expect(meetingTime('2026-04-07T13:00:00Z', '2026-04-07T13:20:00Z', 'America/New_York')).toMatch(
      /^Tue, Apr 7 · 9:00\s*–\s*9:20\sAM EDT$/,
    );
    expect(meetingTime('2026-04-07T13:00:00Z', '2026-04-07T13:20:00Z', 'Asia/Tokyo')).toMatch(
      /^Tue, Apr 7 · 10:00\s*–\s*10:20\sPM GMT\+9$/,
    );
  });

  it('says nothing for an unreadable time', () => {
    expect(meetingTime('soon', '2026-04-07T13:20:00Z', 'UTC')).toBe('');
  });
});
