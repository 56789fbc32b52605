import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import type { Context } from '../graphql/context.js';
import { NotForApiKeys } from '../graphql/scope.js';
import { AgencySettingsInput, AgencySettingsType } from './settings.type.js';

@Resolver(() => AgencySettingsType)
export class SettingsResolver {
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Query(() => AgencySettingsType, { description: "The agency's settings. Staff only." })
  agencySettings(@Ctx() ctx: Context) {
    return ctx.services.settings.askThrottle();
  }

  // PRODUCT.md: "staff can change the cap", so STAFF as well as ADMIN.
  @Authorized('STAFF', 'ADMIN')
  @NotForApiKeys()
  @Mutation(() => AgencySettingsType, {
    description:
      'Changes the ask throttle (SETTINGS.INVALID with `field` when out of range). Staff and admins.',
  })
  updateAgencySettings(
    @Arg('input', () => AgencySettingsInput, {
      description: 'The new cap and window; both are replaced.',
    })
    input: AgencySettingsInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.settings.updateAskThrottle(input);
  }
}
