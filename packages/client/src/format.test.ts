import { describe, expect, it } from 'vitest';
import { listSummary } from './format';

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
