import { Field, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../common/paging.js';
import type { RowsFit } from '../common/rows-fit.js';
import { NotForApiKeys } from '../graphql/scope.js';
import type { HiringAlertEntity } from './hiring-alert.entity.js';

/**
 * Resolvers return HiringAlertEntity rows; HiringAlertResolver adds the id,
 * the company, the person and the meeting. A seeker's own news: never for
 * API keys.
 */
@NotForApiKeys()
@ObjectType('HiringAlert', {
  description:
    'A company where the seeker met someone has started hiring: the news, and the person to get back to. Only the seeker (and staff, coaching) see it.',
  simpleResolvers: true,
})
export class HiringAlertType {
  @Field(() => String, { description: 'The alert in a sentence, naming the person.' })
  message: string;

  @Field(() => Int, { description: 'How many meetings the seeker had there.' })
  meetingCount: number;

  @Field(() => Date, { description: 'When the seeker last met someone there.' })
  lastMetAt: Date;

  @Field(() => Date, { description: 'When the company turned to HIRING.' })
  createdAt: Date;

  @Field(() => Date, {
    nullable: true,
    description: 'When the seeker put it away (or a later change replaced it); null while open.',
  })
  dismissedAt: Date | null;
}

export type HiringAlertRowsFit = RowsFit<HiringAlertType, HiringAlertEntity>;

export const { ConnectionType: HiringAlertConnection } = connectionTypes(
  'HiringAlert',
  HiringAlertType,
);

/** One seeker who met someone at a company now hiring, as the domain's warmCandidates gives it. */
@NotForApiKeys()
@ObjectType('WarmCandidate', {
  description: 'A seeker who had an informational interview at a company that is hiring now.',
  simpleResolvers: true,
})
export class WarmCandidateType {
  @Field(() => Int, { description: 'How many completed meetings they had there.' })
  meetingCount: number;

  @Field(() => Date, { description: 'When their most recent meeting there was.' })
  lastMetAt: Date;
}

/** A company row; the resolver adds the company itself and its warm candidates. */
@NotForApiKeys()
@ObjectType('WarmCandidateCompany', {
  description: 'A company hiring now, with the seekers who met someone there.',
  simpleResolvers: true,
})
export class WarmCandidateCompanyType {
  @Field(() => Date, { description: 'When it turned to HIRING.' })
  hiringStatusChangedAt: Date;
}

export const { ConnectionType: WarmCandidateCompanyConnection } = connectionTypes(
  'WarmCandidateCompany',
  WarmCandidateCompanyType,
);
