import { COMPANY_LIMITS, validateCompany, type CompanyDetails } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { ruleReport, useFormFeedback } from '@rapport/ui/use-form-feedback';
import { useState, type FormEvent } from 'react';
import { describeError } from '../../../lib/graphql-errors';

const FIELDS = ['name', 'website', 'industry', 'officeAddress'] as const;
type Field = (typeof FIELDS)[number];
export type CompanyFormValues = Record<Field, string>;

export const EMPTY_COMPANY: CompanyFormValues = {
  name: '',
  website: '',
  industry: '',
  officeAddress: '',
};

export interface CompanyFormProps {
  initialValues: CompanyFormValues;
  submitLabel: string;
  busyLabel: string;
  /** Receives the checked, normalised details; a rejection is shown on the form. */
  onSubmit: (details: CompanyDetails) => Promise<void>;
  onCancel: () => void;
}

/** Adding and editing a company share this form and the domain's rules. */
export function CompanyForm({
  initialValues,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: CompanyFormProps) {
  const [values, setValues] = useState(initialValues);
  const [attempted, setAttempted] = useState(false);
  const [saving, setSaving] = useState(false);
  const feedback = useFormFeedback<Field>();

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!attempted) return;
    const result = validateCompany(next);
    feedback.setFieldError(
      field,
      !result.ok && result.error.field === field ? result.error.message : undefined,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const result = validateCompany(values);
    if (!result.ok) {
      feedback.show(ruleReport(result.error, FIELDS));
      return;
    }
    feedback.clearAll();
    setSaving(true);
    try {
      await onSubmit(result.value);
    } catch (error) {
      feedback.show(describeError(error, FIELDS));
    } finally {
      setSaving(false);
    }
  }

  const field = (name: Field) => ({
    ref: feedback.register(name),
    name,
    value: values[name],
    error: feedback.fieldErrors[name],
    onChange: (event: { target: { value: string } }) => change(name, event.target.value),
  });

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      {feedback.formError ? <Alert tone="error">{feedback.formError}</Alert> : null}
      <TextField
        label="Company name"
        autoComplete="organization"
        maxLength={COMPANY_LIMITS.name}
        {...field('name')}
      />
      <TextField
        label="Website"
        optional
        type="url"
        inputMode="url"
        autoComplete="url"
        hint="For example acme.com; https:// is added for you."
        maxLength={COMPANY_LIMITS.website}
        {...field('website')}
      />
      <TextField
        label="Industry"
        optional
        maxLength={COMPANY_LIMITS.industry}
        {...field('industry')}
      />
      <TextField
        label="Office address"
        optional
        autoComplete="street-address"
        hint="Where meetings happen, and where thank-you cards are sent."
        maxLength={COMPANY_LIMITS.officeAddress}
        {...field('officeAddress')}
      />
      <div className="form-actions">
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? busyLabel : submitLabel}
        </Button>
      </div>
    </form>
  );
}
