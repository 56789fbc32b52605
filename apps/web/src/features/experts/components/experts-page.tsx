import { AskExpertsForm } from './ask-experts-form';
import { ExpertQuestionList } from './expert-question-list';
import './experts.css';

/** The form beside the seeker's questions and answers. */
export function ExpertsPage() {
  return (
    <div className="experts-page">
      <AskExpertsForm />
      <ExpertQuestionList />
    </div>
  );
}
