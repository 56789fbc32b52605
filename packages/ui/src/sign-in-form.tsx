import type { FormEventHandler } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { TextField, type TextFieldProps } from './text-field';
import './base.css';

/** What a form hook hands a text field: focus target, name, value, change handler and error. */
export type BoundTextField = Pick<TextFieldProps, 'ref' | 'name' | 'value' | 'onChange' | 'error'>;

export interface SignInFormProps {
  onSubmit: FormEventHandler<HTMLFormElement>;
  /** A problem that is about no single field (wrong password, no connection). */
  formError: string | null;
  fields: { email: BoundTextField; password: BoundTextField };
  busy: boolean;
}

/** Email and password, as both apps ask for them. */
export function SignInForm({ onSubmit, formError, fields, busy }: SignInFormProps) {
  return (
    <form className="form-stack" noValidate onSubmit={onSubmit}>
      {formError ? <Alert tone="error">{formError}</Alert> : null}
      <TextField
        label="Email"
        type="email"
        autoComplete="email"
        inputMode="email"
        {...fields.email}
      />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        {...fields.password}
      />
      <Button type="submit" variant="primary" busy={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
