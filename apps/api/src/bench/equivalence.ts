import { isDeepStrictEqual } from 'node:util';
import type { Target } from './load.js';

/**
 * Before anything is timed, GraphQL and raw must give the same answer to the
 * same question, or the ratio compares different work. Fails loudly with the
 * first difference.
 */
export async function fetchJson(target: Target): Promise<unknown> {
  const response = await fetch(target.url, {
    method: 'POST',
    headers: target.headers,
    body: target.body,
  });
  const text = await response.text();
  if (response.status !== 200) {
    throw new Error(`${target.url} answered ${response.status}: ${text.slice(0, 500)}`);
  }
  const json = JSON.parse(text) as { errors?: unknown };
  if (json.errors) throw new Error(`${target.url} answered with errors: ${text.slice(0, 500)}`);
  return json;
}

function firstDifference(a: unknown, b: unknown, where = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys) {
      const found = firstDifference(
        (a as Record<string, unknown>)[key],
        (b as Record<string, unknown>)[key],
        `${where}.${key}`,
      );
      if (found) return found;
    }
  }
  return `${where}: GraphQL ${JSON.stringify(a)?.slice(0, 200)} vs raw ${JSON.stringify(b)?.slice(0, 200)}`;
}

/**
 * Compares `data`: the API's `extensions` (what the query cost) are the
 * framework's own report, not part of the answer.
 */
export function assertSameAnswer(scenario: string, graphql: unknown, raw: unknown): void {
  const difference = firstDifference(
    (graphql as { data?: unknown }).data,
    (raw as { data?: unknown }).data,
    '$.data',
  );
  if (difference) {
    throw new Error(`${scenario}: GraphQL and raw answers differ at ${difference}`);
  }
}
