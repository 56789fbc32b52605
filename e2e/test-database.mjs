// Where a running end-to-end server's database can be found, for the few
// tests that must change what no page can (a link's expiry, a meeting's
// start: the server has no clock to move). start-server.mjs writes this
// file once the run's database exists and removes it with the database;
// tests/support.ts reads it. One file per port, so runs on other ports
// never see each other's.
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * @typedef {{ kind: 'sqlite', path: string } | { kind: 'postgres', url: string }} TestDatabase
 */

/** @param {string} port */
export function testDatabaseFile(port) {
  return path.join(tmpdir(), `rapport-e2e-${port}.json`);
}
