import { connectionFieldProblems } from '@rapport/client/connection-field-check';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import schema from '../gql/schema.graphql?raw';
import { connectionFields } from './connection-fields';

// Every operation of the app, as GraphQL Code Generator compiled it from the
// features' .graphql files: the same documents the app sends.
const generated = import.meta.glob<Record<string, unknown>>('../gql/documents/**/*.ts', {
  eager: true,
});
const documents = Object.values(generated)
  .flatMap((module) => Object.values(module))
  .filter(
    (value): value is DocumentNode =>
      typeof value === 'object' && value !== null && 'kind' in value && value.kind === 'Document',
  );

describe('the seeker app’s paged lists', () => {
  it('registers the connection field of every query that pages', () => {
    expect(connectionFieldProblems(schema, documents, connectionFields)).toEqual([]);
  });

  it('would notice a paged list left out of the registry', () => {
    const { companies: _left, ...withoutCompanies } = connectionFields;
    // Several features read the companies; the list it pages through is the one that counts.
    expect(connectionFieldProblems(schema, documents, withoutCompanies)).toEqual(
      expect.arrayContaining([
        'CompanyList pages through "companies", which no feature registers as a connection field.',
      ]),
    );
  });
});
