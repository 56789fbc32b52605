import { HIRING_STATUSES, type HiringStatus } from '@rapport/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes, toGlobalId } from '../common/relay.js';
import type { CompanyEntity } from './company.entity.js';

export const HiringStatusEnum = Object.fromEntries(HIRING_STATUSES.map((s) => [s, s])) as {
  [S in HiringStatus]: S;
};
registerEnumType(HiringStatusEnum, {
  name: 'HiringStatus',
  description: 'Whether the company is hiring now, as far as the agency knows.',
});

@ObjectType('Company', { description: 'An employer the agency works with.' })
export class CompanyType {
  @Field(() => ID)
  id: string;

  /** The database id, for loaders; not part of the schema. */
  rowId: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  website: string | null;

  @Field(() => String, { nullable: true })
  industry: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Street address of the office, where meetings happen.',
  })
  officeAddress: string | null;

  @Field(() => HiringStatusEnum)
  hiringStatus: HiringStatus;

  @Field(() => Date, { description: 'When the hiring status last changed.' })
  hiringStatusChangedAt: Date;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => Date)
  updatedAt: Date;
}

export function toCompanyType(row: CompanyEntity): CompanyType {
  return {
    id: toGlobalId('Company', row.id),
    rowId: row.id,
    name: row.name,
    website: row.website,
    industry: row.industry,
    officeAddress: row.officeAddress,
    hiringStatus: row.hiringStatus,
    hiringStatusChangedAt: row.hiringStatusChangedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

export const { ConnectionType: CompanyConnection } = connectionTypes('Company', CompanyType);
