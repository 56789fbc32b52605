import type { ConnectionKind } from '@rapport/domain';
import { Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { ConnectionKindEnum, ManualConnectionKindEnum } from '../network.type.js';

@InputType('IntroTargetInput', {
  description: 'Exactly one: a contact, or a company (paths to anyone there).',
})
export class IntroTargetInput {
  @Field(() => ID, { nullable: true, description: 'The contact to reach; or give companyId.' })
  contactId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The company to reach anyone at; or give contactId.',
  })
  companyId?: string | null;
}

@InputType('NetworkCenterInput', { description: 'Exactly one: a contact or a company.' })
export class NetworkCenterInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The contact to centre on; or give companyId.',
  })
  contactId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The company to centre on, starting from its people; or give contactId.',
  })
  companyId?: string | null;
}

@ArgsType()
export class NetworkAroundArgs {
  @Field(() => NetworkCenterInput, {
    description: 'The contact or company the graph is centred on.',
  })
  center: NetworkCenterInput;

  @Field(() => Int, { defaultValue: 2, description: 'Hops out from the centre, 1 to 3.' })
  depth: number;

  @Field(() => [ConnectionKindEnum], {
    nullable: true,
    description: 'Only these kinds of link; all when empty.',
  })
  kinds?: ConnectionKind[] | null;

  @Field(() => Int, { defaultValue: 500, description: 'Most nodes to return, 1 to 1000.' })
  limit: number;
}

@InputType('ConnectionInput', { description: 'A link staff record between two agency contacts.' })
export class ConnectionInput {
  @Field(() => ID, { description: 'One agency contact of the link.' })
  fromContactId: string;

  @Field(() => ID, { description: 'The other agency contact.' })
  toContactId: string;

  @Field(() => ManualConnectionKindEnum, {
    description: 'Whether they know or work with each other.',
  })
  kind: 'KNOWS' | 'WORKS_WITH';

  @Field(() => String, { nullable: true, description: 'Up to 1,000 characters.' })
  @MaxLength(1000)
  note?: string | null;
}

@ArgsType()
export class WarmIntroPathsArgs {
  @Field(() => IntroTargetInput, {
    description: 'The contact, or company, the paths should reach.',
  })
  target: IntroTargetInput;

  @Field(() => Int, { defaultValue: 3, description: 'How many paths, best first: 1 to 10.' })
  @Min(1)
  @Max(10)
  first: number;

  @Field(() => ID, {
    nullable: true,
    description: 'Staff: the seeker the paths start from (required). Seekers: omit it.',
  })
  seekerId?: string | null;
}
