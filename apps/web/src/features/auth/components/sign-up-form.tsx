import { PASSWORD_RULES, validateAccount } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { useState, type FormEvent } from 'react';
import { ruleReport, useFormFeedback } from '@rapport/ui/use-form-feedback';
import { describeError } from '../../../lib/graphql-errors';
import type { SessionUser } from '../hooks/use-current-user';
import { useSignUp } from '../hooks/use-session-actions';

const FIELDS = ['name', 'email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

export function SignUpForm({ onSignedUp }: { onSignedUp: (user: SessionUser) => void }) {
  const [values, setValues] = useState<Values>({ name: '', email: '', password: '' });
  const [attempted, setAttempted] = useState(false);
  const feedback = useFormFeedback<Field>();
  const { signUp, loading } = useSignUp();

  function change(field: Field, value: string) {
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
      onSignedUp(await signUp(result.value));
    } catch (error) {
      feedback.show(describeError(error, FIELDS));
    }
  }

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      {feedback.formError ? <Alert tone="error">{feedback.formError}</Alert> : null}
      <TextField
        ref={feedback.register('name')}
        label="Your name"
        name="name"
        autoComplete="name"
        value={values.name}
        onChange={(event) => change('name', event.target.value)}
        error={feedback.fieldErrors.name}
      />
      <TextField
        ref={feedback.register('email')}
        label="Email"
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
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
        hint={`At least ${PASSWORD_RULES.minLength} characters. A short sentence is easy to remember.`}
        value={values.password}
        onChange={(event) => change('password', event.target.value)}
        error={feedback.fieldErrors.password}
      />
      <Button type="submit" variant="primary" busy={loading}>
        {loading ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
