import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { getMetadataStorage } from 'type-graphql';

/**
 * Calls simple `@FieldResolver` methods directly instead of through
 * type-graphql's generic wrapper.
 *
 * For every call of a field resolver, type-graphql looks its resolver class
 * up in its container (a linear search), sorts and maps the parameter list,
 * and copies the parent row into a new instance of the row's class. On a
 * 20-row page with two such fields that was 40 instances and 40 sorts per
 * request, about 8% of the companies list's CPU in the bench profile (#11).
 *
 * A field qualifies when it has no middleware and its method takes only
 * `@Root()`, `@Ctx()`, `@Info()` and parameter decorators that read no
 * argument (`@CurrentActor()`), so no argument conversion or validation is
 * skipped; and when its root's class holds nothing type-graphql's copy
 * would add (no methods or accessors, no field with a default value). The
 * method gets the values type-graphql would pass, on one instance of its
 * resolver class (resolvers keep no state). Every other field keeps
 * type-graphql's resolver.
 */
type Param = NonNullable<
  ReturnType<typeof getMetadataStorage>['fieldResolvers'][number]['params']
>[number];
type AnyClass = new () => object;

/** Whether passing the plain row is the same as type-graphql's copy of it into `type`. */
function copyAddsNothing(type: unknown): boolean {
  if (typeof type !== 'function') return true;
  for (
    let proto = type.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    if (Object.getOwnPropertyNames(proto).some((name) => name !== 'constructor')) return false;
  }
  try {
    return Object.values(new (type as AnyClass)()).every((value) => value === undefined);
  } catch {
    return false;
  }
}

type Reader = (
  root: unknown,
  args: unknown,
  context: Record<string, unknown>,
  info: unknown,
) => unknown;

const isThenable = (value: unknown): value is PromiseLike<unknown> =>
  typeof (value as PromiseLike<unknown> | null)?.then === 'function';

function directArgument(param: Param): Reader | null {
  switch (param.kind) {
    case 'root': {
      if (param.getType && !copyAddsNothing(param.getType())) return null;
      const property = param.propertyName;
      return property
        ? (root) => (root as Record<string, unknown> | null)?.[property]
        : (root) => root;
    }
    case 'context': {
      const property = param.propertyName;
      return property
        ? (_root, _args, context) => context[property]
        : (_root, _args, context) => context;
    }
    case 'info':
      return (_root, _args, _context, info) => info;
    case 'custom': {
      // A decorator reading an argument needs that argument converted and validated first.
      if (param.options.arg) return null;
      const { resolver } = param;
      return (root, args, context, info) =>
        resolver({ root, args: args as Record<string, unknown>, context, info: info as never });
    }
    default:
      return null;
  }
}

export function useDirectFieldResolvers(schema: GraphQLSchema): number {
  const storage = getMetadataStorage();
  const instances = new Map<object, object>();
  let replaced = 0;
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const objectClass = storage.objectTypes.find((meta) => meta.name === type.name)?.target;
    if (!objectClass) continue;
    for (const field of Object.values(type.getFields())) {
      const candidates = storage.fieldResolvers.filter(
        (meta) => meta.getObjectType?.() === objectClass && meta.schemaName === field.name,
      );
      const meta = candidates.length === 1 ? candidates[0]! : null;
      if (!meta || meta.kind !== 'external' || (meta.middlewares?.length ?? 0) > 0) continue;
      const params = [...(meta.params ?? [])].sort((a, b) => a.index - b.index);
      const getters = params.map(directArgument);
      if (getters.some((getter) => getter === null)) continue;
      const readers = getters as NonNullable<(typeof getters)[number]>[];
      let instance = instances.get(meta.target);
      if (!instance) {
        instance = new (meta.target as AnyClass)();
        instances.set(meta.target, instance);
      }
      const method = (instance as Record<string, (...args: unknown[]) => unknown>)[
        meta.methodName
      ]!;
      const owner = instance;
      const resolve: GraphQLFieldResolver<unknown, Record<string, unknown>> = (
        root,
        args,
        context,
        info,
      ) => {
        const values = readers.map((read) => read(root, args, context, info));
        // As type-graphql does: a decorator that answers a promise is awaited first.
        return values.some(isThenable)
          ? Promise.all(values).then((settled) => method.apply(owner, settled))
          : method.apply(owner, values);
      };
      field.resolve = resolve as typeof field.resolve;
      replaced += 1;
    }
  }
  return replaced;
}
