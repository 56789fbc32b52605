import { describe, expect, it } from 'vitest';
import { compareText, optionalText, requiredText } from './text.js';

describe('text', () => {
  const opts = { field: 'name', label: 'Name', max: 5, code: 'T.BAD' as const };

  it('trims and checks length', () => {
    expect(requiredText('  abc ', opts)).toEqual({ ok: true, value: 'abc' });
    expect(requiredText('   ', opts)).toMatchObject({
      ok: false,
      error: { code: 'T.BAD', field: 'name' },
    });
    expect(requiredText('abcdef', opts)).toMatchObject({
      ok: false,
      error: { message: 'Name must be at most 5 characters.', details: { max: 5 } },
    });
    expect(requiredText('abcde', opts).ok).toBe(true);
  });

  it('treats empty optional text as not given', () => {
    expect(optionalText(null, opts)).toEqual({ ok: true, value: null });
    expect(optionalText(undefined, opts)).toEqual({ ok: true, value: null });
    expect(optionalText('  ', opts)).toEqual({ ok: true, value: null });
    expect(optionalText(' x ', opts)).toEqual({ ok: true, value: 'x' });
    expect(optionalText('toolong', opts).ok).toBe(false);
  });

  it('compares text the same way everywhere', () => {
    expect(['b', 'B', 'a', 'a'].sort(compareText)).toEqual(['B', 'a', 'a', 'b']);
    expect(compareText('a', 'a')).toBe(0);
  });
});
