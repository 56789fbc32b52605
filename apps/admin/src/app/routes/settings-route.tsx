import { PageHeading } from '@rapport/ui/page-heading';
import { SettingsPanel } from '../../features/settings/components/settings-panel';
import { SITE_NAME } from '../site';

export default function SettingsRoute() {
  return (
    <>
      <PageHeading
        title="Settings"
        siteName={SITE_NAME}
        lead="Rules that apply to every seeker the agency coaches."
      />
      <SettingsPanel />
    </>
  );
}
