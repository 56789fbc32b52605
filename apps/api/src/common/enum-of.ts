/**
 * The object type-graphql's registerEnumType wants, built from one of the
 * domain's `as const` lists, so the GraphQL enum can never drift from the rule.
 */
export const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
