import { describe, expect, it } from 'vitest';
import { formatCalendarDate, listSummary, plural } from './format';

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
