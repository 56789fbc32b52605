import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

export const NETWORK_MESSAGE =
  'We could not reach Rapport. Check your internet connection and try again.';
const SERVER_TROUBLE_MESSAGE = 'Rapport is having trouble right now. Please try again in a moment.';

/** What a form shows after a failed request: messages next to fields, and the rest above the form. */
export interface ErrorReport<Field extends string> {
  fieldErrors: Partial<Record<Field, string>>;
  formError: string | null;
}

/**
 * Sorts the API's errors for display. An error naming a field the form has
 * (`extensions.field`) goes next to that field; anything else, including
 * network trouble, becomes one form-level message.
 */
export function describeError<Field extends string>(
  error: unknown,
  fields: readonly Field[],
): ErrorReport<Field> {
  const fieldErrors: Partial<Record<Field, string>> = {};
  if (CombinedGraphQLErrors.is(error)) {
    const formMessages: string[] = [];
    for (const graphQLError of error.errors) {
      const field = graphQLError.extensions?.field;
      const known = fields.find((candidate) => candidate === field);
      if (known && fieldErrors[known] === undefined) {
        fieldErrors[known] = graphQLError.message;
      } else if (!formMessages.includes(graphQLError.message)) {
        formMessages.push(graphQLError.message);
      }
    }
    return { fieldErrors, formError: formMessages.length > 0 ? formMessages.join(' ') : null };
  }
  return { fieldErrors, formError: messageFor(error) };
}

/** One sentence for any failure, for places without a form (lists, toasts). */
export function messageFor(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors[0]?.message ?? SERVER_TROUBLE_MESSAGE;
  }
  if (ServerError.is(error)) {
    if (error.statusCode === 429) return 'Too many requests. Wait a moment and try again.';
    return SERVER_TROUBLE_MESSAGE;
  }
  if (ServerParseError.is(error)) return SERVER_TROUBLE_MESSAGE;
  return NETWORK_MESSAGE;
}

/** The stable `extensions.code` of the first GraphQL error, if there is one. */
export function errorCode(error: unknown): string | undefined {
  if (!CombinedGraphQLErrors.is(error)) return undefined;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}
