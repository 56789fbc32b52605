import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { NETWORK_MESSAGE, describeError, errorCode, messageFor } from './graphql-errors';

const FIELDS = ['name', 'website'] as const;

function graphQLErrors(...errors: { message: string; code?: string; field?: string }[]) {
  return new CombinedGraphQLErrors({
    errors: errors.map(({ message, code, field }) => ({
      message,
      extensions: { ...(code ? { code } : {}), ...(field ? { field } : {}) },
    })),
  });
}

function serverError(status: number) {
  return new ServerError('Response not successful', {
    response: new Response('oops', { status }),
    bodyText: 'oops',
  });
}

describe('describeError', () => {
  it('puts an error that names one of the form’s fields next to that field', () => {
    const error = graphQLErrors({
      message: 'Enter a website such as acme.com.',
      code: 'COMPANY.INVALID_WEBSITE',
      field: 'website',
    });
    expect(describeError(error, FIELDS)).toEqual({
      fieldErrors: { website: 'Enter a website such as acme.com.' },
      formError: null,
    });
  });

  it('keeps the first message per field and sends the rest, once each, above the form', () => {
    const error = graphQLErrors(
      { message: 'Name is taken.', field: 'name' },
      { message: 'Name is too long.', field: 'name' },
      { message: 'You are signed out.', code: 'UNAUTHENTICATED' },
      { message: 'You are signed out.', code: 'UNAUTHENTICATED' },
      { message: 'Not a field here.', field: 'officeAddress' },
    );
    expect(describeError(error, FIELDS)).toEqual({
      fieldErrors: { name: 'Name is taken.' },
      formError: 'Name is too long. You are signed out. Not a field here.',
    });
  });

  it('reports a failed connection as one form-level sentence, with no field errors', () => {
    expect(describeError(new TypeError('Failed to fetch'), FIELDS)).toEqual({
      fieldErrors: {},
      formError: NETWORK_MESSAGE,
    });
  });
});

describe('messageFor', () => {
  it('gives the server’s own message for a GraphQL error', () => {
    expect(messageFor(graphQLErrors({ message: 'That company no longer exists.' }))).toBe(
      'That company no longer exists.',
    );
  });

  it('tells a network failure apart from server trouble', () => {
    expect(messageFor(new TypeError('Failed to fetch'))).toBe(NETWORK_MESSAGE);
    expect(messageFor(serverError(502))).toMatch(/having trouble/);
    expect(messageFor(serverError(502))).not.toBe(NETWORK_MESSAGE);
    expect(
      messageFor(
        new ServerParseError(new SyntaxError('Unexpected token <'), {
          response: new Response('<html>', { status: 200 }),
          bodyText: '<html>',
        }),
      ),
    ).toMatch(/having trouble/);
  });

  it('asks to slow down when the server limits the rate', () => {
    expect(messageFor(serverError(429))).toBe('Too many requests. Wait a moment and try again.');
  });
});

describe('errorCode', () => {
  it('reads the stable code of the first GraphQL error', () => {
    expect(errorCode(graphQLErrors({ message: 'Gone.', code: 'NOT_FOUND' }))).toBe('NOT_FOUND');
  });

  it('has none for errors without a code or that are not GraphQL errors', () => {
    expect(errorCode(graphQLErrors({ message: 'Odd.' }))).toBeUndefined();
    expect(errorCode(serverError(500))).toBeUndefined();
    expect(errorCode(new Error('boom'))).toBeUndefined();
  });
});
