import { graphql, type GraphQLSchema } from 'graphql';
import {
  Arg,
  buildSchema,
  createParameterDecorator,
  Ctx,
  Field,
  FieldResolver,
  Int,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { useDirectFieldResolvers } from '../src/graphql/direct-field-resolvers.js';

/**
 * The direct path must hand each method what type-graphql would: these
 * types cover a plain row, a row whose class has behaviour (it must still
 * arrive as an instance), an argument (type-graphql keeps the field) and a
 * parameter decorator that answers a promise (awaited first).
 */
@ObjectType('DirectPlainRow', { simpleResolvers: true })
class PlainRow {
  @Field()
  name!: string;
}

@ObjectType('DirectRichRow', { simpleResolvers: true })
class RichRow {
  @Field()
  name!: string;

  greet(): string {
    return `Hello, ${this.name}`;
  }
}

@ObjectType('DirectDefaultedRow', { simpleResolvers: true })
class DefaultedRow {
  @Field()
  name!: string;

  @Field()
  status: string = 'OPEN';
}

interface TestContext {
  caller: string;
}

const Later = () =>
  createParameterDecorator<TestContext>(({ context }) =>
    Promise.resolve(`later ${context.caller}`),
  );

@Resolver(() => PlainRow)
class PlainRowResolver {
  @Query(() => PlainRow)
  plainRow(): object {
    return { name: 'Ada' };
  }

  @FieldResolver(() => String)
  received(@Root() row: PlainRow, @Ctx() ctx: TestContext): string {
    return `${row instanceof PlainRow ? 'instance' : 'row'} ${row.name} for ${ctx.caller}`;
  }

  @FieldResolver(() => String)
  repeated(@Root() row: PlainRow, @Arg('times', () => Int) times: number): string {
    return row.name.repeat(times);
  }

  @FieldResolver(() => String)
  awaited(@Later() value: string, @Root() row: PlainRow): string {
    return `${value} ${row.name}`;
  }
}

@Resolver(() => RichRow)
class RichRowResolver {
  @Query(() => RichRow)
  richRow(): object {
    return { name: 'Bo' };
  }

  @FieldResolver(() => String)
  greeting(@Root() row: RichRow): string {
    return row.greet();
  }
}

@Resolver(() => DefaultedRow)
class DefaultedRowResolver {
  @Query(() => DefaultedRow)
  defaultedRow(): object {
    return { name: 'Cy' };
  }

  @FieldResolver(() => String)
  statusSeen(@Root() row: DefaultedRow): string {
    return row.status;
  }
}

describe('direct field resolvers', () => {
  let schema: GraphQLSchema;
  let replaced: number;

  beforeAll(async () => {
    schema = await buildSchema({
      resolvers: [PlainRowResolver, RichRowResolver, DefaultedRowResolver],
      validate: false,
    });
    replaced = useDirectFieldResolvers(schema);
  });

  const run = (source: string) =>
    graphql({ schema, source, contextValue: { caller: 'staff' } satisfies TestContext });

  it('calls root-and-context methods directly, with the row as it came', async () => {
    const result = await run('{ plainRow { name received awaited } }');
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      plainRow: { name: 'Ada', received: 'row Ada for staff', awaited: 'later staff Ada' },
    });
  });

  it('leaves fields with arguments, and rows whose class adds something, to type-graphql', async () => {
    const result = await run(
      '{ plainRow { repeated(times: 2) } richRow { greeting } defaultedRow { statusSeen } }',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      plainRow: { repeated: 'AdaAda' },
      richRow: { greeting: 'Hello, Bo' },
      defaultedRow: { statusSeen: 'OPEN' },
    });
    // received and awaited only: repeated has an argument, greeting's row has
    // a method and statusSeen's a default value.
    expect(replaced).toBe(2);
  });

  it('still refuses a bad argument as type-graphql does', async () => {
    const result = await run('{ plainRow { repeated(times: "two") } }');
    expect(result.errors?.[0]?.message).toMatch(/Int cannot represent/);
  });
});
