import http from 'node:http';
import { openRawPostgres, openRawSqlite, type RawDb } from './raw-db.js';
import { RawError } from './raw-common.js';
import { rawHandlers, sessionUser } from './raw-handlers.js';

/**
 * The raw baseline server, run as its own process beside the API: node:http,
 * the driver, hand-written SQL and JSON.stringify. POST /<scenario> with the
 * same body and session cookie as the GraphQL request. It is what "as fast as
 * this machine can answer the same question" means in the report.
 */
const SESSION_COOKIE = 'rapport_session';

function cookieValue(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      return decodeURIComponent(part.slice(eq + 1).trim());
    }
  }
  return null;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

const url = process.env.DATABASE_URL;
const db: RawDb = url ? openRawPostgres(url) : openRawSqlite(process.env.SQLITE_PATH!);

const server = http.createServer((request, response) => {
  const send = (status: number, body: unknown) => {
    const json = JSON.stringify(body);
    response.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(json),
    });
    response.end(json);
  };
  void (async () => {
    const handler = rawHandlers[(request.url ?? '').slice(1)];
    if (request.method !== 'POST' || !handler) return send(404, { error: 'not found' });
    const body = JSON.parse(await readBody(request)) as { variables?: Record<string, unknown> };
    const token = cookieValue(request.headers.cookie, SESSION_COOKIE);
    const user = token ? await sessionUser(db, token) : null;
    if (!user) return send(401, { error: 'sign in' });
    send(200, await handler(db, user, body.variables ?? {}));
  })().catch((error: unknown) => {
    if (error instanceof RawError) return send(error.status, { error: error.message });
    console.error(error);
    send(500, { error: 'internal' });
  });
});

server.listen(Number(process.env.PORT), '127.0.0.1', () => {
  console.log(`raw baseline listening on ${process.env.PORT}`);
});

const stop = () => server.close(() => void db.close().then(() => process.exit(0)));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
