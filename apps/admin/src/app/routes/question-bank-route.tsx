import { PageHeading } from '@rapport/ui/page-heading';
import { QuestionBankPanel } from '../../features/question-bank/components/question-bank-panel';
import { SITE_NAME } from '../site';

export default function QuestionBankRoute() {
  return (
    <>
      <PageHeading
        title="Question bank"
        siteName={SITE_NAME}
        lead="The questions seekers pick from when they prepare a meeting, by what they are about. Seekers see each category in this order; a retired question stays on the lists that already took it."
      />
      <QuestionBankPanel />
    </>
  );
}
