import { buttonClassName } from '@rapport/ui/button';
import { NotFoundPage } from '@rapport/ui/not-found-page';
import { Link } from 'react-router';
import { HOME_PATH } from './sign-in-navigation';

/** The catch-all route of either app; it needs the router, so it lives here rather than in ui. */
export default function NotFoundRoute({ siteName }: { siteName: string }) {
  const home = (
    <Link to={HOME_PATH} className={buttonClassName('primary')}>
      Go to companies
    </Link>
  );
  return (
    <NotFoundPage siteName={siteName} action={home}>
      Check the link, or start again from the list of companies.
    </NotFoundPage>
  );
}
