import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('AgencySettings', {
  description: 'What the agency tunes for all its seekers.',
  simpleResolvers: true,
})
export class AgencySettingsType {
  @Field(() => Int, {
    description: 'How many asks all seekers together may send one person in the window.',
  })
  askCap: number;

  @Field(() => Int, { description: 'The rolling window of the cap, in days.' })
  askWindowDays: number;
}

// Ranges are the domain's resolveSettings, applied by the service.
@InputType({ description: 'New values for the agency settings.' })
export class AgencySettingsInput {
  @Field(() => Int, { description: '1 to 100.' })
  askCap: number;

  @Field(() => Int, { description: '1 to 365.' })
  askWindowDays: number;
}
