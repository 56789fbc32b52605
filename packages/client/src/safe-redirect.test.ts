import { describe, expect, it } from 'vitest';
import { safeNextPath } from './safe-redirect';

describe('safeNextPath', () => {
  it('keeps a path inside the app, with its query string', () => {
    expect(safeNextPath('/companies/abc?from=list', '/home')).toBe('/companies/abc?from=list');
  });

  it.each([
    ['nothing', null],
    ['an empty string', ''],
    ['another site', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example/path'],
    ['a backslash trick', '/\\evil.example'],
    ['a relative path', 'companies'],
    ['a script', 'javascript:alert(1)'],
  ])('falls back for %s', (_what, raw) => {
    expect(safeNextPath(raw, '/home')).toBe('/home');
  });
});
