import { PageHeading } from '@rapport/ui/page-heading';
import { NetworkExplorer } from '../../features/network-explorer/components/network-explorer';
import { SITE_NAME } from '../site';

/** The graph explorer; its renderer and graph libraries load with this page only. */
export default function NetworkRoute() {
  return (
    <>
      <PageHeading
        title="Network"
        siteName={SITE_NAME}
        lead="Who knows whom among the agency’s contacts: centre on a company or a person, filter the links, find the path between two people and export what is shown."
      />
      <NetworkExplorer />
    </>
  );
}
