import { performance } from 'node:perf_hooks';
import type { DataSource, Logger } from 'typeorm';
import { loadConfig, type DatabaseConfig } from '../config.js';
import { openDatabase } from '../db/data-source.js';
import { createApp } from '../server/app.js';

/**
 * The API's SQL for one operation, seen from inside: how many statements a
 * request makes at several page sizes (must not grow with the page: every
 * relation goes through a per-request DataLoader), and for the scenario's own
 * page size each statement's plan and time on the seeded data. Counted
 * in-process with a TypeORM logger; the HTTP servers are not instrumented.
 */
class RecordingLogger implements Logger {
  readonly queries: { sql: string; parameters: unknown[] }[] = [];
  logQuery(query: string, parameters?: unknown[]): void {
    this.queries.push({ sql: query, parameters: parameters ?? [] });
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}

export interface StatementProfile {
  sql: string;
  plan: string;
  ms: number;
}

export interface StatementReport {
  /** `first` is the page size asked for, null for an operation without one. */
  counts: { first: number | null; statements: number }[];
  statements: StatementProfile[];
}

const shorten = (sql: string) => sql.replace(/\s+/g, ' ').trim();

async function planAndTime(
  dataSource: DataSource,
  kind: DatabaseConfig['kind'],
  sql: string,
  parameters: unknown[],
): Promise<StatementProfile> {
  const explained = (await dataSource.query(
    `${kind === 'sqlite' ? 'EXPLAIN QUERY PLAN' : 'EXPLAIN'} ${sql}`,
    parameters,
  )) as Record<string, string>[];
  const plan = explained
    .map((row) => (kind === 'sqlite' ? row.detail : row['QUERY PLAN'])?.trim())
    .join(' / ');
  await dataSource.query(sql, parameters); // warm the cache first
  const runs = 20;
  const started = performance.now();
  for (let i = 0; i < runs; i += 1) await dataSource.query(sql, parameters);
  return { sql: shorten(sql), plan, ms: (performance.now() - started) / runs };
}

export async function inspectStatements(
  database: DatabaseConfig,
  cookie: string,
  request: { query: string; variables: Record<string, unknown> },
  options: {
    /** Counted at each size of this variable; once as it is when null. */
    pageVariable: string | null;
    pageSizes: [number, number];
    /** Plan and time each statement (reads only: a write must not run again). */
    plans: boolean;
  },
): Promise<StatementReport> {
  const recorder = new RecordingLogger();
  const dataSource = await openDatabase(database, recorder);
  const config = {
    ...loadConfig({}),
    database,
    logLevel: 'silent' as const,
    serveClients: false,
    seedDemoData: false,
  };
  const { server } = await createApp(config, dataSource);
  const send = async (variables: Record<string, unknown>) => {
    const before = recorder.queries.length;
    const response = await server.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', cookie },
      payload: JSON.stringify({ query: request.query, variables }),
    });
    const body = response.json<{ errors?: unknown }>();
    if (response.statusCode !== 200 || body.errors) throw new Error(response.body);
    return recorder.queries.slice(before);
  };
  try {
    // Once unmeasured: the session lookup is then cached, and the network
    // index loaded, as they are for every request after the first.
    if (options.plans) await send(request.variables);
    const counts: StatementReport['counts'] = [];
    if (options.pageVariable === null) {
      counts.push({ first: null, statements: (await send(request.variables)).length });
    } else {
      for (const size of options.pageSizes) {
        const variables = { ...request.variables, [options.pageVariable]: size };
        counts.push({ first: size, statements: (await send(variables)).length });
      }
    }
    const statements = [];
    if (options.plans) {
      for (const { sql, parameters } of await send(request.variables)) {
        statements.push(await planAndTime(dataSource, database.kind, sql, parameters));
      }
    }
    return { counts, statements };
  } finally {
    await server.close();
    await dataSource.destroy();
  }
}
