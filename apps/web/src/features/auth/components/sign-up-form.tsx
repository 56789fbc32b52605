import { useValidatedForm } from '@rapport/client/use-validated-form';
import { PASSWORD_RULES, validateAccount } from '@rapport/domain';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import type { SessionUser } from '../hooks/use-current-user';
import { useSignUp } from '../hooks/use-session-actions';

const FIELDS = ['name', 'email', 'password'] as const;

export function SignUpForm({ onSignedUp }: { onSignedUp: (user: SessionUser) => void }) {
  const signUp = useSignUp();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { name: '', email: '', password: '' },
    validate: validateAccount,
    onValid: async (input) => onSignedUp(await signUp.run({ input })),
  });

  return (
    <form className="form-stack" noValidate onSubmit={form.submit}>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField label="Your name" autoComplete="name" {...form.text('name')} />
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        {...form.text('email')}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="new-password"
        hint={`At least ${PASSWORD_RULES.minLength} characters. A short sentence is easy to remember.`}
        {...form.text('password')}
      />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Creating your account…' : 'Create account'}
      </Button>
    </form>
  );
}
