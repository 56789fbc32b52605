import { normalizeEmail } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { useState, type FormEvent } from 'react';
import { useFormFeedback, ruleReport } from '@rapport/ui/use-form-feedback';
import { describeError } from '../../../lib/graphql-errors';
import type { SessionUser } from '../hooks/use-current-user';
import { useSignIn } from '../hooks/use-session-actions';

const FIELDS = ['email', 'password'] as const;
type Field = (typeof FIELDS)[number];
type Values = Record<Field, string>;

function checkValues(values: Values) {
  const email = normalizeEmail(values.email);
  if (!email.ok) return email.error;
  if (values.password.length === 0) {
    return { field: 'password', message: 'Enter your password.' };
  }
  return null;
}

export function SignInForm({ onSignedIn }: { onSignedIn: (user: SessionUser) => void }) {
  const [values, setValues] = useState<Values>({ email: '', password: '' });
  const [attempted, setAttempted] = useState(false);
  const feedback = useFormFeedback<Field>();
  const { signIn, loading } = useSignIn();

  function change(field: Field, value: string) {
    const next = { ...values, [field]: value };
    setValues(next);
    if (!attempted) return;
    const problem = checkValues(next);
    feedback.setFieldError(field, problem?.field === field ? problem.message : undefined);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAttempted(true);
    const problem = checkValues(values);
    if (problem) {
      feedback.show(ruleReport(problem, FIELDS));
      return;
    }
    feedback.clearAll();
    try {
      const user = await signIn({ email: values.email.trim(), password: values.password });
      onSignedIn(user);
    } catch (error) {
      feedback.show(describeError(error, FIELDS));
    }
  }

  return (
    <form className="form-stack" noValidate onSubmit={submit}>
      {feedback.formError ? <Alert tone="error">{feedback.formError}</Alert> : null}
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
        autoComplete="current-password"
        value={values.password}
        onChange={(event) => change('password', event.target.value)}
        error={feedback.fieldErrors.password}
      />
      <Button type="submit" variant="primary" busy={loading}>
        {loading ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
