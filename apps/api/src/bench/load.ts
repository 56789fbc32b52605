import fs from 'node:fs';
import autocannon from 'autocannon';

/**
 * One bounded load run with autocannon against 127.0.0.1. Latencies are kept
 * per response (autocannon's own summary has no p95); requests per second are
 * completed 2xx responses over the run's length. Any error or non-2xx answer
 * fails the run: a fast error is not a result.
 */
export interface Target {
  url: string;
  headers: Record<string, string>;
  body: string;
  /**
   * For writes: the body of each request in turn, so none repeats (an ask
   * can be recorded once). Shared by the warm-up and the measured run.
   */
  nextBody?: () => string;
}

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * The server's own CPU time per request (user + system, from /proc), null
   * where /proc is not there. On a shared machine this moves far less than
   * requests per second: other work delays a request but does not add to it.
   */
  cpuMs: number | null;
}

/** User + system CPU milliseconds a process has used so far (Linux), or null. */
export function cpuMillis(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command (which may hold spaces) start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return (ticks * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}
/**
 * Waits (at most 30 s) until a server has worked off what was still queued
 * when the load stopped: a slow server answering a backlog would otherwise
 * take CPU from the next run, which may be the other server's.
 */
async function settled(pid: number): Promise<void> {
  let last = cpuMillis(pid);
  for (let i = 0; i < 150 && last !== null; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = cpuMillis(pid);
    if (now === null || now - last <= 20) return;
    last = now;
  }
}

/** USER_HZ: 100 on every Linux this runs on. */
const CLOCK_TICKS = 100;

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)]!;
}

function fire(
  target: Target,
  connections: number,
  seconds: number,
  latencies?: number[],
  failures?: string[],
) {
  if (!target.url.startsWith('http://127.0.0.1:')) throw new Error('load runs on loopback only');
  const { nextBody } = target;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: target.headers,
        body: target.body,
        connections,
        duration: seconds,
        timeout: 10,
        ...(nextBody
          ? {
              requests: [
                {
                  setupRequest: (request: autocannon.Request) => ({ ...request, body: nextBody() }),
                  // A write answered with a GraphQL error did no work: it must not count.
                  onResponse: (_status: number, body: string) => {
                    if (body.includes('"errors"')) failures?.push(body.slice(0, 300));
                  },
                },
              ],
            }
          : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) {
      instance.on('response', (_client, _status, _bytes, responseTime) => {
        latencies.push(responseTime);
      });
    }
  });
}

export async function measureLoad(
  target: Target,
  connections: number,
  seconds: number,
  warmupSeconds: number,
  hooks: { onMeasureStart?: () => void; serverPid?: number } = {},
): Promise<LoadResult> {
  if (warmupSeconds > 0) await fire(target, connections, warmupSeconds);
  hooks.onMeasureStart?.();
  const latencies: number[] = [];
  const failures: string[] = [];
  const cpuBefore = hooks.serverPid ? cpuMillis(hooks.serverPid) : null;
  const result = await fire(target, connections, seconds, latencies, failures);
  const cpuAfter = hooks.serverPid ? cpuMillis(hooks.serverPid) : null;
  if (hooks.serverPid) await settled(hooks.serverPid);
  if (result.errors > 0 || result.non2xx > 0 || failures.length > 0) {
    throw new Error(
      `${target.url} at ${connections} connections: ${result.errors} errors, ${result.non2xx} non-2xx answers, ${failures.length} GraphQL errors${failures[0] ? ` (first: ${failures[0]})` : ''}`,
    );
  }
  latencies.sort((a, b) => a - b);
  return {
    connections,
    seconds: result.duration,
    requests: result['2xx'],
    rps: result['2xx'] / result.duration,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    cpuMs:
      cpuBefore !== null && cpuAfter !== null && result['2xx'] > 0
        ? (cpuAfter - cpuBefore) / result['2xx']
        : null,
  };
}
