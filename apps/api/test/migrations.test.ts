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
