/**
 * Resolvers return database rows and GraphQL reads each field by its
 * property name, so every plain field of a GraphQL type must exist on the
 * row with a compatible type. `export type X = RowsFit<Type, Row>` beside a
 * type stops compiling the day a field and its column drift apart. Fields a
 * resolver computes (the global id, counts) are declared with
 * @FieldResolver instead and so are not on the type class.
 */
export type RowsFit<GraphQLType, Row extends GraphQLType> = Row;
