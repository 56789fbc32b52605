/**
 * What the bench measures: one entry per operation. A ready scenario names
 * the account it acts as, the GraphQL request, and (by the same name) a
 * hand-written handler in raw-handlers.ts that answers with the same JSON.
 * Operations the API does not have yet are listed so the report says so,
 * rather than measuring a stand-in.
 */
export type Actor = 'staff' | 'admin' | 'seeker';

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface ReadyScenario {
  name: string;
  title: string;
  status: 'ready';
  actor: Actor;
  request: GraphqlRequest;
  /** Further variables to compare GraphQL and raw on, found from the first answer (the next page). */
  followUp?: (firstAnswer: unknown) => Record<string, unknown> | null;
}

export interface PendingScenario {
  name: string;
  title: string;
  status: 'not-yet';
  reason: string;
}

export type Scenario = ReadyScenario | PendingScenario;

const COMPANIES_QUERY = `query Companies($first: Int!, $after: String) {
  companies(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor node { id name industry hiringStatus hiringStatusChangedAt contactCount } }
  }
}`;

export const COMPANIES_PAGE_SIZE = 20;

export const scenarios: Scenario[] = [
  {
    name: 'companies-list',
    title: 'Staff companies list (first 20, totalCount, contactCount, pageInfo)',
    status: 'ready',
    actor: 'staff',
    request: { query: COMPANIES_QUERY, variables: { first: COMPANIES_PAGE_SIZE } },
    followUp: (answer) => {
      const end = (answer as { data?: { companies?: { pageInfo?: { endCursor?: string } } } }).data
        ?.companies?.pageInfo?.endCursor;
      return end ? { first: COMPANIES_PAGE_SIZE, after: end } : null;
    },
  },
  {
    name: 'seeker-dashboard',
    title: 'Seeker dashboard',
    status: 'not-yet',
    reason: 'no dashboard query yet (asks, meetings and connections arrive in later issues)',
  },
  {
    name: 'contacts-page',
    title: 'Filtered contacts page',
    status: 'not-yet',
    reason: 'contacts have a table but no GraphQL operation yet',
  },
  {
    name: 'contact-timeline',
    title: 'Contact page with its timeline',
    status: 'not-yet',
    reason: 'no contact query and no timeline (meetings, asks) yet',
  },
  {
    name: 'warm-intro-path',
    title: 'Warm-intro path query',
    status: 'not-yet',
    reason: 'no connections table or path query yet',
  },
  {
    name: 'record-ask',
    title: 'Record an ask (mutation)',
    status: 'not-yet',
    reason: 'no asks table or mutation yet',
  },
];

export const readyScenarios = (): ReadyScenario[] =>
  scenarios.filter((s): s is ReadyScenario => s.status === 'ready');
