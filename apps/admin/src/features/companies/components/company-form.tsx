import { useValidatedForm } from '@rapport/client/use-validated-form';
import { COMPANY_LIMITS, validateCompany, type CompanyDetails } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { FormActions } from '@rapport/ui/form-actions';
import { TextField } from '@rapport/ui/text-field';

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
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues,
    validate: validateCompany,
    onValid: onSubmit,
  });

  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Company name"
        autoComplete="organization"
        maxLength={COMPANY_LIMITS.name}
        {...form.text('name')}
      />
      <TextField
        label="Website"
        optional
        type="url"
        inputMode="url"
        autoComplete="url"
        hint="For example acme.com; https:// is added for you."
        maxLength={COMPANY_LIMITS.website}
        {...form.text('website')}
      />
      <TextField
        label="Industry"
        optional
        maxLength={COMPANY_LIMITS.industry}
        {...form.text('industry')}
      />
      <TextField
        label="Office address"
        optional
        autoComplete="street-address"
        hint="Where meetings happen, and where thank-you cards are sent."
        maxLength={COMPANY_LIMITS.officeAddress}
        {...form.text('officeAddress')}
      />
      <FormActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? busyLabel : submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
