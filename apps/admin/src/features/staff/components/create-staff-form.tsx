import { PASSWORD_RULES, STAFF_ROLES, validateAccount } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { SelectField } from '@rapport/ui/select-field';
import { TextField } from '@rapport/ui/text-field';
import { useToast } from '@rapport/ui/toast';
import { ruleReport, useFormFeedback } from '@rapport/ui/use-form-feedback';
import { useState, type FormEvent } from 'react';
import type { Role } from '../../../gql/graphql';
import { describeError } from '../../../lib/graphql-errors';
import { useCreateStaffAccount } from '../hooks/use-create-staff-account';
import { ROLE_LABELS } from './role-labels';

const FIELDS = ['name', 'email', 'password', 'role'] as const;
type Field = (typeof FIELDS)[number];
type Values = { name: string; email: string; password: string; role: Role };

const EMPTY: Values = { name: '', email: '', password: '', role: 'STAFF' };

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

export function CreateStaffForm() {
  const [values, setValues] = useState<Values>(EMPTY);
  const [attempted, setAttempted] = useState(false);
  const feedback = useFormFeedback<Field>();
  const { createStaffAccount, loading } = useCreateStaffAccount();
  const toast = useToast();

  function change<K extends keyof Values>(field: K, value: Values[K]) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!attempted) return;
    const result = validateAccount(next);
    feedback.setFieldError(
      field,
      !result.ok && result.error.field === field ? result.error.message : undefined,
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const result = validateAccount(values);
    if (!result.ok) {
      feedback.show(ruleReport(result.error, FIELDS));
      return;
    }
    feedback.clearAll();
    try {
      const created = await createStaffAccount({ ...result.value, role: values.role });
      toast.show(
        `Account created for ${created.name} (${ROLE_LABELS[created.role]}). They can sign in now.`,
      );
      setValues(EMPTY);
      setAttempted(false);
    } catch (error) {
      feedback.show(describeError(error, FIELDS));
    }
  }

  return (
    <form className="form-stack" noValidate onSubmit={submit} aria-labelledby="new-staff-title">
      <h2 id="new-staff-title" className="section-title">
        Add a staff account
      </h2>
      {feedback.formError ? <Alert tone="error">{feedback.formError}</Alert> : null}
      <TextField
        ref={feedback.register('name')}
        label="Full name"
        name="name"
        autoComplete="off"
        value={values.name}
        onChange={(event) => change('name', event.target.value)}
        error={feedback.fieldErrors.name}
      />
      <TextField
        ref={feedback.register('email')}
        label="Work email"
        type="email"
        name="email"
        autoComplete="off"
        value={values.email}
        onChange={(event) => change('email', event.target.value)}
        error={feedback.fieldErrors.email}
      />
      <TextField
        ref={feedback.register('password')}
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_RULES.minLength} characters. Give it to them in person or by phone.`}
        value={values.password}
        onChange={(event) => change('password', event.target.value)}
        error={feedback.fieldErrors.password}
      />
      <SelectField
        ref={feedback.register('role')}
        label="Role"
        name="role"
        hint="Administrators can also add staff accounts."
        options={ROLE_OPTIONS}
        value={values.role}
        onChange={(event) =>
          change('role', STAFF_ROLES.find((role) => role === event.target.value) ?? 'STAFF')
        }
        error={feedback.fieldErrors.role}
      />
      <Button type="submit" variant="primary" busy={loading}>
        {loading ? 'Creating account…' : 'Create account'}
      </Button>
    </form>
  );
}
