// Starts the built API (which also serves both built clients) on a database
// made for this run only, and removes that database when the run ends.
//
//   DATABASE_URL=postgres://…  → a new database rapport_e2e_<random> on that server
//   otherwise                  → a SQLite file in a new temporary directory
//
// Where that database is goes to a file tests can read (test-database.mjs).
//
// Playwright stops this script with SIGTERM (see gracefulShutdown in
// playwright.config.ts); Ctrl-C sends SIGINT. Either way the API is stopped
// first, then the database is dropped.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { testDatabaseFile } from './test-database.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const apiDir = path.resolve(here, '../apps/api');
const port = process.env.E2E_PORT ?? '4173';
const sourceUrl = process.env.DATABASE_URL?.trim() ?? '';
const usePostgres = /^postgres(ql)?:\/\//.test(sourceUrl);

for (const built of [
  'apps/api/dist/main.js',
  'apps/web/dist/index.html',
  'apps/admin/dist/index.html',
]) {
  if (!existsSync(path.resolve(here, '..', built))) {
    console.error(
      `e2e: ${built} is missing. Build first: npm run build (from the repository root).`,
    );
    process.exit(1);
  }
}

/** Creates the run's database; returns the API's settings and how to remove it. */
async function createDatabase() {
  if (usePostgres) {
    const name = `rapport_e2e_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: sourceUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    const url = new URL(sourceUrl);
    url.pathname = `/${name}`;
    console.log(`e2e: created PostgreSQL database ${name}`);
    return {
      env: { DATABASE_URL: url.toString() },
      where: { kind: 'postgres', url: url.toString() },
      async remove() {
        const client = new pg.Client({ connectionString: sourceUrl });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
        } finally {
          await client.end();
        }
        console.log(`e2e: dropped PostgreSQL database ${name}`);
      },
    };
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
  const file = path.join(dir, 'e2e.sqlite');
  return {
    // An empty DATABASE_URL makes the API use SQLITE_PATH, even if the caller's shell set one.
    env: { DATABASE_URL: '', SQLITE_PATH: file },
    where: { kind: 'sqlite', path: file },
    async remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const database = await createDatabase();
// For tests that move time on by hand (see test-database.mjs); removed with the database.
const databaseFile = testDatabaseFile(port);
writeFileSync(databaseFile, JSON.stringify(database.where));

const api = spawn(process.execPath, ['dist/main.js'], {
  cwd: apiDir,
  stdio: 'inherit',
  env: {
    ...process.env,
    ...database.env,
    PORT: port,
    HOST: '127.0.0.1',
    SEED_DEMO_DATA: 'true',
    LOG_LEVEL: 'warn',
    // The tests talk plain http to 127.0.0.1; a Secure cookie would never come back.
    COOKIE_SECURE: 'false',
  },
});

let finishing = null;
function finish(exitCode) {
  finishing ??= (async () => {
    if (api.exitCode === null && api.signalCode === null) {
      api.kill('SIGTERM');
      const forced = setTimeout(() => api.kill('SIGKILL'), 5000);
      await new Promise((resolve) => api.once('exit', resolve));
      clearTimeout(forced);
    }
    rmSync(databaseFile, { force: true });
    try {
      await database.remove();
    } catch (error) {
      console.error('e2e: could not remove the test database:', error);
      exitCode ||= 1;
    }
    process.exit(exitCode);
  })();
  return finishing;
}

process.on('SIGTERM', () => void finish(0));
process.on('SIGINT', () => void finish(0));
api.on('exit', (code, signal) => {
  // Exit code 0 is the API's own clean shutdown (it got the same SIGTERM as this script).
  const unexpected = !finishing && code !== 0;
  if (unexpected) {
    console.error(`e2e: the API stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
  }
  void finish(unexpected ? code || 1 : 0);
});
