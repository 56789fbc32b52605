import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int } from 'type-graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../common/relay.js';
import { HiringStatusEnum } from '../company.type.js';
import type { HiringStatus } from '@rapport/domain';

@ArgsType()
export class CompaniesArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `1 to ${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page.' })
  @MaxLength(500)
  after?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the company name, any case.' })
  @MaxLength(120)
  search?: string | null;

  @Field(() => HiringStatusEnum, { nullable: true })
  hiringStatus?: HiringStatus | null;
}
