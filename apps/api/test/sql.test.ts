import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instant, sqlOf } from '../src/db/sql.js';
import { createTestApp, type TestApp } from './support/test-app.js';

describe('plain SQL (db/sql.ts)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(async () => app.close());

  it('reads SQLite instant text as the same Date an ISO string gives', () => {
    for (let i = 0; i < 500; i += 1) {
      const date = new Date(Date.UTC(1999, 0, 1) + i * 86_399_937);
      const text = date.toISOString().replace('T', ' ').replace('Z', '');
      expect(instant(text).getTime()).toBe(date.getTime());
      expect(instant(text.slice(0, 19)).getTime()).toBe(Math.floor(date.getTime() / 1000) * 1000);
    }
    const date = new Date('2026-03-02T09:30:00.123Z');
    expect(instant(date)).toBe(date);
    expect(instant('2026-03-02T09:30:00.123').getTime()).toBe(date.getTime());
  });

  it('binds spreads of any length, a spread used twice, and scalars between them', async () => {
    const sql = sqlOf(app.dataSource);
    const query = `SELECT :a AS a, :b AS b WHERE :b IN (:...list) AND :a IN (:...list)`;
    for (const list of [['x'], ['y', 'x'], ['z', 'x', 'y'], ['x', 'y', 'z', 'w']]) {
      const rows = await sql.all<{ a: string; b: string }>(query, { a: 'x', b: list[0], list });
      expect(rows).toEqual([{ a: 'x', b: list[0] }]);
    }
    await expect(sql.all(query, { a: 'x', b: 'x', list: [] })).rejects.toThrow(/non-empty array/);
    await expect(sql.all(query, { a: 'x', list: ['x'] })).rejects.toThrow(
      /No value for parameter b/,
    );
  });
});
