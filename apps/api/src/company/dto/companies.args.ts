import type { HiringStatus } from '@rapport/domain';
import { MaxLength } from 'class-validator';
import { ArgsType, Field } from 'type-graphql';
import { PageArgs } from '../../common/paging.js';
import { HiringStatusEnum } from '../company.type.js';

@ArgsType()
export class CompaniesArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name, any case.' })
  @MaxLength(120)
  search?: string | null;

  @Field(() => HiringStatusEnum, {
    nullable: true,
    description: 'Only companies with this status.',
  })
  hiringStatus?: HiringStatus | null;
}
