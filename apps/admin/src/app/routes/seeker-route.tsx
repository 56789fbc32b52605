import { formatDate } from '@rapport/client/format';
import { buttonClassName } from '@rapport/ui/button';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { PageHeading } from '@rapport/ui/page-heading';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { Link, useParams } from 'react-router';
import { CoachReview } from '../../features/coach-comments/components/coach-review';
import {
  SeekerAsks,
  SeekerExpertQuestions,
  SeekerHiringAlerts,
  SeekerMeetings,
  SeekerNotFound,
  SeekerReferrals,
  SeekerThankYouCards,
} from '../../features/seekers/components/seeker-sections';
import { useSeekerProfile } from '../../features/seekers/hooks/use-seekers';
import { paths } from '../../config/paths';
import { SITE_NAME } from '../site';

const review = (meetingId: string) => <CoachReview meetingId={meetingId} headingLevel={4} />;

/**
 * A seeker's page: their meetings (each with the coach review of its
 * question list and notes), the names they collected and their follow-ups,
 * thank-you notes, asks, hiring alerts and questions to the experts.
 */
export default function SeekerRoute() {
  const { seekerId = '' } = useParams();
  const { seeker, loading, notFound, problem, retry } = useSeekerProfile(seekerId);
  return (
    <>
      <p className="back-link">
        <Link to={paths.seekers.href()}>
          <span aria-hidden="true">← </span>All seekers
        </Link>
      </p>
      <PageHeading
        title={seeker?.name ?? (notFound ? 'Seeker not found' : 'Seeker')}
        siteName={SITE_NAME}
        lead={
          seeker ? (
            <>
              {seeker.email} · joined{' '}
              <time dateTime={seeker.createdAt}>{formatDate(seeker.createdAt)}</time>
            </>
          ) : undefined
        }
      />
      {loading ? <LoadingIndicator label="Loading the seeker…" /> : null}
      {seeker ? (
        <div className="seeker-page">
          <SeekerMeetings seekerId={seeker.id} renderReview={review} />
          <SeekerReferrals seekerId={seeker.id} />
          <SeekerThankYouCards seekerId={seeker.id} />
          <SeekerAsks seekerId={seeker.id} />
          <SeekerHiringAlerts seekerId={seeker.id} />
          <SeekerExpertQuestions seekerId={seeker.id} />
        </div>
      ) : null}
      {notFound ? (
        <SeekerNotFound
          action={
            <Link to={paths.seekers.href()} className={buttonClassName('primary')}>
              Go to the seekers list
            </Link>
          }
        />
      ) : null}
      {problem && !notFound && !seeker ? (
        <RetryAlert title="This seeker could not be loaded." message={problem} onRetry={retry} />
      ) : null}
    </>
  );
}
