import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { TextField } from '@rapport/ui/text-field';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NETWORK_MESSAGE } from './graphql-errors';
import { useValidatedForm, type Verdict } from './use-validated-form';

afterEach(cleanup);

const FIELDS = ['name', 'website'] as const;
type Values = { name: string; website: string };

/** A stand-in for a domain rule: a name is required, and the checked name is trimmed. */
function validate(values: Values): Verdict<Values> {
  if (values.name.trim() === '') {
    return { ok: false, error: { field: 'name', message: 'Enter the company’s name.' } };
  }
  if (values.website.includes(' ')) {
    return { ok: false, error: { message: 'Something else is wrong.' } };
  }
  return { ok: true, value: { ...values, name: values.name.trim() } };
}

function CompanyForm({ onValid }: { onValid: (checked: Values) => Promise<void> }) {
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: { name: '', website: '' },
    validate,
    onValid,
  });
  return (
    <form noValidate onSubmit={form.submit}>
      {form.formError ? <p role="alert">{form.formError}</p> : null}
      <TextField label="Name" {...form.text('name')} />
      <TextField label="Website" {...form.text('website')} />
      <button type="submit">{form.submitting ? 'Saving…' : 'Save'}</button>
    </form>
  );
}

const name = () => screen.getByLabelText('Name');
const website = () => screen.getByLabelText('Website');
const type = (input: HTMLElement, value: string) => fireEvent.change(input, { target: { value } });
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /save/i }));
  });
};

describe('useValidatedForm', () => {
  it('says nothing while the form is first filled in, even when a field is left empty', () => {
    render(<CompanyForm onValid={vi.fn()} />);
    type(name(), 'Acme');
    type(name(), '');
    fireEvent.blur(name());
    expect(name().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Enter the company’s name.')).toBeNull();
  });

  it('on submit, shows a broken rule next to its field, focuses it and does not send', async () => {
    const onValid = vi.fn(async () => {});
    render(<CompanyForm onValid={onValid} />);
    await submit();
    expect(onValid).not.toHaveBeenCalled();
    expect(name().getAttribute('aria-invalid')).toBe('true');
    expect(name().getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText('Enter the company’s name.')).toBeTruthy();
    expect(document.activeElement).toBe(name());
  });

  it('after a failed submit, checks the field again as it changes', async () => {
    render(<CompanyForm onValid={vi.fn(async () => {})} />);
    await submit();
    type(name(), 'Acme');
    expect(name().getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText('Enter the company’s name.')).toBeNull();
    type(name(), '  ');
    expect(screen.getByText('Enter the company’s name.')).toBeTruthy();
  });

  it('shows a rule that names no field above the form', async () => {
    render(<CompanyForm onValid={vi.fn(async () => {})} />);
    type(name(), 'Acme');
    type(website(), 'acme .com');
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('Something else is wrong.');
  });

  it('sends the checked values and is busy until the request ends', async () => {
    let finish: () => void = () => {};
    const onValid = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    render(<CompanyForm onValid={onValid} />);
    type(name(), '  Acme  ');
    await submit();
    expect(onValid).toHaveBeenCalledWith({ name: 'Acme', website: '' });
    expect(screen.getByRole('button', { name: 'Saving…' })).toBeTruthy();
    await act(async () => finish());
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy();
  });

  it('puts the server’s field errors next to their fields and keeps what was typed', async () => {
    const refusal = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Enter a website such as acme.com.',
          extensions: { code: 'COMPANY.INVALID_WEBSITE', field: 'website' },
        },
      ],
    });
    render(<CompanyForm onValid={vi.fn(async () => Promise.reject(refusal))} />);
    type(name(), 'Acme');
    type(website(), 'acme');
    await submit();
    expect(website().getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter a website such as acme.com.')).toBeTruthy();
    expect(document.activeElement).toBe(website());
    expect(screen.queryByRole('alert')).toBeNull();
    expect((name() as HTMLInputElement).value).toBe('Acme');
    expect((website() as HTMLInputElement).value).toBe('acme');
  });

  it('shows a failed connection above the form', async () => {
    render(
      <CompanyForm onValid={vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')))} />,
    );
    type(name(), 'Acme');
    await submit();
    expect(screen.getByRole('alert').textContent).toBe(NETWORK_MESSAGE);
    expect(name().getAttribute('aria-invalid')).toBeNull();
  });
});
