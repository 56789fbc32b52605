import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { enforceRoleRules } from '../auth/authorized.js';
import { resolvers } from '../concepts.js';
import { validateArgument } from './argument-validation.js';
import { useDirectFieldResolvers } from './direct-field-resolvers.js';

/**
 * The schema from the concepts' resolvers. type-graphql is given no auth
 * checker: `@Authorized` is ours (auth/authorized.ts) and its rules are put
 * in front of the fields here, as synchronous checks.
 */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers: [resolvers[0]!, ...resolvers.slice(1)],
    // class-validator's rules, judged as type-graphql did, read once per class.
    validateFn: validateArgument,
  });
  useDirectFieldResolvers(schema);
  enforceRoleRules(schema);
  return schema;
}
