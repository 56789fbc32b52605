import { PageHeading } from '@rapport/ui/page-heading';
import { MyNetwork } from '../../features/network/components/my-network';
import { SITE_NAME } from '../site';

export default function NetworkRoute() {
  return (
    <>
      <PageHeading
        title="My network"
        siteName={SITE_NAME}
        lead="The people you met, the names they gave you and how far each went, and who could introduce you at the companies you are aiming for."
      />
      <MyNetwork />
    </>
  );
}
