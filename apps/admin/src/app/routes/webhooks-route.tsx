import { PageHeading } from '@rapport/ui/page-heading';
import { WebhooksPanel } from '../../features/webhooks/components/webhooks-panel';
import { SITE_NAME } from '../site';
import { AdminOnly } from './admin-only';

export default function WebhooksRoute() {
  return (
    <AdminOnly title="Webhooks">
      <PageHeading
        title="Webhooks"
        siteName={SITE_NAME}
        lead="Addresses that receive signed notices when things change, and how each delivery went."
      />
      <WebhooksPanel />
    </AdminOnly>
  );
}
