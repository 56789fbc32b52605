import { HIRING_STATUSES, type HiringStatus } from '@rapport/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { Scope } from '../graphql/scope.js';
import type { CompanyEntity } from './company.entity.js';

export const HiringStatusEnum = Object.fromEntries(HIRING_STATUSES.map((s) => [s, s])) as {
  [S in HiringStatus]: S;
};
registerEnumType(HiringStatusEnum, {
  name: 'HiringStatus',
  description: 'Whether the company is hiring now, as far as the agency knows.',
});

/**
 * The public shape of a company. Resolvers return CompanyEntity rows as they
 * are; fields resolve by property name, and CompanyResolver computes the ones
 * that differ (the global id, the contact count).
 */
@Scope('companies:read')
@ObjectType('Company', { description: 'An employer the agency works with.', simpleResolvers: true })
export class CompanyType {
  @Field(() => String, { description: 'The name people know it by.' })
  name: string;

  @Field(() => String, { nullable: true, description: 'Its website, an http(s) address.' })
  website: string | null;

  @Field(() => String, { nullable: true, description: 'The industry it works in, in words.' })
  industry: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Street address of the office, where meetings happen.',
  })
  officeAddress: string | null;

  @Field(() => HiringStatusEnum, { description: 'Whether it is hiring now.' })
  hiringStatus: HiringStatus;

  @Field(() => Date, { description: 'When the hiring status last changed.' })
  hiringStatusChangedAt: Date;

  @Field(() => Date, { description: 'When the agency added it.' })
  createdAt: Date;

  @Field(() => Date, { description: 'When its details last changed.' })
  updatedAt: Date;
}

export type CompanyRowsFit = RowsFit<CompanyType, CompanyEntity>;

export const { ConnectionType: CompanyConnection } = connectionTypes('Company', CompanyType);
