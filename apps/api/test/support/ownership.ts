import { getNamedType, isInputObjectType, type GraphQLArgument, type GraphQLSchema } from 'graphql';
import { expect } from 'vitest';
import { toGlobalId } from '../../src/common/global-id.js';
import { createSchema } from '../../src/graphql/schema.js';
import { errorCode, signedInAs, type TestApp, userIdOf } from './test-app.js';

/**
 * Which type of id each operation takes. Every Query and Mutation with an ID
 * argument (directly or in its input) must be listed: `proveOwnedBySeeker`
 * fails on one that is not, so a new operation cannot skip the ownership
 * proof by accident.
 */
export const ID_ARGUMENT_TYPES: Record<string, string> = {
  company: 'Company',
  updateCompany: 'Company',
  setCompanyHiringStatus: 'Company',
  contact: 'Contact',
  revokeApiKey: 'ApiKey',
  rotateApiKey: 'ApiKey',
  deactivateWebhookSubscription: 'WebhookSubscription',
  webhookDeliveries: 'WebhookSubscription',
  replayWebhookDelivery: 'WebhookDelivery',
  updateContact: 'Contact',
  archiveContact: 'Contact',
  restoreContact: 'Contact',
  recordAsk: 'Contact',
  recordAskOutcome: 'Ask',
  ask: 'Ask',
  scheduleMeeting: 'Ask',
  meeting: 'Meeting',
  rescheduleMeeting: 'Meeting',
  cancelMeeting: 'Meeting',
  completeMeeting: 'Meeting',
  markMeetingNoShow: 'Meeting',
  // Meeting mode's notes take the meeting's id; proven in test/meeting-notes.test.ts
  // as their own group, apart from the meeting's operations.
  meetingNotes: 'Meeting/notes',
  startMeetingNotes: 'Meeting/notes',
  markMeetingQuestion: 'Meeting/notes',
  editMeetingQuestionNote: 'Meeting/notes',
  editMeetingFreeNotes: 'Meeting/notes',
  recordReferral: 'Meeting',
  referral: 'Referral',
  markReferralFollowedUp: 'Referral',
  askReferral: 'Referral',
  thankYouCard: 'ThankYouCard',
  markThankYouSent: 'ThankYouCard',
  // A seeker's referrals and cards for staff coaching them, refused to
  // seekers by role (test/referrals.test.ts, test/thank-you-cards.test.ts).
  seekerReferrals: 'StaffOnly',
  seekerThankYouCards: 'StaffOnly',
  proposeMeetingTimes: 'Ask',
  schedulingProposal: 'SchedulingProposal',
  reviseMeetingTimes: 'SchedulingProposal',
  renewSchedulingLink: 'SchedulingProposal',
  acceptCounterProposal: 'SchedulingProposal',
  withdrawMeetingTimes: 'SchedulingProposal',
  // Public, behind a scheduling link: the token decides, not an account, and
  // a slot id from another link answers SCHEDULING.UNKNOWN_SLOT
  // (test/scheduling.test.ts).
  acceptProposedTime: 'SchedulingLink',
  // The agency-wide lists filter by ids but are refused to seekers by role
  // (test/interviews-api.test.ts).
  agencyAsks: 'StaffOnly',
  agencyMeetings: 'StaffOnly',
  // Filters and inputs that name a company, which no seeker owns.
  contacts: 'Company',
  exportContacts: 'Company',
  createContact: 'Company',
  // Staff-only operations on agency contacts: seekers are refused by role
  // (FORBIDDEN) before any row is read, so there is nothing to prove per row;
  // test/contacts-admin.test.ts checks the refusal.
  setDoNotContact: 'StaffOnly',
  mergeContacts: 'StaffOnly',
  // The target contact may be a seeker's own: proven with the contacts.
  warmIntroPaths: 'Contact',
  // A seeker's own tree; another seeker's id answers NOT_FOUND (test/network.test.ts).
  referralTree: 'User',
  // Staff-only network operations, refused to seekers by role (test/network.test.ts).
  networkAround: 'StaffOnly',
  exportNetwork: 'StaffOnly',
  networkPath: 'StaffOnly',
  networkBrokers: 'StaffOnly',
  createConnection: 'StaffOnly',
  deleteConnection: 'StaffOnly',
  // Hiring alerts, questions to the experts and coach comments (test/hiring-alerts.test.ts,
  // test/experts.test.ts, test/coach-comments.test.ts).
  dismissHiringAlert: 'HiringAlert',
  expertQuestion: 'ExpertQuestion',
  // The optional meeting a question is about: proven in test/experts.test.ts.
  askTheExperts: 'Meeting/experts',
  answerExpertQuestion: 'StaffOnly',
  addCoachComment: 'StaffOnly',
  editCoachComment: 'StaffOnly',
  deleteCoachComment: 'StaffOnly',
  // A seeker's staff page: refused to seekers by role (test/seekers.test.ts).
  seeker: 'StaffOnly',
  // A meeting's preparation takes the meeting's id; proven in
  // test/preparation.test.ts as its own group, apart from the meeting's operations.
  addBankQuestionToMeeting: 'Meeting/preparation',
  addOwnQuestionToMeeting: 'Meeting/preparation',
  reorderMeetingQuestions: 'Meeting/preparation',
  setMeetingChecklistItem: 'Meeting/preparation',
  updateMeetingQuestion: 'MeetingQuestion',
  removeMeetingQuestion: 'MeetingQuestion',
  // The question bank is the agency's: seekers are refused by role (test/preparation.test.ts).
  updateBankQuestion: 'StaffOnly',
  reorderBankQuestions: 'StaffOnly',
  retireBankQuestion: 'StaffOnly',
  restoreBankQuestion: 'StaffOnly',
};

function takesAnId(args: readonly GraphQLArgument[]): boolean {
  return args.some((arg) => {
    const type = getNamedType(arg.type);
    if (type.name === 'ID') return true;
    return (
      isInputObjectType(type) &&
      Object.values(type.getFields()).some((field) => getNamedType(field.type).name === 'ID')
    );
  });
}

function operationsTakingIds(schema: GraphQLSchema): string[] {
  return [schema.getQueryType(), schema.getMutationType()].flatMap((root) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => takesAnId(field.args))
      .map((field) => field.name),
  );
}

export interface OwnedOperation {
  /** A document whose one operation uses `$id` for the owned row's id. */
  document: string;
  variables?: Record<string, unknown>;
}

export interface OwnershipProof {
  /** The GraphQL type name of the seeker-owned rows ("Contact"). */
  type: string;
  /**
   * Which ID_ARGUMENT_TYPES entries this proof covers, when another concept
   * proves its own operations on the same type's id in its own test
   * ('Meeting/preparation'); `type` when left out.
   */
  group?: string;
  /** Makes a row owned by this seeker and returns its database id. */
  createOwnedBy: (seekerUserId: string) => Promise<string>;
  /**
   * Puts the row back as createOwnedBy made it, before each operation: for
   * rows with final states (a meeting completes or is cancelled once), so
   * every operation can succeed for the owner on the same row.
   */
  reset?: (rowId: string) => Promise<void>;
  /** Every operation that takes this type's id, by operation field name. */
  operations: Record<string, OwnedOperation>;
}

/**
 * Proves the ownership rule for one seeker-owned type: through every
 * operation that takes its id, seeker B asking for seeker A's row gets
 * NOT_FOUND and no data, while A gets past the lookup. B goes first, so a
 * mutation B could wrongly apply would show up in A's answer.
 */
export async function proveOwnedBySeeker(app: TestApp, proof: OwnershipProof): Promise<void> {
  const schema = await createSchema();
  const taking = operationsTakingIds(schema);
  expect(
    taking.filter((name) => !(name in ID_ARGUMENT_TYPES)),
    'operations with an id argument missing from ID_ARGUMENT_TYPES',
  ).toEqual([]);
  const group = proof.group ?? proof.type;
  const ofThisType = taking.filter((name) => ID_ARGUMENT_TYPES[name] === group);
  expect(Object.keys(proof.operations).sort(), `operations taking a ${group} id`).toEqual(
    ofThisType.sort(),
  );

  const owner = await signedInAs(app, 'SEEKER');
  const other = await signedInAs(app, 'SEEKER');
  const rowId = await proof.createOwnedBy(await userIdOf(owner));
  const id = toGlobalId(proof.type, rowId);

  for (const [name, operation] of Object.entries(proof.operations)) {
    const variables = { ...operation.variables, id };
    await proof.reset?.(rowId);
    const refused = await other.gql(operation.document, variables);
    expect(errorCode(refused), `${name} as another seeker`).toBe('NOT_FOUND');
    expect(refused.data?.[name] ?? null, `${name} as another seeker`).toBeNull();

    const allowed = await owner.gql(operation.document, variables);
    expect(errorCode(allowed), `${name} as the owner`).not.toBe('NOT_FOUND');
    expect(allowed.data?.[name], `${name} as the owner`).toBeTruthy();
  }
}
