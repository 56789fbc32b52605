import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor, SessionUser } from '../common/actor.js';
import { toGlobalId } from '../common/global-id.js';
import { PageArgs } from '../common/paging.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { CreateStaffAccountInput } from './dto/create-staff-account.input.js';
import { UserConnection, UserType } from './user.type.js';

@ArgsType()
class StaffMembersArgs extends PageArgs {}

@Resolver(() => UserType)
export class UserResolver {
  @Authorized('ADMIN')
  @NotForApiKeys()
  @Query(() => UserConnection, { description: 'Agency staff and admins, by name. Admins only.' })
  staffMembers(@Args(() => StaffMembersArgs) args: StaffMembersArgs, @Ctx() ctx: Context) {
    return ctx.services.accounts.listStaff(args);
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Mutation(() => UserType, { description: 'Creates a STAFF or ADMIN account. Admins only.' })
  createStaffAccount(
    @Arg('input', () => CreateStaffAccountInput, { description: 'What to save.' })
    input: CreateStaffAccountInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<SessionUser> {
    const { role, ...draft } = input;
    return ctx.services.accounts.createStaff(actor, draft, role);
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() user: SessionUser): string {
    return toGlobalId('User', user.id);
  }
}
