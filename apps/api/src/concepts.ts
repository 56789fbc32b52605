import type { DataSource } from 'typeorm';
import { askConcept } from './ask/ask.concept.js';
import { apiKeyConcept } from './api-key/api-key.concept.js';
import { authConcept } from './auth/auth.concept.js';
import { coachCommentConcept } from './coach-comment/coach-comment.concept.js';
import { companyConcept } from './company/company.concept.js';
import type { Config } from './config.js';
import { contactConcept } from './contact/contact.concept.js';
import { expertQuestionConcept } from './expert-question/expert-question.concept.js';
import { hiringAlertConcept } from './hiring-alert/hiring-alert.concept.js';
import type { MergedLoaders, MergedServices } from './concept.js';
import { InitialSchema1764000000000 } from './db/migrations/1764000000000-initial-schema.js';
import { meetingConcept } from './meeting/meeting.concept.js';
import { meetingNotesConcept } from './meeting-notes/meeting-notes.concept.js';
import { networkConcept } from './network/network.concept.js';
import { seekerConcept } from './seeker/seeker.concept.js';
import { preparationConcept } from './preparation/preparation.concept.js';
import { referralConcept } from './referral/referral.concept.js';
import { schedulingConcept } from './scheduling/scheduling.concept.js';
import { settingsConcept } from './settings/settings.concept.js';
import { thankYouConcept } from './thank-you/thank-you.concept.js';
import { userConcept } from './user/user.concept.js';
import { webhookConcept } from './webhook/webhook.concept.js';

/**
 * Every concept of the API, in one list. The schema, the entities, the
 * migrations, the services and the loaders are all read from here; a new
 * concept adds one line (see "Adding a concept" in CONTRIBUTING.md).
 */
export const concepts = [
  userConcept,
  authConcept,
  companyConcept,
  contactConcept,
  settingsConcept,
  askConcept,
  networkConcept,
  meetingConcept,
  preparationConcept,
  meetingNotesConcept,
  referralConcept,
  thankYouConcept,
  schedulingConcept,
  apiKeyConcept,
  webhookConcept,
  hiringAlertConcept,
  expertQuestionConcept,
  coachCommentConcept,
  seekerConcept,
] as const;

export type Services = MergedServices<typeof concepts> & {
  /** The clock, passed into the domain; tests may replace it. */
  now: () => Date;
  config: Config;
};
export type Loaders = MergedLoaders<typeof concepts>;

export const entities = concepts.flatMap((concept) => concept.entities ?? []);

export const resolvers = concepts.flatMap((concept) => concept.resolvers ?? []);

/** The schema every concept started from, then each concept's own, oldest first by timestamp. */
export const migrations = [
  InitialSchema1764000000000,
  ...concepts.flatMap((concept) => concept.migrations ?? []),
].sort((a, b) => timestampOf(a) - timestampOf(b));

function timestampOf(migration: { name: string }): number {
  const match = /(\d{13})$/.exec(migration.name);
  if (!match)
    throw new Error(`Migration class ${migration.name} must end with its 13-digit timestamp.`);
  return Number(match[1]);
}

/** Long-lived services, made once per process and shared by every request. */
export function createServices(dataSource: DataSource, config: Config): Services {
  const parts = concepts.map((concept) =>
    'services' in concept && concept.services ? concept.services({ dataSource, config }) : {},
  );
  return Object.assign({ now: (): Date => new Date(), config }, ...parts) as Services;
}

/**
 * Per-request DataLoaders, so batching happens within one operation and
 * nothing leaks across users. A request uses the loaders of one or two
 * concepts, so each concept's are made when one of them is first read:
 * making all two dozen for every request showed in the profile of a list.
 */
export function createLoaders(dataSource: DataSource): Loaders {
  return new (loaderShapes.get(dataSource) ?? loaderShapeFor(dataSource))() as Loaders;
}

const loaderShapes = new WeakMap<DataSource, new () => object>();
const MADE = Symbol('loaders made so far');

/** A class whose instances hold one request's loaders, each concept's made on first read. */
function loaderShapeFor(dataSource: DataSource): new () => object {
  class RequestLoaders {
    readonly [MADE]: (Record<string, unknown> | undefined)[] = [];
  }
  concepts.forEach((concept, index) => {
    if (!('loaders' in concept) || !concept.loaders) return;
    const make = concept.loaders as (dataSource: DataSource) => Record<string, unknown>;
    // The names, from one set made now (loaders do nothing until asked).
    for (const name of Object.keys(make(dataSource))) {
      Object.defineProperty(RequestLoaders.prototype, name, {
        get(this: RequestLoaders) {
          return (this[MADE][index] ??= make(dataSource))[name];
        },
        enumerable: true,
      });
    }
  });
  loaderShapes.set(dataSource, RequestLoaders);
  return RequestLoaders;
}
