import { normalizeEmail } from '@rapport/domain';
import type { SignInFormProps } from '@rapport/ui/sign-in-form';
import { useValidatedForm, type Verdict } from './use-validated-form';

const FIELDS = ['email', 'password'] as const;

export interface Credentials {
  email: string;
  password: string;
}

/** Only what can be told before asking the server: a plausible email, and some password. */
function checkCredentials(values: Credentials): Verdict<Credentials> {
  const email = normalizeEmail(values.email);
  if (!email.ok) return email;
  if (values.password.length === 0) {
    return { ok: false, error: { field: 'password', message: 'Enter your password.' } };
  }
  return { ok: true, value: { email: values.email.trim(), password: values.password } };
}

/**
 * The state and rules of the sign-in form of either app, ready to spread on
 * @rapport/ui's SignInForm. `signIn` does the app's own sign-in; if it throws,
 * the form shows why.
 */
export function useSignInForm(
  signIn: (credentials: Credentials) => Promise<void>,
): SignInFormProps {
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { email: '', password: '' },
    validate: checkCredentials,
    onValid: signIn,
  });
  return {
    onSubmit: form.submit,
    formError: form.formError,
    fields: { email: form.text('email'), password: form.text('password') },
    busy: form.submitting,
  };
}
