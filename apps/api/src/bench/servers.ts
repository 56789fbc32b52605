import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DatabaseConfig } from '../config.js';

/**
 * The two servers under test, each in a process of its own so neither steals
 * the other's event loop: the API started as `npm start` starts it
 * (dist/main.js, NODE_ENV=production, clients served) and the raw baseline.
 * Both listen on 127.0.0.1 only.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const API_MAIN = path.resolve(here, '../main.js');
const RAW_MAIN = path.resolve(here, 'raw-baseline.js');

export interface RunningServer {
  name: string;
  origin: string;
  /** The server's process id, to read its CPU time. */
  pid: number;
  logFile: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function databaseEnv(database: DatabaseConfig): Record<string, string> {
  return database.kind === 'sqlite'
    ? { SQLITE_PATH: database.file }
    : { DATABASE_URL: database.url };
}

/** A clean environment: nothing from the caller's shell decides which database the child opens. */
function baseEnv(): Record<string, string> {
  const keep = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'TZ'];
  return Object.fromEntries(
    keep.flatMap((k) => (process.env[k] === undefined ? [] : [[k, process.env[k]!]])),
  );
}

async function waitUntilReady(child: ChildProcess, url: string, logFile: string): Promise<void> {
  // Bounded: 300 tries, 100 ms apart.
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (child.exitCode !== null) {
      throw new Error(
        `server exited with ${child.exitCode}; log:\n${fs.readFileSync(logFile, 'utf8')}`,
      );
    }
    try {
      const response = await fetch(url, { method: 'GET' });
      await response.arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`server at ${url} did not answer within 30 s; log in ${logFile}`);
}

async function startProcess(
  name: string,
  script: string,
  env: Record<string, string>,
  logDir: string,
  readyPath: string,
  nodeFlags: string[] = [],
): Promise<RunningServer> {
  const port = await freePort();
  const logFile = path.join(logDir, `${name}.log`);
  // A file, not a pipe: the API logs every request at info, and a pipe
  // nobody drains would block it.
  const log = fs.openSync(logFile, 'a');
  const child = spawn(process.execPath, [...nodeFlags, script], {
    env: { ...baseEnv(), ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', log, log],
  });
  fs.closeSync(log);
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilReady(child, origin + readyPath, logFile);
  return {
    name,
    origin,
    pid: child.pid!,
    logFile,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}

export function startApi(
  database: DatabaseConfig,
  logDir: string,
  logLevel: string,
  nodeFlags: string[] = [],
): Promise<RunningServer> {
  return startProcess(
    'api',
    API_MAIN,
    {
      ...databaseEnv(database),
      NODE_ENV: 'production',
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: logLevel,
      // One client sends thousands of requests a second here: the benchmark
      // measures throughput, so the per-caller cost bucket must never be the limit.
      COST_BUCKET_CAPACITY: '10000000',
      COST_BUCKET_LEAK_PER_SECOND: '1000000',
      // Passed through so a run can compare the executors (GRAPHQL_JIT=false: graphql-js).
      ...(process.env.GRAPHQL_JIT ? { GRAPHQL_JIT: process.env.GRAPHQL_JIT } : {}),
    },
    logDir,
    '/healthz',
    nodeFlags,
  );
}

export function startRawBaseline(database: DatabaseConfig, logDir: string): Promise<RunningServer> {
  return startProcess(
    'raw',
    RAW_MAIN,
    { ...databaseEnv(database), NODE_ENV: 'production' },
    logDir,
    '/',
  );
}
