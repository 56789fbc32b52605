import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DataSource } from 'typeorm';
import { openDatabase } from '../src/db/data-source.js';
import { seedDemoData } from '../src/seed/demo-data.js';
import { createThrowawayDatabase } from '../src/db/throwaway-database.js';

describe('migrations', () => {
  let dataSource: DataSource;
  let drop: () => Promise<void>;
  beforeAll(async () => {
    const made = await createThrowawayDatabase();
    drop = made.drop;
    dataSource = await openDatabase(made.database);
  });
  afterAll(async () => {
    await dataSource.destroy();
    await drop();
  });

  it('leaves nothing pending and matches the entities exactly', async () => {
    expect(await dataSource.showMigrations()).toBe(false);
    // If the entities and the migrations disagree, TypeORM would have SQL to run here.
    const pending = await dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('seeds an empty database once, and never twice', async () => {
    expect(await seedDemoData(dataSource, new Date('2026-01-05T12:00:00Z'))).toBe(true);
    expect(await seedDemoData(dataSource, new Date('2026-01-05T12:00:00Z'))).toBe(false);
    const [{ count }] = await dataSource.query('SELECT COUNT(*) AS count FROM companies');
    expect(Number(count)).toBeGreaterThanOrEqual(5);
  });

  it('enforces foreign keys', async () => {
    await expect(
      dataSource.query(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ('x', 'no-such-user', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
      ),
    ).rejects.toThrow();
  });

  it('can be undone and applied again', async () => {
    await dataSource.undoLastMigration();
    expect(await dataSource.showMigrations()).toBe(true);
    await dataSource.runMigrations();
    expect(await dataSource.showMigrations()).toBe(false);
  });
});

describe('migrations over a database that already has data', () => {
  it('keeps every contact through the contacts rebuild and backfills identity, sharing and tags', async () => {
    const { InitialSchema1764000000000 } =
      await import('../src/db/migrations/1764000000000-initial-schema.js');
    const { createDataSource } = await import('../src/db/data-source.js');
    const made = await createThrowawayDatabase();
    const old = createDataSource(made.database);
    // Only the first migration: the shape the contacts had before this feature.
    old.setOptions({ migrations: [InitialSchema1764000000000], entities: [] });
    await old.initialize();
    await old.runMigrations();
    const p = (i: number) => (made.database.kind === 'postgres' ? `$${i}` : '?');
    await old.query(
      `INSERT INTO companies (id, name, name_key, hiring_status, hiring_status_changed_at) VALUES (${p(1)}, 'Olde Co', 'olde co', 'HIRING', CURRENT_TIMESTAMP)`,
      ['00000000-0000-4000-8000-000000000001'],
    );
    for (let i = 0; i < 30; i += 1) {
      await old.query(
        `INSERT INTO contacts (id, company_id, full_name, email, tags, source) VALUES (${p(1)}, ${p(2)}, ${p(3)}, ${p(4)}, ${p(5)}, 'AGENCY')`,
        [
          `00000000-0000-4000-8000-${String(100 + i).padStart(12, '0')}`,
          '00000000-0000-4000-8000-000000000001',
          `Ólder Person ${i}`,
          `p${i}@olde.example`,
          JSON.stringify(['Legacy', 'x']),
        ],
      );
    }
    await old.destroy();

    const migrated = await openDatabase(made.database);
    try {
      const rows: {
        id: string;
        person_id: string;
        name_key: string;
        company_name_key: string;
        shared_with_seekers: unknown;
      }[] = await migrated.query(
        'SELECT id, person_id, name_key, company_name_key, shared_with_seekers FROM contacts',
      );
      expect(rows).toHaveLength(30);
      for (const row of rows) {
        expect(row.person_id).toBe(row.id);
        expect(row.name_key).toMatch(/^older person \d+$/);
        expect(row.company_name_key).toBe('olde co');
        expect([true, 1]).toContain(row.shared_with_seekers);
      }
      const [{ count }] = await migrated.query(
        "SELECT COUNT(*) AS count FROM contact_tags WHERE tag_key = 'legacy'",
      );
      expect(Number(count)).toBe(30);
      const pending = await migrated.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await migrated.destroy();
      await made.drop();
    }
  });

  it('seeds asks in every status for the demo seekers', async () => {
    const made = await createThrowawayDatabase();
    const ds = await openDatabase(made.database);
    try {
      await seedDemoData(ds, new Date('2026-04-01T12:00:00Z'));
      const statuses: { status: string }[] = await ds.query('SELECT DISTINCT status FROM asks');
      expect(statuses.map((s) => s.status).sort()).toEqual([
        'ACCEPTED',
        'ASKED',
        'DECLINED',
        'NO_RESPONSE',
        'WITHDRAWN',
      ]);
      const [{ count }] = await ds.query(
        'SELECT COUNT(*) AS count FROM companies co WHERE NOT EXISTS (SELECT 1 FROM contacts c WHERE c.company_id = co.id)',
      );
      expect(Number(count)).toBe(0);
    } finally {
      await ds.destroy();
      await made.drop();
    }
  });
});
