import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { CONTACT_LIMITS, validateContact } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { CheckboxField } from '@rapport/ui/checkbox-field';
import { FormActions } from '@rapport/ui/form-actions';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { TextField } from '@rapport/ui/text-field';
import type { ContactDetailsFragment, ContactInput } from '../../../gql/graphql';
import { CompanyPicker } from './company-picker';
import './contact-form.css';

// Named as the API's input names them, so its refusals land on the right field.
const FIELDS = [
  'fullName',
  'companyId',
  'title',
  'email',
  'phone',
  'mailingAddress',
  'tags',
  'notes',
  'sharedWithSeekers',
] as const satisfies readonly (keyof ContactFormValues)[];

export interface ContactFormValues {
  fullName: string;
  /** The chosen company with its name, so the picker can show it before any search. */
  companyId: { id: string; name: string } | null;
  title: string;
  email: string;
  phone: string;
  mailingAddress: string;
  tags: string;
  notes: string;
  sharedWithSeekers: boolean;
}

export const EMPTY_CONTACT: ContactFormValues = {
  fullName: '',
  companyId: null,
  title: '',
  email: '',
  phone: '',
  mailingAddress: '',
  tags: '',
  notes: '',
  sharedWithSeekers: true,
};

export function contactFormValues(contact: ContactDetailsFragment): ContactFormValues {
  return {
    fullName: contact.fullName,
    companyId: contact.company ? { id: contact.company.id, name: contact.company.name } : null,
    title: contact.title ?? '',
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    mailingAddress: contact.mailingAddress ?? '',
    tags: contact.tags.join(', '),
    notes: contact.notes ?? '',
    sharedWithSeekers: contact.sharedWithSeekers,
  };
}

/** The domain's contact rules, with its `name` field called `fullName` as in the API. */
function validate(values: ContactFormValues): Verdict<ContactInput> {
  const checked = validateContact({
    name: values.fullName,
    title: values.title,
    email: values.email,
    phone: values.phone,
    mailingAddress: values.mailingAddress,
    notes: values.notes,
    tags: values.tags.split(/[,;]/),
  });
  if (!checked.ok) {
    const { message, field } = checked.error;
    return { ok: false, error: { message, field: field === 'name' ? 'fullName' : field } };
  }
  const { name, ...details } = checked.value;
  return {
    ok: true,
    value: {
      ...details,
      fullName: name,
      companyId: values.companyId?.id ?? null,
      sharedWithSeekers: values.sharedWithSeekers,
    },
  };
}

export interface ContactFormProps {
  initialValues: ContactFormValues;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (input: ContactInput) => Promise<void>;
  onCancel: () => void;
}

/** Adding and editing a contact share this form and the domain's rules. */
export function ContactForm({
  initialValues,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: ContactFormProps) {
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues,
    validate,
    onValid: onSubmit,
  });

  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Full name"
        autoComplete="off"
        maxLength={CONTACT_LIMITS.name}
        {...form.text('fullName')}
      />
      <CompanyPicker
        label="Company"
        noneLabel="No company"
        value={form.values.companyId}
        onChange={(next) => form.change('companyId', next)}
        {...form.bind('companyId')}
      />
      <div className="contact-form__pair">
        <TextField
          label="Title"
          optional
          autoComplete="off"
          maxLength={CONTACT_LIMITS.title}
          {...form.text('title')}
        />
        <TextField label="Email" optional type="email" autoComplete="off" {...form.text('email')} />
      </div>
      <TextField
        label="Phone"
        optional
        type="tel"
        autoComplete="off"
        maxLength={CONTACT_LIMITS.phone}
        {...form.text('phone')}
      />
      <TextAreaField
        label="Mailing address"
        optional
        rows={2}
        hint="Where the seeker's handwritten thank-you card goes."
        maxLength={CONTACT_LIMITS.mailingAddress}
        {...form.text('mailingAddress')}
      />
      <TextField
        label="Tags"
        optional
        autoComplete="off"
        hint="Separate tags with commas, for example: engineering, warm lead."
        {...form.text('tags')}
      />
      <TextAreaField
        label="Notes"
        optional
        rows={3}
        maxLength={CONTACT_LIMITS.notes}
        {...form.text('notes')}
      />
      <CheckboxField
        {...form.bind('sharedWithSeekers')}
        label="Seekers can see this contact"
        hint="Leave it unticked to keep the contact for agency staff only."
        checked={form.values.sharedWithSeekers}
        onChange={(event) => form.change('sharedWithSeekers', event.target.checked)}
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
