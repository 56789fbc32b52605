import type { BenchTargets, Dataset } from './dataset.js';

/**
 * What the bench measures: one entry per operation, with the account it acts
 * as and the GraphQL request. The documents are the clients' own (copied
 * from apps/admin and apps/web), so the figures are what a screen costs. A
 * read with a raw baseline has a hand-written handler of the same name in
 * raw-handlers.ts that answers with the same JSON.
 */
export type AccountName = keyof Dataset['accounts'];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

interface ScenarioBase {
  name: string;
  title: string;
  actor: AccountName;
  query: string;
  /**
   * The variable that sets the size of the operation's list, for counting
   * statements at two sizes; null when the operation has no such argument.
   */
  pageVariable: string | null;
  /** The two sizes statements are counted at (equal counts expected); lists use 10 and 100. */
  pageSizes?: [number, number];
}

export interface ReadScenario extends ScenarioBase {
  kind: 'read';
  variables: (targets: BenchTargets) => Record<string, unknown>;
  /** True when raw-handlers.ts answers it; otherwise why not. */
  raw: true | string;
  /** Further variables to compare GraphQL and raw on, found from the first answer (the next page). */
  followUp?: (
    firstAnswer: unknown,
    first: Record<string, unknown>,
  ) => Record<string, unknown> | null;
}

export interface WriteScenario extends ScenarioBase {
  kind: 'write';
  /** The variables of the n-th request: each request must be one the API accepts. */
  variables: (targets: BenchTargets, n: number) => Record<string, unknown>;
  /** How many different requests there are; the run fails rather than repeat one. */
  supply: (targets: BenchTargets) => number;
}

export type Scenario = ReadScenario | WriteScenario;

const COMPANIES = /* GraphQL */ `
  fragment CompanyRow on Company {
    id
    name
    website
    industry
    officeAddress
    hiringStatus
    hiringStatusChangedAt
    contactCount
  }

  query AdminCompanies($first: Int!, $after: String, $search: String, $hiringStatus: HiringStatus) {
    companies(first: $first, after: $after, search: $search, hiringStatus: $hiringStatus) {
      totalCount
      edges {
        cursor
        node {
          ...CompanyRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

const DASHBOARD = /* GraphQL */ `
  fragment Suggestion on SuggestedContact {
    reason
    reasonKind
    contact {
      id
      fullName
      title
      company {
        id
        name
      }
    }
  }

  query SeekerDashboard {
    seekerDashboard {
      waitingAsks {
        id
        askedAt
        channel
        contact {
          id
          fullName
        }
        company {
          id
          name
        }
      }
      suggestions {
        ...Suggestion
      }
    }
  }
`;

const CONTACT_FRAGMENTS = /* GraphQL */ `
  fragment ContactThrottleParts on ContactThrottle {
    asksInWindow
    cap
    windowDays
    atCap
    nearCap
  }

  fragment ContactRow on Contact {
    id
    fullName
    title
    email
    phone
    tags
    source
    sharedWithSeekers
    doNotContact
    archivedAt
    createdAt
    company {
      id
      name
    }
    throttle {
      ...ContactThrottleParts
    }
  }
`;

const CONTACTS = /* GraphQL */ `
  ${CONTACT_FRAGMENTS}

  query AdminContacts(
    $first: Int!
    $after: String
    $search: String
    $companyId: ID
    $tag: String
    $source: ContactSource
    $doNotContact: Boolean
    $sharing: ContactSharing
    $sort: ContactSort!
    $includeArchived: Boolean!
  ) {
    contacts(
      first: $first
      after: $after
      search: $search
      companyId: $companyId
      tag: $tag
      source: $source
      doNotContact: $doNotContact
      sharing: $sharing
      sort: $sort
      includeArchived: $includeArchived
    ) {
      totalCount
      edges {
        cursor
        node {
          ...ContactRow
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`;

// The admin contact page sends ContactPage and ContactTimeline side by
// side; here they are one document, so one request is the whole page.
const CONTACT_PAGE = /* GraphQL */ `
  ${CONTACT_FRAGMENTS}

  fragment ContactDetails on Contact {
    ...ContactRow
    mailingAddress
    notes
    doNotContactReason
    updatedAt
  }

  query ContactPageWithTimeline($id: ID!, $first: Int!, $after: String) {
    contact(id: $id) {
      ...ContactDetails
      timeline(first: $first, after: $after) {
        totalCount
        edges {
          cursor
          node {
            id
            askedAt
            channel
            status
            statusChangedAt
            note
            seeker {
              id
              name
            }
            contact {
              id
              fullName
            }
            history {
              at
              status
              note
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`;

const WARM_INTRO = /* GraphQL */ `
  query WarmIntroPaths($target: IntroTargetInput!, $first: Int!) {
    warmIntroPaths(target: $target, first: $first) {
      length
      weakestStrength
      hops {
        kind
        sentence
        strength
        recordedAt
        from {
          __typename
          ... on Contact {
            id
            fullName
          }
          ... on NetworkSeeker {
            id
            name
          }
        }
        to {
          __typename
          ... on Contact {
            id
            fullName
          }
          ... on NetworkSeeker {
            id
            name
          }
        }
      }
    }
  }
`;

const RECORD_ASK = /* GraphQL */ `
  fragment AskDetail on Ask {
    id
    channel
    askedAt
    note
    status
    statusChangedAt
    history {
      at
      status
      note
    }
  }

  mutation RecordAsk($input: RecordAskInput!) {
    recordAsk(input: $input) {
      ...AskDetail
      contact {
        id
        myAsk {
          id
        }
      }
    }
  }
`;

export const PAGE_SIZE = 20;

/** The reads the issue sets a ratio target for (≥ 0.5 on SQLite); profiled by default. */
export const TARGET_SCENARIOS = ['companies-list', 'seeker-dashboard', 'contacts-page'];

const endCursorOf = (answer: unknown, path: string[]): string | null => {
  let at: unknown = (answer as { data?: unknown }).data;
  for (const key of path) at = (at as Record<string, unknown> | null | undefined)?.[key];
  const info = at as { pageInfo?: { hasNextPage?: boolean; endCursor?: string } } | undefined;
  return info?.pageInfo?.hasNextPage && info.pageInfo.endCursor ? info.pageInfo.endCursor : null;
};

export const scenarios: Scenario[] = [
  {
    kind: 'read',
    name: 'companies-list',
    title: 'Staff companies list (AdminCompanies: first 20, totalCount, contactCount)',
    actor: 'staff',
    query: COMPANIES,
    pageVariable: 'first',
    variables: () => ({ first: PAGE_SIZE }),
    raw: true,
    followUp: (answer, first) => {
      const after = endCursorOf(answer, ['companies']);
      return after ? { ...first, after } : null;
    },
  },
  {
    kind: 'read',
    name: 'seeker-dashboard',
    title: 'Seeker dashboard (SeekerDashboard: waiting asks, suggestions)',
    actor: 'seeker',
    query: DASHBOARD,
    pageVariable: null,
    variables: () => ({}),
    raw: true,
  },
  {
    kind: 'read',
    name: 'contacts-page',
    title: 'Filtered contacts page (AdminContacts: a tag, first 20, totalCount, throttle)',
    actor: 'staff',
    query: CONTACTS,
    pageVariable: 'first',
    variables: (targets) => ({
      first: PAGE_SIZE,
      tag: targets.filterTag,
      sort: 'NAME',
      includeArchived: false,
    }),
    raw: true,
    followUp: (answer, first) => {
      const after = endCursorOf(answer, ['contacts']);
      return after ? { ...first, after } : null;
    },
  },
  {
    kind: 'read',
    name: 'contact-timeline',
    title: 'Contact page with its timeline (ContactPage + ContactTimeline, first 20)',
    actor: 'staff',
    query: CONTACT_PAGE,
    pageVariable: 'first',
    // Each ask brings its history, so 100 asks cost more than one query may.
    pageSizes: [10, 50],
    variables: (targets) => ({ id: targets.busyContactId, first: PAGE_SIZE }),
    raw: true,
    followUp: (answer, first) => {
      const after = endCursorOf(answer, ['contact', 'timeline']);
      return after ? { ...first, after } : null;
    },
  },
  {
    kind: 'read',
    name: 'warm-intro-path',
    title: 'Warm-intro paths from a seeker to a company (first 3)',
    actor: 'seeker',
    query: WARM_INTRO,
    pageVariable: 'first',
    pageSizes: [1, 10],
    variables: (targets) => ({ target: { companyId: targets.pathCompanyId }, first: 3 }),
    raw: true,
  },
  {
    kind: 'write',
    name: 'record-ask',
    title: 'Record an ask (RecordAsk mutation, a different person each time)',
    actor: 'asker',
    query: RECORD_ASK,
    pageVariable: null,
    variables: (targets, n) => ({
      input: { contactId: targets.askableContactIds[n]!, channel: 'EMAIL' },
    }),
    // The last one is kept for counting the mutation's statements.
    supply: (targets) => targets.askableContactIds.length - 1,
  },
];
