import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { checkExpertAnswer, EXPERT_QUESTION_LIMITS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { FormActions } from '@rapport/ui/form-actions';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useToast } from '@rapport/ui/toast';
import { useAnswerExpertQuestion } from '../hooks/use-expert-inbox';

const FIELDS = ['answer'] as const;

function validate(values: { answer: string }): Verdict<string> {
  return checkExpertAnswer(values.answer);
}

/** The answer to one waiting question; checked with the domain's rule as it is typed. */
export function AnswerForm({ questionId, seekerName }: { questionId: string; seekerName: string }) {
  const toast = useToast();
  const answer = useAnswerExpertQuestion();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { answer: '' },
    validate,
    onValid: async (text) => {
      await answer(questionId, text);
      toast.show(`Your answer was sent to ${seekerName}.`);
    },
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={`Answer to ${seekerName}`}
        rows={4}
        maxLength={EXPERT_QUESTION_LIMITS.answer}
        hint="The seeker sees it on their Ask the experts page. An answer is final."
        {...form.text('answer')}
      />
      <FormActions>
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Sending…' : 'Send answer'}
        </Button>
      </FormActions>
    </form>
  );
}
