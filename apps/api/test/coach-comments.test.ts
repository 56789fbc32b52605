import { randomUUID } from 'node:crypto';
import { COACH_COMMENT_LIMITS } from '@rapport/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../src/common/global-id.js';
import { CoachCommentEntity } from '../src/coach-comment/coach-comment.entity.js';
import { insertMeetingWith } from './support/met.js';
import {
  Client,
  createTestApp,
  errorCode,
  signedInAs,
  statementsFor,
  type TestApp,
  userIdOf,
} from './support/test-app.js';

const FIELDS = 'id target body createdAt updatedAt authorName mine';
const ADD = `mutation($input: AddCoachCommentInput!) { addCoachComment(input: $input) { ${FIELDS} } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editCoachComment(id: $id, body: $body) { ${FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteCoachComment(id: $id) }`;
const READ = `query($id: ID!, $target: CoachCommentTarget) {
  meeting(id: $id) { id coachComments(target: $target) { ${FIELDS} } } }`;

interface Comment {
  id: string;
  target: string;
  body: string;
  updatedAt: string;
  authorName: string | null;
  mine: boolean;
}
type Read = {
  meeting: { coachComments: Comment[] } | null;
};

describe('coach comments', () => {
  let app: TestApp;
  let coach: Client;
  let now = new Date('2026-04-01T12:00:00Z');

  beforeAll(async () => {
    // Lists are measured at 100 rows, past the default per-query cost cap.
    app = await createTestApp({ graphqlMaxCost: 100_000, costBucketCapacity: 1_000_000 });
    app.services.now = () => now;
    coach = await signedInAs(app, 'STAFF');
  });
  afterAll(async () => app.close());

  const meetingOf = async (seeker: Client) => {
    const { meetingId } = await insertMeetingWith(app, {
      seekerId: await userIdOf(seeker),
      startsAt: new Date(now.getTime() - 86_400_000),
    });
    return toGlobalId('Meeting', meetingId);
  };

  it('lets staff comment on the question list and the notes, and the seeker read them', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const meetingId = await meetingOf(seeker);
    const onList = await coach.gql<{ addCoachComment: Comment }>(ADD, {
      input: {
        meetingId,
        target: 'QUESTION_LIST',
        body: '  Ask about how the team is organised.  ',
      },
    });
    expect(onList.errors).toBeUndefined();
    expect(onList.data!.addCoachComment).toMatchObject({
      target: 'QUESTION_LIST',
      body: 'Ask about how the team is organised.',
      authorName: 'Test STAFF',
      mine: true,
    });
    now = new Date(now.getTime() + 60_000);
    await coach.gql(ADD, {
      input: { meetingId, target: 'NOTES', body: 'Clear notes, well done.' },
    });

    const read = await seeker.gql<Read>(READ, { id: meetingId });
    expect(read.errors).toBeUndefined();
    expect(read.data!.meeting!.coachComments.map((c) => [c.target, c.mine])).toEqual([
      ['QUESTION_LIST', false],
      ['NOTES', false],
    ]);
    const notesOnly = await seeker.gql<Read>(READ, { id: meetingId, target: 'NOTES' });
    expect(notesOnly.data!.meeting!.coachComments.map((c) => c.body)).toEqual([
      'Clear notes, well done.',
    ]);

    // Another seeker reaches neither the meeting nor its comments.
    const stranger = await signedInAs(app, 'SEEKER');
    const refused = await stranger.gql<Read>(READ, { id: meetingId });
    expect(errorCode(refused)).toBe('NOT_FOUND');
    expect(refused.data?.meeting ?? null).toBeNull();
  });

  it('lets only the author edit or remove a comment', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const meetingId = await meetingOf(seeker);
    const added = await coach.gql<{ addCoachComment: Comment }>(ADD, {
      input: { meetingId, target: 'NOTES', body: 'First thought.' },
    });
    const id = added.data!.addCoachComment.id;
    const colleague = await signedInAs(app, 'ADMIN');
    expect(errorCode(await colleague.gql(EDIT, { id, body: 'Mine now.' }))).toBe(
      'COACHING.NOT_AUTHOR',
    );
    expect(errorCode(await colleague.gql(DELETE, { id }))).toBe('COACHING.NOT_AUTHOR');
    const seen = await colleague.gql<Read>(READ, { id: meetingId });
    expect(seen.data!.meeting!.coachComments[0]!.mine).toBe(false);

    now = new Date(now.getTime() + 60_000);
    const edited = await coach.gql<{ editCoachComment: Comment }>(EDIT, {
      id,
      body: 'Second thought.',
    });
    expect(edited.data!.editCoachComment).toMatchObject({
      body: 'Second thought.',
      updatedAt: now.toISOString(),
    });
    expect((await coach.gql(DELETE, { id })).data).toEqual({ deleteCoachComment: id });
    expect(errorCode(await coach.gql(DELETE, { id }))).toBe('NOT_FOUND');
    expect((await seeker.gql<Read>(READ, { id: meetingId })).data!.meeting!.coachComments).toEqual(
      [],
    );
  });

  it('checks the comment with the domain and refuses seekers and visitors', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const meetingId = await meetingOf(seeker);
    const empty = await coach.gql(ADD, { input: { meetingId, target: 'NOTES', body: ' ' } });
    expect(errorCode(empty)).toBe('COACHING.INVALID_COMMENT');
    expect(empty.errors![0]!.extensions!.field).toBe('body');
    const long = await coach.gql(ADD, {
      input: { meetingId, target: 'NOTES', body: 'x'.repeat(COACH_COMMENT_LIMITS.body + 1) },
    });
    expect(errorCode(long)).toBe('COACHING.INVALID_COMMENT');
    const noMeeting = await coach.gql(ADD, {
      input: { meetingId: toGlobalId('Meeting', randomUUID()), target: 'NOTES', body: 'Hi' },
    });
    expect(errorCode(noMeeting)).toBe('NOT_FOUND');

    const own = await seeker.gql(ADD, { input: { meetingId, target: 'NOTES', body: 'Me' } });
    expect(errorCode(own)).toBe('FORBIDDEN');
    const added = await coach.gql<{ addCoachComment: Comment }>(ADD, {
      input: { meetingId, target: 'NOTES', body: 'Fine.' },
    });
    const id = added.data!.addCoachComment.id;
    expect(errorCode(await seeker.gql(EDIT, { id, body: 'Changed' }))).toBe('FORBIDDEN');
    expect(errorCode(await seeker.gql(DELETE, { id }))).toBe('FORBIDDEN');
    expect(
      errorCode(
        await new Client(app).gql(ADD, { input: { meetingId, target: 'NOTES', body: 'x' } }),
      ),
    ).toBe('UNAUTHENTICATED');
  });

  it('reads the comments of a page of meetings with the same statements at 10 and at 100', async () => {
    const seeker = await signedInAs(app, 'SEEKER');
    const seekerId = await userIdOf(seeker);
    const coachId = await userIdOf(coach);
    const comments: CoachCommentEntity[] = [];
    for (let i = 0; i < 105; i += 1) {
      const { meetingId } = await insertMeetingWith(app, {
        seekerId,
        status: 'SCHEDULED',
        startsAt: new Date(now.getTime() + (i + 1) * 3_600_000),
      });
      comments.push({
        id: randomUUID(),
        meetingId,
        ownerId: seekerId,
        target: i % 2 ? 'NOTES' : 'QUESTION_LIST',
        body: `Comment ${i}`,
        authorId: coachId,
        createdAt: now,
        updatedAt: now,
      });
    }
    await app.dataSource.getRepository(CoachCommentEntity).insert(comments);
    const query = `query($first: Int!) { myMeetings(first: $first) { edges { node { id coachComments { ${FIELDS} } } } } }`;
    const small = await statementsFor(app, seeker, query, { first: 10 });
    const large = await statementsFor<{
      myMeetings: { edges: { node: { coachComments: Comment[] } }[] };
    }>(app, seeker, query, { first: 100 });
    expect(large.result.errors).toBeUndefined();
    expect(large.result.data!.myMeetings.edges).toHaveLength(100);
    expect(large.result.data!.myMeetings.edges[0]!.node.coachComments).toHaveLength(1);
    expect(large.statements).toBe(small.statements);
  });
});
