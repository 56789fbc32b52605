import { PageHeading } from '@rapport/ui/page-heading';
import { ThankYouCardList } from '../../features/thank-you/components/thank-you-card-list';
import { SITE_NAME } from '../site';

export default function ThankYouCardsRoute() {
  return (
    <>
      <PageHeading
        title="Thank-you cards"
        siteName={SITE_NAME}
        lead="A handwritten card within two business days of each meeting keeps you in their mind."
      />
      <ThankYouCardList />
    </>
  );
}
