import { formatDate } from '@rapport/client/format';
import { messageFor } from '@rapport/client/graphql-errors';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { useToast } from '@rapport/ui/toast';
import { VisuallyHidden } from '@rapport/ui/visually-hidden';
import { useId, useState, type ReactNode } from 'react';
import { QUESTION_CATEGORY_TITLES } from '@rapport/domain';
import type {
  CoachCommentItemFragment,
  CoachCommentTarget,
  CoachReviewQuery,
} from '../../../gql/graphql';
import {
  useAddCoachComment,
  useCoachReview,
  useDeleteCoachComment,
  useEditCoachComment,
} from '../hooks/use-coach-review';
import { CoachCommentForm } from './coach-comment-form';
import './coach-review.css';

const PARTS: Record<CoachCommentTarget, { title: string; add: string; none: string }> = {
  QUESTION_LIST: {
    title: 'The question list',
    add: 'Comment on the question list',
    none: 'No comments on the questions yet.',
  },
  NOTES: {
    title: 'The notes',
    add: 'Comment on the notes',
    none: 'No comments on the notes yet.',
  },
};

function CommentItem({ comment }: { comment: CoachCommentItemFragment }) {
  const toast = useToast();
  const edit = useEditCoachComment();
  const remove = useDeleteCoachComment();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  async function deleteComment() {
    setProblem(null);
    try {
      await remove(comment.id);
      toast.show('The comment was removed.');
    } catch (error) {
      setProblem(messageFor(error));
    }
  }

  if (editing) {
    return (
      <li className="coach-review__comment">
        <CoachCommentForm
          label="Your comment"
          initialBody={comment.body}
          submitLabel="Save comment"
          busyLabel="Saving…"
          onSubmit={async (body) => {
            await edit(comment.id, body);
            setEditing(false);
            toast.show('The comment was saved.');
          }}
          onCancel={() => setEditing(false)}
        />
      </li>
    );
  }
  const edited = comment.updatedAt !== comment.createdAt;
  return (
    <li className="coach-review__comment">
      <p className="coach-review__body">{comment.body}</p>
      <p className="muted coach-review__meta">
        <span>
          {comment.mine ? 'You' : (comment.authorName ?? 'A former colleague')} ·{' '}
          <time dateTime={comment.updatedAt}>{formatDate(comment.updatedAt)}</time>
          {edited ? ' (edited)' : ''}
        </span>
        {comment.mine ? (
          <>
            <Button size="sm" variant="ghost" onClick={() => setEditing(true)}>
              Edit<VisuallyHidden> your comment</VisuallyHidden>
            </Button>
            <Button size="sm" variant="ghost" onClick={() => void deleteComment()}>
              Remove<VisuallyHidden> your comment</VisuallyHidden>
            </Button>
          </>
        ) : null}
      </p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
    </li>
  );
}

type Plan = CoachReviewQuery['meeting']['questionPlan'];
type Notes = NonNullable<CoachReviewQuery['meetingNotes']>;

/** The seeker's question list, as the coach reads it. */
function QuestionListReviewed({ plan }: { plan: Plan }) {
  if (plan.questionCount === 0) return <p className="muted">No questions prepared yet.</p>;
  return (
    <>
      <ol className="coach-review__reviewed">
        {plan.questions.map((q) => (
          <li key={q.id}>
            <span className="muted">{QUESTION_CATEGORY_TITLES[q.category]}:</span> {q.text}
          </li>
        ))}
      </ol>
      <p className="muted coach-review__meta">
        {plan.coversTheBases ? 'Covers every category.' : plan.hints[0]}
        {plan.fitsTheTime ? ' Fits the agreed minutes.' : ' Runs past the agreed minutes.'}
      </p>
    </>
  );
}

/** What the seeker wrote in meeting mode, as the coach reads it. */
function NotesReviewed({ notes }: { notes: Notes | null }) {
  const written = notes?.questions.filter((q) => q.asked || q.note.text) ?? [];
  if (!notes || (written.length === 0 && !notes.freeNotes.text)) {
    return <p className="muted">No notes taken yet.</p>;
  }
  return (
    <>
      {written.length > 0 ? (
        <ul className="coach-review__reviewed">
          {written.map((q) => (
            <li key={q.questionId}>
              {q.asked ? '✓ ' : ''}
              {q.question}
              {q.note.text ? <span className="muted"> — {q.note.text}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {notes.freeNotes.text ? (
        <p className="coach-review__free-notes">{notes.freeNotes.text}</p>
      ) : null}
    </>
  );
}

function ReviewPanel({
  meetingId,
  target,
  comments,
  headingLevel,
  reviewed,
}: {
  meetingId: string;
  target: CoachCommentTarget;
  comments: readonly CoachCommentItemFragment[];
  headingLevel: 3 | 4 | 5;
  /** What is being reviewed: the question list or the notes. */
  reviewed: ReactNode;
}) {
  const headingId = useId();
  const toast = useToast();
  const add = useAddCoachComment(meetingId);
  const part = PARTS[target];
  const Heading = `h${headingLevel}` as const;
  const mine = comments.filter((c) => c.target === target);
  return (
    <section className="coach-review__panel" aria-labelledby={headingId}>
      <Heading id={headingId} className="coach-review__title">
        {part.title}
      </Heading>
      {reviewed}
      {mine.length === 0 ? (
        <p className="muted">{part.none}</p>
      ) : (
        <ul className="coach-review__list" aria-label={`Comments on ${part.title.toLowerCase()}`}>
          {mine.map((comment) => (
            <CommentItem key={comment.id} comment={comment} />
          ))}
        </ul>
      )}
      <CoachCommentForm
        label={part.add}
        submitLabel="Add comment"
        busyLabel="Adding…"
        onSubmit={async (body) => {
          await add(target, body);
          toast.show('The comment was added; the seeker sees it on their meeting.');
        }}
      />
    </section>
  );
}

/**
 * Coach review of one of a seeker's meetings: what staff think of the
 * question list and of the notes. The seeker reads these on the meeting;
 * each coach edits and removes only their own.
 */
export function CoachReview({
  meetingId,
  headingLevel = 4,
}: {
  meetingId: string;
  headingLevel?: 3 | 4 | 5;
}) {
  const { comments, plan, notes, loading, problem, retry } = useCoachReview(meetingId);
  if (loading) return <LoadingIndicator label="Loading the comments…" />;
  if (!comments || !plan) {
    return problem ? (
      <RetryAlert title="The comments could not be loaded." message={problem} onRetry={retry} />
    ) : null;
  }
  return (
    <div className="coach-review">
      <ReviewPanel
        meetingId={meetingId}
        target="QUESTION_LIST"
        comments={comments}
        headingLevel={headingLevel}
        reviewed={<QuestionListReviewed plan={plan} />}
      />
      <ReviewPanel
        meetingId={meetingId}
        target="NOTES"
        comments={comments}
        headingLevel={headingLevel}
        reviewed={<NotesReviewed notes={notes} />}
      />
    </div>
  );
}
