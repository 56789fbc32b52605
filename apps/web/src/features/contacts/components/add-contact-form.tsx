import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { CONTACT_LIMITS, validateContact } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { FormActions } from '@rapport/ui/form-actions';
import { SelectField } from '@rapport/ui/select-field';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { TextField } from '@rapport/ui/text-field';
import type { ContactInput } from '../../../gql/graphql';
import { useCompanyOptions } from '../hooks/use-create-contact';

// Named as the API names them, so its refusals land on the right field.
const FIELDS = [
  'fullName',
  'title',
  'companyId',
  'email',
  'phone',
  'mailingAddress',
  'notes',
] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

const EMPTY: Values = {
  fullName: '',
  title: '',
  companyId: '',
  email: '',
  phone: '',
  mailingAddress: '',
  notes: '',
};

/** The domain's contact rules, with its `name` field called what the form and the API call it. */
function validate(values: Values): Verdict<ContactInput> {
  const checked = validateContact({ ...values, name: values.fullName });
  if (!checked.ok) {
    const { message, field } = checked.error;
    return { ok: false, error: { message, field: field === 'name' ? 'fullName' : field } };
  }
  const { name, title, email, phone, mailingAddress, notes } = checked.value;
  return {
    ok: true,
    value: {
      fullName: name,
      title,
      email,
      phone,
      mailingAddress,
      notes,
      companyId: values.companyId || null,
    },
  };
}

export interface AddContactFormProps {
  /** Starts with this company chosen, as from a company's page. */
  companyId?: string | null;
  /** Receives the checked input; a rejection is shown on the form. */
  onSubmit: (input: ContactInput) => Promise<void>;
  onCancel: () => void;
}

export function AddContactForm({ companyId, onSubmit, onCancel }: AddContactFormProps) {
  const companies = useCompanyOptions();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { ...EMPTY, companyId: companyId ?? '' },
    validate,
    onValid: onSubmit,
  });
  const companyChoices = [
    { value: '', label: companies.loading ? 'Loading companies…' : 'No company' },
    ...companies.companies.map((company) => ({ value: company.id, label: company.name })),
  ];

  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Full name"
        autoComplete="off"
        maxLength={CONTACT_LIMITS.name}
        {...form.text('fullName')}
      />
      <TextField
        label="Job title"
        optional
        hint="For example Operations Manager."
        maxLength={CONTACT_LIMITS.title}
        {...form.text('title')}
      />
      <SelectField
        label="Company"
        optional
        options={companyChoices}
        hint={
          companies.error
            ? 'The companies could not be loaded; you can add the contact without one.'
            : undefined
        }
        {...form.text('companyId')}
      />
      <TextField
        label="Email"
        optional
        type="email"
        inputMode="email"
        autoComplete="off"
        {...form.text('email')}
      />
      <TextField
        label="Phone"
        optional
        type="tel"
        inputMode="tel"
        autoComplete="off"
        hint="For example +1 555 010 2030."
        maxLength={CONTACT_LIMITS.phone}
        {...form.text('phone')}
      />
      <TextAreaField
        label="Office mailing address"
        optional
        rows={2}
        hint="Where your handwritten thank-you card will go."
        maxLength={CONTACT_LIMITS.mailingAddress}
        {...form.text('mailingAddress')}
      />
      <TextAreaField
        label="Notes"
        optional
        hint="How you know them, or who gave you their name."
        {...form.text('notes')}
      />
      <FormActions>
        <Button onClick={onCancel}>Cancel</Button>
        <Button type="submit" variant="primary" busy={form.submitting}>
          {form.submitting ? 'Adding…' : 'Add contact'}
        </Button>
      </FormActions>
    </form>
  );
}
