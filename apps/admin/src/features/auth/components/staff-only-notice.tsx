import { Alert } from '@rapport/ui/alert';
import { buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { seekerAppUrls } from '../../../config/paths';
import type { SessionUser } from '../hooks/use-current-user';
import { SignOutButton } from './sign-out-button';
import './staff-only-notice.css';

/**
 * Shown to a job seeker who reaches the dashboard. They keep their session
 * (it is shared with the seeker app) and get a way back, or a way to switch accounts.
 */
export function StaffOnlyNotice({
  user,
  onSignedOut,
}: {
  user: SessionUser;
  onSignedOut: () => void | Promise<void>;
}) {
  return (
    <Card className="staff-only">
      <Alert tone="warning" title="This dashboard is for agency staff.">
        <p>
          You are signed in as {user.name} ({user.email}), a job-seeker account. Your companies and
          interviews are in the Rapport app for job seekers.
        </p>
      </Alert>
      <div className="staff-only__actions">
        {/* A full page load on purpose: the seeker app is a separate application. */}
        <a href={seekerAppUrls.home} className={buttonClassName('primary')}>
          Go to the job-seeker app
        </a>
        <SignOutButton onSignedOut={onSignedOut} label="Sign in with a staff account" size="md" />
      </div>
    </Card>
  );
}
