import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { checkExpertQuestion, EXPERT_QUESTION_LIMITS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { SelectField } from '@rapport/ui/select-field';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useId, useState } from 'react';
import { formatDate } from '@rapport/client/format';
import { useAskTheExperts } from '../hooks/use-ask-the-experts';
import { useMeetingChoices } from '../hooks/use-expert-questions';

const FIELDS = ['question', 'meetingId'] as const;
interface Values {
  question: string;
  meetingId: string;
}
const EMPTY: Values = { question: '', meetingId: '' };

function validate(values: Values): Verdict<{ question: string; meetingId: string | null }> {
  const question = checkExpertQuestion(values.question);
  if (!question.ok) return question;
  return { ok: true, value: { question: question.value, meetingId: values.meetingId || null } };
}

/** A question for the agency's experts, optionally about one of the seeker's meetings. */
export function AskExpertsForm() {
  const headingId = useId();
  const ask = useAskTheExperts();
  const meetings = useMeetingChoices();
  const [sent, setSent] = useState('');
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate,
    onValid: async ({ question, meetingId }) => {
      setSent('');
      await ask(question, meetingId);
      form.reset();
      setSent('Your question is on its way. The answer will appear in your list.');
    },
  });
  const left = EXPERT_QUESTION_LIMITS.question - form.values.question.length;

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} className="experts-section__title">
        Ask a question
      </h2>
      <p className="muted experts-section__lead">
        The agency’s coaches answer questions about landing and running informational interviews:
        who to call, what to say, what to do after.
      </p>
      <form className="form-stack" noValidate onSubmit={form.submit}>
        {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
        <TextAreaField
          label="Your question"
          rows={5}
          maxLength={EXPERT_QUESTION_LIMITS.question}
          hint={
            left < 200
              ? `${left.toLocaleString('en')} characters left.`
              : `Up to ${EXPERT_QUESTION_LIMITS.question.toLocaleString('en')} characters.`
          }
          {...form.text('question')}
        />
        <SelectField
          label="About a meeting"
          optional
          options={[
            { value: '', label: 'Not about one meeting' },
            ...meetings.map((meeting) => ({
              value: meeting.id,
              label: `${meeting.contact.fullName} · ${formatDate(meeting.startsAt)}`,
            })),
          ]}
          {...form.text('meetingId')}
        />
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Sending…' : 'Send to the experts'}
        </Button>
        <p role="status" className="muted">
          {sent}
        </p>
      </form>
    </section>
  );
}
