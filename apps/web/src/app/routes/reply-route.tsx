import { CentredLayout } from '@rapport/ui/centred-layout';
import { Brand, brandClassName } from '@rapport/ui/page-layout';
import { useParams } from 'react-router';
import { ReplyPage } from '../../features/scheduling/components/reply-page';

/**
 * The page a scheduling link opens, for someone without an account: outside
 * the signed-in layout, and not bounced to the dashboard when the browser
 * happens to be signed in.
 */
export default function ReplyRoute() {
  const { token = '' } = useParams();
  return (
    <CentredLayout
      brand={
        <span className={brandClassName}>
          <Brand name="Rapport" tagline="meeting requests" />
        </span>
      }
    >
      <ReplyPage token={token} />
    </CentredLayout>
  );
}
