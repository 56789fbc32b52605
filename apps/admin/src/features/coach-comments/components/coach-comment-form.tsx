import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { checkCoachComment, COACH_COMMENT_LIMITS } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { FormActions } from '@rapport/ui/form-actions';
import { TextAreaField } from '@rapport/ui/text-area-field';

const FIELDS = ['body'] as const;

function validate(values: { body: string }): Verdict<string> {
  return checkCoachComment(values.body);
}

export interface CoachCommentFormProps {
  label: string;
  initialBody?: string;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (body: string) => Promise<void>;
  onCancel?: () => void;
}

/** Writing or rewriting a comment, checked with the domain's rule. */
export function CoachCommentForm({
  label,
  initialBody = '',
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: CoachCommentFormProps) {
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { body: initialBody },
    validate,
    onValid: async (body) => {
      await onSubmit(body);
      form.reset();
    },
  });
  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextAreaField
        label={label}
        rows={3}
        maxLength={COACH_COMMENT_LIMITS.body}
        {...form.text('body')}
      />
      <FormActions>
        {onCancel ? (
          <Button size="sm" onClick={onCancel}>
            Cancel
          </Button>
        ) : null}
        <Button type="submit" size="sm" variant="primary" busy={form.submitting}>
          {form.submitting ? busyLabel : submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
