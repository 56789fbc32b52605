import { PageHeading } from '@rapport/ui/page-heading';
import { ApiKeysPanel } from '../../features/api-keys/components/api-keys-panel';
import { SITE_NAME } from '../site';
import { AdminOnly } from './admin-only';

export default function ApiKeysRoute() {
  return (
    <AdminOnly title="API keys">
      <PageHeading
        title="API keys"
        siteName={SITE_NAME}
        lead={
          <>
            Keys let partners’ programs read Rapport through the API, within their scopes. The
            partner documentation is at <a href="/api">/api</a>.
          </>
        }
      />
      <ApiKeysPanel />
    </AdminOnly>
  );
}
