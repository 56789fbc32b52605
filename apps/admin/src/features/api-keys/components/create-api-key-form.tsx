import { useValidatedForm, type Verdict } from '@rapport/client/use-validated-form';
import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { CheckboxGroup } from '@rapport/ui/checkbox-group';
import { TextField } from '@rapport/ui/text-field';
import type { CreateApiKeyInput } from '../../../gql/graphql';
import { useApiScopes } from '../hooks/use-api-keys';
import { useCreateApiKey } from '../hooks/use-api-key-mutations';

const FIELDS = ['name', 'scopes'] as const;
type Values = { name: string; scopes: string[] };
const EMPTY: Values = { name: '', scopes: [] };

/** The API's own rules (1 to 80 characters, at least one scope), checked before sending. */
function validate(values: Values): Verdict<CreateApiKeyInput> {
  const name = values.name.trim();
  if (name.length === 0 || name.length > 80) {
    return {
      ok: false,
      error: { field: 'name', message: 'Name the integration in 1 to 80 characters.' },
    };
  }
  if (values.scopes.length === 0) {
    return { ok: false, error: { field: 'scopes', message: 'Give the key at least one scope.' } };
  }
  return { ok: true, value: { name, scopes: values.scopes } };
}

export function CreateApiKeyForm({
  onCreated,
}: {
  onCreated: (name: string, secret: string) => void;
}) {
  const scopes = useApiScopes();
  const createApiKey = useCreateApiKey();
  const form = useValidatedForm({
    fields: FIELDS,
    initialValues: EMPTY,
    validate,
    onValid: async (input) => {
      const created = await createApiKey(input);
      onCreated(created.apiKey.name, created.secret);
      form.reset();
    },
  });

  return (
    <form className="form-stack" noValidate onSubmit={form.submit} aria-labelledby="new-key-title">
      <h2 id="new-key-title" className="section-title">
        Create an API key
      </h2>
      {form.formError ? <Alert tone="error">{form.formError}</Alert> : null}
      <TextField
        label="Integration name"
        hint="Who will use it, e.g. “Northside career centre”."
        autoComplete="off"
        {...form.text('name')}
      />
      <CheckboxGroup
        {...form.bind('scopes')}
        legend="Scopes"
        options={scopes.map((scope) => ({
          value: scope.name,
          label: scope.name,
          hint: scope.description,
        }))}
        selected={form.values.scopes}
        onChange={(selected) => form.change('scopes', selected)}
      />
      <Button type="submit" variant="primary" busy={form.submitting}>
        {form.submitting ? 'Creating key…' : 'Create key'}
      </Button>
    </form>
  );
}
