import { useValidatedForm } from '@rapport/client/use-validated-form';
import { PASSWORD_RULES, STAFF_ROLES, validateAccount } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { SelectField } from '@rapport/ui/select-field';
import { TextField } from '@rapport/ui/text-field';
import { useToast } from '@rapport/ui/toast';
import type { Role } from '../../../gql/graphql';
import { useCreateStaffAccount } from '../hooks/use-create-staff-account';
import { ROLE_LABELS } from './role-labels';
import './create-staff-form.css';

const FIELDS = ['name', 'email', 'password', 'role'] as const;
type Values = { name: string; email: string; password: string; role: Role };

const EMPTY: Values = { name: '', email: '', password: '', role: 'STAFF' };

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateStaffForm() {
  const { createStaffAccount } = useCreateStaffAccount();
  const toast = useToast();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate: (values: Values) => {
      const result = validateAccount(values);
      return result.ok ? { ok: true, value: { ...result.value, role: values.role } } : result;
    },
    onValid: async (input) => {
      const created = await createStaffAccount(input);
      toast.show(
        `Account created for ${created.name} (${ROLE_LABELS[created.role]}). They can sign in now.`,
      );
      form.reset();
    },
  });

  return (
    <form
      className="form-stack"
      noValidate
      onSubmit={form.submit}
      aria-labelledby="new-staff-title"
    >
      <h2 id="new-staff-title" className="section-title">
        Add a staff account
      </h2>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField label="Full name" autoComplete="off" {...form.text('name')} />
      <TextField label="Work email" type="email" autoComplete="off" {...form.text('email')} />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_RULES.minLength} characters. Give it to them in person or by phone.`}
        {...form.text('password')}
      />
      <SelectField
        label="Role"
        hint="Administrators can also add staff accounts."
        options={ROLE_OPTIONS}
        {...form.bind('role')}
        value={form.values.role}
        onChange={(event) =>
          form.change('role', STAFF_ROLES.find((role) => role === event.target.value) ?? 'STAFF')
        }
      />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
