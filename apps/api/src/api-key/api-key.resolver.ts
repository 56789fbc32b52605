import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Authorized } from '../auth/authorized.js';
import { CurrentActor } from '../auth/current-actor.js';
import type { Actor } from '../common/actor.js';
import { fromGlobalId, toGlobalId } from '../common/global-id.js';
import type { Context } from '../graphql/context.js';
import { API_SCOPES, NotForApiKeys } from '../graphql/scope.js';
import { ApiKeyEntity } from './api-key.entity.js';
import { statusOf, type ApiKeyStatus, type NewApiKey } from './api-key.service.js';
import {
  ApiKeyConnection,
  ApiKeyStatusEnum,
  ApiKeyType,
  ApiScopeInfoType,
  NewApiKeyType,
} from './api-key.type.js';
import { ApiKeysArgs, CreateApiKeyInput, RotateApiKeyArgs } from './dto/api-key.input.js';

/** Keys are managed by administrators in the dashboard; no key manages keys. */
@Resolver(() => ApiKeyType)
export class ApiKeyResolver {
  @Authorized('ADMIN')
  @NotForApiKeys()
  @Query(() => ApiKeyConnection, { description: 'API keys, newest first. Admins only.' })
  apiKeys(
    @Args(() => ApiKeysArgs) args: ApiKeysArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.apiKeys.list(actor, args);
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Query(() => [ApiScopeInfoType], { description: 'The scopes a key can be given. Admins only.' })
  apiScopes(): ApiScopeInfoType[] {
    return Object.entries(API_SCOPES).map(([name, description]) => ({ name, description }));
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Mutation(() => NewApiKeyType, {
    description:
      'Makes a key for an integration; the answer holds the key, shown this once. Admins only.',
  })
  createApiKey(
    @Arg('input', () => CreateApiKeyInput, { description: 'What to save.' })
    input: CreateApiKeyInput,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<NewApiKey> {
    return ctx.services.apiKeys.create(actor, input, ctx.services.now());
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Mutation(() => ApiKeyType, {
    description: 'Revokes a key: the next call with it is refused. Admins only.',
  })
  revokeApiKey(
    @Arg('id', () => ID, { description: 'Its id, as the API gave it.' }) id: string,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<ApiKeyEntity> {
    return ctx.services.apiKeys.revoke(actor, fromGlobalId(id, 'ApiKey'), ctx.services.now());
  }

  @Authorized('ADMIN')
  @NotForApiKeys()
  @Mutation(() => NewApiKeyType, {
    description:
      'Replaces a key with a new one (same name and scopes, shown this once); the old key keeps working for overlapHours, then expires. Admins only.',
  })
  rotateApiKey(
    @Args(() => RotateApiKeyArgs) args: RotateApiKeyArgs,
    @CurrentActor() actor: Actor,
    @Ctx() ctx: Context,
  ): Promise<NewApiKey> {
    return ctx.services.apiKeys.rotate(
      actor,
      fromGlobalId(args.id, 'ApiKey'),
      args.overlapHours,
      ctx.services.now(),
    );
  }

  @FieldResolver(() => ID, { description: 'Opaque; pass it back as it is.' })
  id(@Root() key: ApiKeyEntity): string {
    return toGlobalId('ApiKey', key.id);
  }

  @FieldResolver(() => ApiKeyStatusEnum, { description: 'Whether the key works now.' })
  status(@Root() key: ApiKeyEntity, @Ctx() ctx: Context): ApiKeyStatus {
    return statusOf(key, ctx.services.now());
  }
}
