import { In, type DataSource } from 'typeorm';
import type { Config } from '../config.js';
import { DEMO_ACCOUNTS } from '../seed/demo-data.js';
import { UserEntity } from '../user/user.entity.js';

export class UnsafeStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnsafeStartError';
  }
}

/**
 * Refuses to serve production while any demo account exists: their
 * password is printed in the README, so each is an open door (the demo
 * ADMIN most of all). Outside production they are the point of the demo.
 */
export async function refuseDemoAccountsInProduction(
  config: Config,
  dataSource: DataSource,
): Promise<void> {
  if (!config.production) return;
  const demo = await dataSource.getRepository(UserEntity).find({
    select: { email: true },
    where: { email: In(DEMO_ACCOUNTS.map((account) => account.email)) },
  });
  if (demo.length === 0) return;
  throw new UnsafeStartError(
    `NODE_ENV=production, but the database holds demo accounts whose password is public: ${demo
      .map((row) => row.email)
      .join(
        ', ',
      )}. Delete them (or start from an empty database with SEED_DEMO_DATA=false) before serving.`,
  );
}

/** True when no ADMIN account exists yet, e.g. on a fresh production database. */
export async function hasNoAdmin(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.getRepository(UserEntity).exists({ where: { role: 'ADMIN' } }));
}

export const FIRST_ADMIN_HINT = [
  'No admin account exists yet. Create the first one from the command line:',
  `  printf '%s' "$ADMIN_PASSWORD" | npm run cli -w @rapport/api -- create-staff --email you@agency.example --name "Your Name" --role ADMIN`,
];
