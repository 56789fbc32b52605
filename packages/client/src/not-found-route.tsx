import { buttonClassName } from '@rapport/ui/button';
import { NotFoundPage } from '@rapport/ui/not-found-page';
import { Link } from 'react-router';

/**
 * The catch-all route of either app; it needs the router, so it lives here
 * rather than in ui. `homePath` (the list of companies) comes from the app's paths.
 */
export default function NotFoundRoute({
  siteName,
  homePath,
}: {
  siteName: string;
  homePath: string;
}) {
  const home = (
    <Link to={homePath} className={buttonClassName('primary')}>
      Go to companies
    </Link>
  );
  return (
    <NotFoundPage siteName={siteName} action={home}>
      Check the link, or start again from the list of companies.
    </NotFoundPage>
  );
}
