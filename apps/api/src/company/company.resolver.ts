import type { HiringStatus } from '@rapport/domain';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context.js';
import { Preload, preloadConnection } from '../graphql/preload.js';
import { NotForApiKeys, Scope } from '../graphql/scope.js';
import { CompanyEntity } from './company.entity.js';
import { CompanyConnection, CompanyType, HiringStatusEnum } from './company.type.js';
import { CompaniesArgs } from './dto/companies.args.js';
import { CompanyInput } from './dto/company.input.js';

@Resolver(() => CompanyType)
export class CompanyResolver {
  @Authorized()
  @Scope('companies:read')
  @Query(() => CompanyConnection, {
    description:
      'Companies by name, with search. Any signed-in user; API keys with companies:read.',
  })
  async companies(
    @Args(() => CompaniesArgs) args: CompaniesArgs,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    return preloadConnection(info, ctx, await ctx.services.companies.list(args));
  }

  @Authorized()
  @Scope('companies:read')
  @Query(() => CompanyType, {
    description: 'One company. Any signed-in user; API keys with companies:read.',
  })
  company(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<CompanyEntity> {
    return ctx.services.companies.get(fromGlobalId(id, 'Company'));
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => CompanyType, {
    description: 'Adds a company (hiring status starts UNKNOWN). Staff only.',
  })
  createCompany(
    @Arg('input', () => CompanyInput, { description: 'What to save.' }) input: CompanyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.companies.create(input, ctx.services.now());
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => CompanyType, { description: "Edits a company's details. Staff only." })
  updateCompany(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @Arg('input', () => CompanyInput, { description: 'What to save.' }) input: CompanyInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.companies.update(fromGlobalId(id, 'Company'), input);
  }

  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => CompanyType, {
    description: 'Sets whether the company is hiring; the change time is kept. Staff only.',
  })
  setCompanyHiringStatus(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @Arg('status', () => HiringStatusEnum, { description: 'The new hiring status.' })
    status: HiringStatus,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.companies.setHiringStatus(
      fromGlobalId(id, 'Company'),
      status,
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() company: CompanyEntity): string {
    return toGlobalId('Company', company.id);
  }

  @Authorized('STAFF', 'ADMIN')
  @Scope('contacts:read')
  @FieldResolver(() => Int, {
    description: 'How many agency contacts work there. Staff, and API keys with contacts:read.',
  })
  @Preload<CompanyEntity>((rows, ctx) =>
    ctx.loaders.agencyContactCount.preload(rows.map((row) => row.id)),
  )
  contactCount(@Root() company: CompanyEntity, @Ctx() ctx: Context): number | Promise<number> {
    return ctx.loaders.agencyContactCount.get(company.id);
  }
}
