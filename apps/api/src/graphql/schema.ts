import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../auth/auth.resolver.js';
import { authChecker } from '../auth/auth-checker.js';
import { CompanyResolver } from '../company/company.resolver.js';

export const resolvers = [AuthResolver, CompanyResolver] as const;

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    validate: { forbidUnknownValues: false },
  });
}
