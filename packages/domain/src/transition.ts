import { fail, ok, type Result } from './result.js';

/**
 * A status machine written as data: for each status, the statuses it may move
 * to. Clients read the same table to decide which buttons to show, so the
 * API and the UI can never disagree about what is allowed.
 */
export type TransitionTable<S extends string> = { readonly [K in S]: readonly S[] };

/** Human wording for a status machine, used to build refusal messages. */
export interface TransitionWording<S extends string> {
  /** What the thing is called in a sentence, e.g. "interview request". */
  noun: string;
  /** The status as an adjective: "declined", "waiting for an answer". */
  state: { readonly [K in S]: string };
  /** The move into a status as a past participle: "accepted", "reopened". */
  move: { readonly [K in S]: string };
}

export function canTransition<S extends string>(
  table: TransitionTable<S>,
  from: S,
  to: S,
): boolean {
  return table[from].includes(to);
}

export function checkTransition<S extends string, Code extends string>(
  table: TransitionTable<S>,
  from: S,
  to: S,
  code: Code,
  wording: TransitionWording<S>,
): Result<S, Code> {
  if (canTransition(table, from, to)) return ok(to);
  const message =
    from === to
      ? `This ${wording.noun} is already ${wording.state[from]}.`
      : `This ${wording.noun} is ${wording.state[from]}, so it can no longer be ${wording.move[to]}.`;
  return fail(code, message, { details: { from, to, allowed: [...table[from]] } });
}

/** Statuses with no way out: once there, the record is history. */
export function isFinalStatus<S extends string>(table: TransitionTable<S>, status: S): boolean {
  return table[status].length === 0;
}
