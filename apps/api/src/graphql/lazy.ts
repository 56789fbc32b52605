import { Extensions } from 'type-graphql';

/**
 * Marks a field whose value may be a function called only when a query
 * selects the field (graphql-js' default resolver calls a function-valued
 * property): a connection's totalCount, the dashboard's sections. Both
 * executors then behave alike: graphql-jit, which otherwise reads a plain
 * field as it is, is given graphql-js' default resolver for such a field
 * (graphql/jit.ts). A plain field holding a function without this mark
 * would reach a client as an error under graphql-jit.
 */
export const LAZY_EXTENSION = 'lazy';

export function Lazy(): PropertyDecorator {
  return Extensions({ [LAZY_EXTENSION]: true });
}
