import fs from 'node:fs';

/**
 * Reads a V8 .cpuprofile (node --cpu-prof) and sums self time by function and
 * by package, so the report can say which layer the API spends its CPU in.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds on the monotonic clock, which V8's profiler and process.hrtime share on Linux. */
export const monotonicMicros = () => Number(process.hrtime.bigint() / 1000n);

export interface ProfileSummary {
  /** Busy milliseconds sampled (idle excluded). */
  busyMs: number;
  idleMs: number;
  groups: { group: string; ms: number; share: number }[];
  functions: { name: string; group: string; ms: number; share: number }[];
}

const GROUPS: [RegExp, string][] = [
  [/node_modules\/typeorm\//, 'typeorm'],
  [/node_modules\/type-graphql\//, 'type-graphql'],
  [/node_modules\/(graphql|graphql-scalars)\//, 'graphql'],
  [/node_modules\/@apollo\//, 'apollo'],
  [/node_modules\/@as-integrations\//, 'apollo'],
  [
    /node_modules\/(fastify|@fastify\/[^/]+|find-my-way|avvio|light-my-request|fast-json-stringify|fast-querystring|fast-content-type-parse|secure-json-parse|helmet|process-warning|abstract-logging|toad-cache|ret|safe-regex2|rfdc)\//,
    'fastify',
  ],
  [
    /node_modules\/(pino|pino-std-serializers|sonic-boom|thread-stream|fast-redact|@pinojs\/[^/]+|quick-format-unescaped|on-exit-leak-free|atomic-sleep|real-require|safe-stable-stringify)\//,
    'pino (logging)',
  ],
  [/node_modules\/better-sqlite3\//, 'better-sqlite3'],
  [/node_modules\/(pg|pg-protocol|pg-pool|pg-types|postgres-[^/]+)\//, 'pg'],
  [
    /node_modules\/(class-validator|class-transformer|validator|libphonenumber-js)\//,
    'class-validator',
  ],
  [/node_modules\/dataloader\//, 'dataloader'],
  [/node_modules\/(reflect-metadata|tslib)\//, 'reflect-metadata/tslib'],
  [/\/apps\/api\/dist\//, 'our code (apps/api)'],
  [/\/packages\/domain\//, 'our code (domain)'],
  [/^node:/, 'node internals'],
];

function groupOf(frame: ProfileNode['callFrame']): string {
  if (frame.url === '') {
    if (frame.functionName === '(root)') return '(root)';
    if (frame.functionName === '(garbage collector)') return 'garbage collection';
    if (frame.functionName === '(idle)') return 'idle';
    if (frame.functionName === '(program)') return 'V8/native (program)';
    return 'native (no script)';
  }
  for (const [pattern, group] of GROUPS) if (pattern.test(frame.url)) return group;
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(frame.url);
  return pkg ? `other: ${pkg[1]}` : 'other';
}

/** Groups that are the runtime working for someone else: charged to the package that called them. */
const RUNTIME = new Set(['node internals', 'native (no script)']);

/**
 * Sums self time per function and per package for the samples taken inside
 * `window` (the measured load, not start-up and module loading). Time spent
 * in Node's own code or native calls (socket writes, file writes) is charged
 * to the nearest package up the stack, so a log line's write counts as pino
 * and a response's as fastify.
 */
export function summariseProfile(
  file: string,
  window: { startUs: number; endUs: number } | null,
  top = 20,
): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const chargedTo = (id: number): string => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const group = groupOf(byId.get(at)!.callFrame);
      if (!RUNTIME.has(group) && group !== '(root)') return group;
    }
    return 'node internals';
  };

  const selfUs = new Map<number, number>();
  let timestamp = profile.startTime;
  profile.samples.forEach((id, i) => {
    timestamp += profile.timeDeltas[i] ?? 0;
    if (window && (timestamp < window.startUs || timestamp > window.endUs)) return;
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });

  const groups = new Map<string, number>();
  const functions = new Map<string, { group: string; us: number }>();
  let idleUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)!.callFrame;
    let group = groupOf(frame);
    if (RUNTIME.has(group)) group = `${chargedTo(id)} (runtime)`;
    if (group === 'idle') {
      idleUs += us;
      continue;
    }
    groups.set(group, (groups.get(group) ?? 0) + us);
    const where = frame.url
      ? `${frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/apps\//, 'apps/')}:${frame.lineNumber + 1}`
      : '';
    const name = `${frame.functionName || '(anonymous)'} ${where}`.trim();
    // Keyed by package too: a native call such as writev serves several callers.
    const key = `${name}\u0000${group}`;
    const entry = functions.get(key) ?? { group, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  const busyUs = [...groups.values()].reduce((a, b) => a + b, 0);
  return {
    busyMs: busyUs / 1000,
    idleMs: idleUs / 1000,
    groups: [...groups]
      .map(([group, us]) => ({ group, ms: us / 1000, share: us / busyUs }))
      .sort((a, b) => b.ms - a.ms),
    functions: [...functions]
      .map(([key, { group, us }]) => ({
        name: key.split('\u0000')[0]!,
        group,
        ms: us / 1000,
        share: us / busyUs,
      }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}
