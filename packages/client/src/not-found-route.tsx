import { buttonClassName } from '@rapport/ui/button';
import { NotFoundPage } from '@rapport/ui/not-found-page';
import { Link } from 'react-router';

/**
 * The catch-all route of either app; it needs the router, so it lives here
 * rather than in ui. `homePath` comes from the app's paths, and `homeName`
 * says what is there ("the list of companies", "your dashboard").
 */
export default function NotFoundRoute({
  siteName,
  homePath,
  homeName = 'the list of companies',
  homeLabel = 'Go to companies',
}: {
  siteName: string;
  homePath: string;
  homeName?: string;
  homeLabel?: string;
}) {
  const home = (
    <Link to={homePath} className={buttonClassName('primary')}>
      {homeLabel}
    </Link>
  );
  return (
    <NotFoundPage siteName={siteName} action={home}>
      Check the link, or start again from {homeName}.
    </NotFoundPage>
  );
}
