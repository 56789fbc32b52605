import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DOMAIN_ERROR_CODES } from '@rapport/domain';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CATALOG } from '../src/common/error-catalog.js';
import { QUERY_TOO_COMPLEX } from '../src/server/request-limits.js';
import {
  AppError,
  ForbiddenError,
  InvalidInputError,
  NotFoundError,
  RuleBrokenError,
  TooManyRequestsError,
  UnauthenticatedError,
  formatError,
} from '../src/common/errors.js';

const SOURCE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Runs an error through formatError as Apollo would, recording what was logged as a bug. */
function shown(error: unknown) {
  const logged: unknown[] = [];
  const wrapped = new GraphQLError('x', { originalError: error as Error });
  const formatted = formatError({ message: 'x', extensions: {} }, wrapped, (bug) =>
    logged.push(bug),
  );
  return { formatted, logged };
}

describe('the error catalog', () => {
  it('describes every code the domain can return', () => {
    for (const code of DOMAIN_ERROR_CODES) expect(ERROR_CATALOG).toHaveProperty([code]);
  });

  it('describes every code written in the API source', () => {
    const written = new Set<string>();
    for (const file of sourceFiles(SOURCE)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const match of text.matchAll(/readonly code = '([A-Z_.]+)'/g)) written.add(match[1]!);
      for (const match of text.matchAll(/RuleBrokenError\(\s*'([A-Z_.]+)'/g))
        written.add(match[1]!);
    }
    written.add(QUERY_TOO_COMPLEX);
    expect(written.size).toBeGreaterThan(4);
    expect([...written].filter((code) => !(code in ERROR_CATALOG))).toEqual([]);
  });

  it('gives each typed error its code, field and details, and logs none of them', () => {
    const cases: [AppError, string][] = [
      [
        new RuleBrokenError('COMPANY.INVALID_NAME', 'Name it.', { field: 'name' }),
        'COMPANY.INVALID_NAME',
      ],
      [new NotFoundError('That company'), 'NOT_FOUND'],
      [new ForbiddenError(), 'FORBIDDEN'],
      [new UnauthenticatedError(), 'UNAUTHENTICATED'],
      [new TooManyRequestsError('Wait.', 30), 'TOO_MANY_REQUESTS'],
      [new InvalidInputError('Bad cursor.'), 'BAD_USER_INPUT'],
    ];
    for (const [error, code] of cases) {
      const { formatted, logged } = shown(error);
      expect(formatted.extensions?.code).toBe(code);
      expect(formatted.message).toBe(error.message);
      expect(logged).toEqual([]);
    }
    expect(shown(cases[0]![0]).formatted.extensions?.field).toBe('name');
    expect(shown(cases[4]![0]).formatted.extensions?.retryAfterSeconds).toBe(30);
  });

  it('treats a code missing from the catalog, or any other throw, as a bug', () => {
    class Uncatalogued extends AppError {
      readonly code = 'MADE.UP';
    }
    for (const error of [new Uncatalogued('leaks?'), new Error('SQLITE_CONSTRAINT: users.email')]) {
      const { formatted, logged } = shown(error);
      expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
      expect(formatted.message).not.toMatch(/leaks|SQLITE/);
      expect(logged).toEqual([error]);
    }
  });

  it('never shows the message of a plain error that Apollo marked INTERNAL_SERVER_ERROR', () => {
    const leak = new Error('password=hunter2');
    const logged: unknown[] = [];
    const formatted = formatError(
      { message: leak.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      new GraphQLError(leak.message, { originalError: leak }),
      (bug) => logged.push(bug),
    );
    expect(formatted.message).not.toContain('hunter2');
    expect(logged).toEqual([leak]);
  });
});
