import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DataSource, MigrationInterface } from 'typeorm';
import type { Actor } from './common/actor.js';
import type { Config } from './config.js';

/** What a concept's services are built from: made once per process. */
/** A type-graphql resolver class. */
export type ResolverClass = new () => object;

/** What a concept's plain HTTP routes (a file download, say) get besides the server. */
export interface RouteDeps<Services> {
  /** The concept's own services (the shared instances). */
  services: Services;
  /** The signed-in actor behind a request's session cookie, or null. */
  actorOf: (request: FastifyRequest) => Promise<Actor | null>;
  now: () => Date;
}

export interface ServiceDeps {
  dataSource: DataSource;
  config: Config;
}

/**
 * Everything one concept adds to the API, declared in its own folder
 * (`company/company.concept.ts`) and listed once in `concepts.ts`. The
 * schema, the entity list, the migrations, the shared services and the
 * per-request loaders are all assembled from these, so adding a concept
 * touches its folder and one line of concepts.ts.
 */
export interface Concept<Services extends object, Loaders extends object> {
  name: string;
  entities?: readonly (new () => unknown)[];
  resolvers?: readonly ResolverClass[];
  /** Migration classes whose names end in their timestamp; applied oldest first across concepts. */
  migrations?: readonly (new () => MigrationInterface)[];
  /** Long-lived services, shared by every request. */
  services?: (deps: ServiceDeps) => Services;
  /** DataLoaders, made fresh for every request so nothing is cached across users. */
  loaders?: (dataSource: DataSource) => Loaders;
  /**
   * Routes outside GraphQL, for what is not JSON (an .ics file). They answer
   * with the same errors as GraphQL: 401 without a session, 404 for a row
   * the actor may not see.
   */
  // Method syntax: checked bivariantly, so concepts with their own services still fit Concept<object>.
  routes?(server: FastifyInstance, deps: RouteDeps<Services>): void;
}

// Identity at run time; it exists so each concept's services and loaders
// keep their precise types when concepts.ts merges them.
export function defineConcept<Services extends object = object, Loaders extends object = object>(
  concept: Concept<Services, Loaders>,
): Concept<Services, Loaders> {
  return concept;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

// Conditional types distribute over a union only through a bare type parameter.
type ServicesOf<C> = C extends Concept<infer S, object> ? S : never;
type LoadersOf<C> = C extends Concept<object, infer L> ? L : never;

export type MergedServices<C extends readonly Concept<object, object>[]> = UnionToIntersection<
  ServicesOf<C[number]>
>;
export type MergedLoaders<C extends readonly Concept<object, object>[]> = UnionToIntersection<
  LoadersOf<C[number]>
>;
