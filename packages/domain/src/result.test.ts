import { describe, expect, it } from 'vitest';
import { assertNever, fail, ok } from './result.js';

describe('result', () => {
  it('wraps values and failures', () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(fail('X.Y', 'Broken.')).toEqual({
      ok: false,
      error: { code: 'X.Y', message: 'Broken.' },
    });
    expect(fail('X.Y', 'Broken.', { field: 'f', details: { a: 1 } }).error).toEqual({
      code: 'X.Y',
      message: 'Broken.',
      field: 'f',
      details: { a: 1 },
    });
  });

  it('assertNever throws on a value that should not exist', () => {
    expect(() => assertNever('X' as never)).toThrow('Unexpected value: X');
  });
});
