import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import type { ApiKeyEntity } from './api-key.entity.js';
import type { ApiKeyStatus } from './api-key.service.js';

export const ApiKeyStatusEnum = {
  ACTIVE: 'ACTIVE',
  EXPIRING: 'EXPIRING',
  EXPIRED: 'EXPIRED',
  REVOKED: 'REVOKED',
} as const satisfies { [S in ApiKeyStatus]: S };
registerEnumType(ApiKeyStatusEnum, {
  name: 'ApiKeyStatus',
  description: 'Whether a key works now.',
  valuesConfig: {
    ACTIVE: { description: 'Works, with no end date.' },
    EXPIRING: { description: 'Works until expiresAt (it was rotated and is in its overlap).' },
    EXPIRED: { description: 'Its overlap after a rotation has ended; refused.' },
    REVOKED: { description: 'Revoked by an administrator; refused.' },
  },
});

/** Resolvers return ApiKeyEntity rows; ApiKeyResolver adds the id and the status. */
@ObjectType('ApiKey', {
  description:
    "A partner integration's key to the API. The key itself is shown only once, when made.",
  simpleResolvers: true,
})
export class ApiKeyType {
  @Field(() => String, { description: 'The integration it is for, as the admin named it.' })
  name: string;

  @Field(() => String, { description: 'The first characters of the key, to tell keys apart.' })
  prefix: string;

  @Field(() => [String], { description: 'What the key may read or do (see apiScopes).' })
  scopes: string[];

  @Field(() => Date, { description: 'When the key was made.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the key was last used, to the minute; null if never.',
  })
  lastUsedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a rotated key stops working; null for a key that does not expire.',
  })
  expiresAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked, if it was.' })
  revokedAt: Date | null;
}

export type ApiKeyRowsFit = RowsFit<ApiKeyType, ApiKeyEntity>;

export const { ConnectionType: ApiKeyConnection } = connectionTypes('ApiKey', ApiKeyType);

@ObjectType('NewApiKey', {
  description: 'A key just made: the only time its secret is shown.',
  simpleResolvers: true,
})
export class NewApiKeyType {
  @Field(() => ApiKeyType, { description: 'The stored key.' })
  apiKey: ApiKeyEntity;

  @Field(() => String, {
    description:
      'The whole key (rk_live_…), for `Authorization: Bearer`. Copy it now: it is not stored.',
  })
  secret: string;
}

@ObjectType('ApiScopeInfo', {
  description: 'A scope an API key can be given.',
  simpleResolvers: true,
})
export class ApiScopeInfoType {
  @Field(() => String, { description: 'The scope as keys carry it, e.g. companies:read.' })
  name: string;

  @Field(() => String, { description: 'What it opens.' })
  description: string;
}
