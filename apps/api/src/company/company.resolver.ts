import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { HiringStatus } from '@rapport/domain';
import { decodeCursor, encodeCursor, fromGlobalId, toConnection } from '../common/relay.js';
import type { Context } from '../graphql/context.js';
import type { CompanyPageCursor } from './company.service.js';
import { CompanyConnection, CompanyType, HiringStatusEnum, toCompanyType } from './company.type.js';
import { CompaniesArgs } from './dto/companies.args.js';
import { CompanyInput } from './dto/company.input.js';

const isCompanyCursor = (v: unknown): v is CompanyPageCursor =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { k?: unknown }).k === 'string' &&
  typeof (v as { id?: unknown }).id === 'string';

@Resolver(() => CompanyType)
export class CompanyResolver {
  @Authorized()
  @Query(() => CompanyConnection, {
    description: 'Companies by name, with search. Any signed-in user.',
  })
  async companies(@Args(() => CompaniesArgs) args: CompaniesArgs, @Ctx() ctx: Context) {
    const after = args.after ? decodeCursor(args.after, isCompanyCursor) : null;
    const { rows, total } = await ctx.services.companies.list({
      first: args.first,
      after,
      search: args.search ?? null,
      hiringStatus: args.hiringStatus ?? null,
    });
    return toConnection(
      rows,
      args.first,
      total,
      after !== null,
      (row) => encodeCursor({ k: row.nameKey, id: row.id } satisfies CompanyPageCursor),
      toCompanyType,
    );
  }

  @Authorized()
  @Query(() => CompanyType, { description: 'One company. Any signed-in user.' })
  async company(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CompanyType> {
    return toCompanyType(await ctx.services.companies.get(fromGlobalId(id, 'Company')));
  }

  @Authorized('STAFF', 'ADMIN')
  @Mutation(() => CompanyType, {
    description: 'Adds a company (hiring status starts UNKNOWN). Staff only.',
  })
  async createCompany(@Arg('input', () => CompanyInput) input: CompanyInput, @Ctx() ctx: Context) {
    return toCompanyType(await ctx.services.companies.create(input, ctx.services.now()));
  }

  @Authorized('STAFF', 'ADMIN')
  @Mutation(() => CompanyType, { description: "Edits a company's details. Staff only." })
  async updateCompany(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => CompanyInput) input: CompanyInput,
    @Ctx() ctx: Context,
  ) {
    return toCompanyType(await ctx.services.companies.update(fromGlobalId(id, 'Company'), input));
  }

  @Authorized('STAFF', 'ADMIN')
  @Mutation(() => CompanyType, {
    description: 'Sets whether the company is hiring; the change time is kept. Staff only.',
  })
  async setCompanyHiringStatus(
    @Arg('id', () => ID) id: string,
    @Arg('status', () => HiringStatusEnum) status: HiringStatus,
    @Ctx() ctx: Context,
  ) {
    const row = await ctx.services.companies.setHiringStatus(
      fromGlobalId(id, 'Company'),
      status,
      ctx.services.now(),
    );
    return toCompanyType(row);
  }

  @Authorized('STAFF', 'ADMIN')
  @FieldResolver(() => Int, { description: 'How many agency contacts work there. Staff only.' })
  contactCount(@Root() company: CompanyType, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.agencyContactCount.load(company.rowId);
  }
}
