import { formatDate } from '@rapport/client/format';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useId } from 'react';
import type { CoachCommentFieldsFragment, CoachCommentTarget } from '../../../gql/graphql';
import { useCoachComments } from '../hooks/use-coach-comments';
import './coach-comments.css';

const ABOUT: Record<CoachCommentTarget, string> = {
  QUESTION_LIST: 'On your questions',
  NOTES: 'On your notes',
};

const TITLES: Record<CoachCommentTarget | 'ALL', string> = {
  QUESTION_LIST: 'Your coach on your questions',
  NOTES: 'Your coach on your notes',
  ALL: 'From your coach',
};

export interface CoachCommentListProps {
  comments: readonly Pick<
    CoachCommentFieldsFragment,
    'id' | 'target' | 'body' | 'authorName' | 'updatedAt'
  >[];
  /** Only comments on one part: then each comment need not say what it is about. */
  target?: CoachCommentTarget | null;
  /** The heading that fits where the list is placed. */
  headingLevel?: 2 | 3 | 4;
}

/** Comments a coach left on the seeker's meeting, oldest first; nothing at all when there are none. */
export function CoachCommentList({
  comments,
  target = null,
  headingLevel = 3,
}: CoachCommentListProps) {
  const headingId = useId();
  if (comments.length === 0) return null;
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-labelledby={headingId} className="coach-comments-section">
      <Heading id={headingId} className="coach-comments__title">
        {TITLES[target ?? 'ALL']}
      </Heading>
      <ul className="coach-comments">
        {comments.map((comment) => (
          <li key={comment.id} className="coach-comments__item">
            <p className="coach-comments__body">{comment.body}</p>
            <p className="muted coach-comments__meta">
              {target ? '' : `${ABOUT[comment.target]} · `}
              {comment.authorName ?? 'Your coach'} ·{' '}
              <time dateTime={comment.updatedAt}>{formatDate(comment.updatedAt)}</time>
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}

export interface CoachCommentsProps {
  /** The meeting's id, as the API gave it. */
  meetingId: string;
  /** QUESTION_LIST beside the question list, NOTES beside the notes; both when left out. */
  target?: CoachCommentTarget | null;
  /** The heading that fits where it is placed; h3 (inside a page's section) by default. */
  headingLevel?: 2 | 3 | 4;
}

/**
 * The coach's comments on one of the seeker's meetings, fetched by itself so
 * any meeting page can place it: `<CoachComments meetingId={id} target="NOTES" />`.
 * Shows nothing while there are no comments.
 */
export function CoachComments({ meetingId, target = null, headingLevel = 3 }: CoachCommentsProps) {
  const { comments, loading, problem, retry } = useCoachComments(meetingId, target);
  if (loading) return <LoadingIndicator label="Loading your coach’s comments…" />;
  if (!comments) {
    return problem ? (
      <RetryAlert
        title="Your coach’s comments could not be loaded."
        message={problem}
        onRetry={retry}
      />
    ) : null;
  }
  return <CoachCommentList comments={comments} target={target} headingLevel={headingLevel} />;
}
