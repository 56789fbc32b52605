import { CombinedGraphQLErrors } from '@apollo/client/errors';

/** A next contact the API names in a refusal's `details.suggestions`. */
export interface RefusalSuggestion {
  contactId: string;
  fullName: string;
  reason: string;
}

/** Why the API would not record an ask, in a form the ask panel can show and act on. */
export interface AskRefusal {
  code: 'REQUEST.ALREADY_ASKED' | 'REQUEST.DO_NOT_CONTACT' | 'REQUEST.THROTTLED';
  message: string;
  /** For ALREADY_ASKED: when the first ask was made. */
  firstAskedAt: string | null;
  suggestions: RefusalSuggestion[];
}

const REFUSAL_CODES = new Set<string>([
  'REQUEST.ALREADY_ASKED',
  'REQUEST.DO_NOT_CONTACT',
  'REQUEST.THROTTLED',
]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function suggestionsOf(raw: unknown): RefusalSuggestion[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((item: unknown) =>
    isRecord(item) &&
    typeof item.contactId === 'string' &&
    typeof item.fullName === 'string' &&
    typeof item.reason === 'string'
      ? [{ contactId: item.contactId, fullName: item.fullName, reason: item.reason }]
      : [],
  );
}

/**
 * The ask-once, do-not-contact and throttle refusals, read from the error's
 * extensions; null for any other failure, which the form shows as it is.
 */
export function askRefusal(error: unknown): AskRefusal | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  for (const graphQLError of error.errors) {
    const code = graphQLError.extensions?.code;
    if (typeof code !== 'string' || !REFUSAL_CODES.has(code)) continue;
    const details = isRecord(graphQLError.extensions?.details)
      ? graphQLError.extensions.details
      : {};
    return {
      code: code as AskRefusal['code'],
      message: graphQLError.message,
      firstAskedAt: typeof details.firstAskedAt === 'string' ? details.firstAskedAt : null,
      suggestions: suggestionsOf(details.suggestions),
    };
  }
  return null;
}
