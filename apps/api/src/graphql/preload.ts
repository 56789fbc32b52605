import {
  defaultFieldResolver,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { Extensions } from 'type-graphql';
import { mayResolve } from '../auth/authorized.js';
import type { Connection } from '../common/paging.js';
import type { Context } from './context.js';

/**
 * Fields of list rows fetched for the whole list before the rows resolve.
 *
 * A field resolver that reads through a DataLoader (a company's
 * contactCount, a contact's company) answers a promise; on a list, graphql-js
 * then waits row by row, field by field, and the profile of a 20-row page
 * showed that machinery costing more than the statement the loader sends.
 * Such a field declares `@Preload(rows => loader.preload(keys))`, reads with
 * the loader's `get` (common/preloadable-loader.ts), and the list's resolver
 * calls `preloadRows` (or `preloadConnection`) once it has its rows: the
 * fields the operation selects on them are loaded in one batch each, the
 * same statements the loaders would have sent, and every row then resolves
 * without waiting. A field the caller may not read (its role rule,
 * auth/authorized.ts) is not preloaded; a field not preloaded still loads
 * on its own.
 */
export const PRELOAD_EXTENSION = 'preload';

type Preloader = (rows: readonly unknown[], context: Context) => Promise<unknown>;

export function Preload<Row>(
  preloader: (rows: readonly Row[], context: Context) => Promise<unknown>,
): MethodDecorator & PropertyDecorator {
  return Extensions({ [PRELOAD_EXTENSION]: preloader });
}

/** What to preload for rows of one type: its own fields' preloaders, and those under plain object properties. */
interface Plan {
  fields: { type: GraphQLObjectType; name: string; preload: Preloader }[];
  nested: { property: string; plan: Plan }[];
}

/** Plans per field node and path: they depend only on the (cached) document. */
const plans = new WeakMap<FieldNode, Map<string, Plan | null>>();

/** The fields selected in `sets`, through fragments, with the selection sets under each. */
function selected(
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
): Map<string, SelectionSetNode[]> {
  const found = new Map<string, SelectionSetNode[]>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        const under = found.get(selection.name.value) ?? [];
        if (selection.selectionSet) under.push(selection.selectionSet);
        found.set(selection.name.value, under);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const set of sets) visit(set);
  return found;
}

function planFor(
  type: GraphQLObjectType,
  sets: readonly SelectionSetNode[],
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
): Plan | null {
  const plan: Plan = { fields: [], nested: [] };
  for (const [name, under] of selected(sets, fragments)) {
    const field = type.getFields()[name];
    if (!field) continue;
    const preload = field.extensions[PRELOAD_EXTENSION] as Preloader | undefined;
    if (preload) {
      plan.fields.push({ type, name, preload });
      continue;
    }
    // Only a plain property (no resolver) is known before it resolves: its rows are the values.
    const named = getNamedType(field.type);
    const plain = !field.resolve || field.resolve === defaultFieldResolver;
    if (!plain || !isObjectType(named) || under.length === 0 || depth >= 3) continue;
    const nested = planFor(named, under, fragments, depth + 1);
    if (nested) plan.nested.push({ property: name, plan: nested });
  }
  return plan.fields.length > 0 || plan.nested.length > 0 ? plan : null;
}

/** The plan for the rows `path` leads to from the field being resolved. */
function planAt(info: GraphQLResolveInfo, path: readonly string[]): Plan | null {
  const key = path.join('.');
  const node = info.fieldNodes[0]!;
  let byPath = plans.get(node);
  if (!byPath) {
    byPath = new Map();
    plans.set(node, byPath);
  }
  if (byPath.has(key)) return byPath.get(key)!;
  let type = getNamedType(info.returnType);
  let sets = info.fieldNodes.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  for (const step of path) {
    const field = isObjectType(type) ? type.getFields()[step] : undefined;
    if (!field) {
      sets = [];
      break;
    }
    type = getNamedType(field.type);
    sets = selected(sets, info.fragments).get(step) ?? [];
  }
  const plan =
    isObjectType(type) && sets.length > 0 ? planFor(type, sets, info.fragments, 0) : null;
  byPath.set(key, plan);
  return plan;
}

async function run(plan: Plan, rows: readonly unknown[], context: Context): Promise<void> {
  if (rows.length === 0) return;
  await Promise.all([
    ...plan.fields
      .filter((field) => mayResolve(context, field.type, field.name))
      .map((field) => field.preload(rows, context)),
    ...plan.nested.map(({ property, plan: inner }) =>
      run(
        inner,
        rows.flatMap((row) => {
          const value = (row as Record<string, unknown>)[property];
          return value === null || value === undefined
            ? []
            : Array.isArray(value)
              ? value
              : [value];
        }),
        context,
      ),
    ),
  ]);
}

/**
 * Preloads, for `rows`, the fields the operation selects on them. `path`
 * leads from the field being resolved to the rows: none for a list field,
 * `['edges', 'node']` for a connection.
 */
export async function preloadRows(
  info: GraphQLResolveInfo,
  context: Context,
  rows: readonly unknown[],
  path: readonly string[] = [],
): Promise<void> {
  const plan = planAt(info, path);
  if (plan) await run(plan, rows, context);
}

/** preloadRows for a page of a connection; answers the page. */
export async function preloadConnection<Node>(
  info: GraphQLResolveInfo,
  context: Context,
  connection: Connection<Node>,
): Promise<Connection<Node>> {
  await preloadRows(
    info,
    context,
    connection.edges.map((edge) => edge.node),
    ['edges', 'node'],
  );
  return connection;
}
