import { describe, expect, it } from 'vitest';
import type { MyTargetCompaniesQuery } from '../../../gql/graphql';
import { companyOptions, targetCompanies } from './target-companies';

const ask = (id: string, company: { id: string; name: string } | null) => ({
  __typename: 'AskEdge' as const,
  node: {
    __typename: 'Ask' as const,
    id,
    contact: {
      __typename: 'Contact' as const,
      id: `c-${id}`,
      company: company ? { __typename: 'Company' as const, ...company } : null,
    },
  },
});

describe('the companies a seeker targets', () => {
  it('are the companies of the people they asked, once each, by name', () => {
    const data: MyTargetCompaniesQuery = {
      myAsks: {
        __typename: 'AskConnection',
        edges: [
          ask('1', { id: 'n', name: 'Northwind' }),
          ask('2', { id: 'b', name: 'Bluebird' }),
          ask('3', { id: 'n', name: 'Northwind' }),
          ask('4', null),
        ],
      },
    };
    expect(targetCompanies(data).map((c) => c.name)).toEqual(['Bluebird', 'Northwind']);
    expect(targetCompanies(undefined)).toEqual([]);
  });

  it('come first among the choices, with other matches after and the chosen one kept', () => {
    const targets = [{ id: 'n', name: 'Northwind' }];
    const matches = [
      { id: 'n', name: 'Northwind' },
      { id: 'h', name: 'Harbor' },
    ];
    expect(companyOptions(targets, matches, null).map((c) => c.id)).toEqual(['n', 'h']);
    expect(companyOptions(targets, [], { id: 'h', name: 'Harbor' }).map((c) => c.id)).toEqual([
      'h',
      'n',
    ]);
  });
});
