import {
  QUESTION_CATEGORIES,
  QUESTION_CATEGORY_TITLES,
  QUESTION_TEXT_MAX,
  validateQuestion,
  type QuestionCategory,
} from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { FormActions } from '@rapport/ui/form-actions';
import { SelectField } from '@rapport/ui/select-field';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useEffect, useRef } from 'react';
import { useValidatedForm } from './use-validated-form';

const FIELDS = ['category', 'text'] as const;

export interface QuestionDraft {
  category: QuestionCategory;
  text: string;
}

const CATEGORY_OPTIONS = QUESTION_CATEGORIES.map((category) => ({
  value: category,
  label: QUESTION_CATEGORY_TITLES[category],
}));

export interface QuestionFormProps {
  initialValues: QuestionDraft;
  /** "Question" for staff, "Your question" for a seeker. */
  textLabel?: string;
  submitLabel: string;
  busyLabel: string;
  /** Receives the checked question; a rejection (the API's refusal) is shown on its field. */
  onSave: (question: QuestionDraft) => Promise<void>;
  /** Shows a Cancel button (inline editing). */
  onCancel?: () => void;
  /** Empties the text after a save, ready for the next question about the same thing. */
  resetAfterSave?: boolean;
  /** Puts the cursor in the text at once (inline editing). */
  autoFocusText?: boolean;
}

/**
 * A question and what it is about: the agency's bank and a seeker's own
 * list use the same form and the domain's own rule, so both say exactly
 * what the API would. The count under the text grows as the person types.
 */
export function QuestionForm({
  initialValues,
  textLabel = 'Question',
  submitLabel,
  busyLabel,
  onSave,
  onCancel,
  resetAfterSave,
  autoFocusText,
}: QuestionFormProps) {
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues,
    validate: validateQuestion,
    async onValid(question) {
      await onSave(question);
      if (resetAfterSave) form.reset({ category: question.category, text: '' });
    },
  });
  const length = form.values.text.trim().length;
  const textField = form.text('text');
  const textArea = useRef<HTMLTextAreaElement | null>(null);
  // Editing in place: the cursor goes to the words the person came to change.
  useEffect(() => {
    if (autoFocusText) textArea.current?.focus();
  }, [autoFocusText]);

  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <SelectField
        label="About"
        options={CATEGORY_OPTIONS}
        {...form.bind('category')}
        value={form.values.category}
        onChange={(event) => form.change('category', event.target.value as QuestionCategory)}
      />
      <TextAreaField
        label={textLabel}
        rows={2}
        hint={`${length} of ${QUESTION_TEXT_MAX} characters${length > QUESTION_TEXT_MAX ? ': too long' : ''}.`}
        {...textField}
        ref={(element: HTMLTextAreaElement | null) => {
          textField.ref(element);
          textArea.current = element;
        }}
      />
      <FormActions>
        {onCancel ? <Button onClick={onCancel}>Cancel</Button> : null}
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? busyLabel : submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
