import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from '../auth/auth-checker.js';
import { resolvers } from '../concepts.js';

export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: [resolvers[0]!, ...resolvers.slice(1)],
    authChecker,
    validate: { forbidUnknownValues: false },
  });
}
