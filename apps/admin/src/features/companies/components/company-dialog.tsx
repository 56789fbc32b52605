import type { CompanyDetails } from '@rapport/domain';
import { Dialog } from '@rapport/ui/dialog';
import { useToast } from '@rapport/ui/toast';
import type { CompanyRowFragment } from '../../../gql/graphql';
import { useCreateCompany, useUpdateCompany } from '../hooks/use-company-mutations';
import { CompanyForm, EMPTY_COMPANY, type CompanyFormValues } from './company-form';

export type CompanyDialogState =
  { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; company: CompanyRowFragment };

function valuesOf(company: CompanyRowFragment): CompanyFormValues {
  return {
    name: company.name,
    website: company.website ?? '',
    industry: company.industry ?? '',
    officeAddress: company.officeAddress ?? '',
  };
}

export function CompanyDialog({
  state,
  onClose,
}: {
  state: CompanyDialogState;
  onClose: () => void;
}) {
  const toast = useToast();
  const { createCompany } = useCreateCompany();
  const { updateCompany } = useUpdateCompany();
  const editing = state.mode === 'edit' ? state.company : null;

  async function save(details: CompanyDetails) {
    if (editing) {
      const saved = await updateCompany(editing.id, details);
      toast.show(`Saved the changes to ${saved.name}.`);
    } else {
      const created = await createCompany(details);
      toast.show(`${created.name} was added.`);
    }
    onClose();
  }

  return (
    <Dialog
      open={state.mode !== 'closed'}
      onClose={onClose}
      title={editing ? `Edit ${editing.name}` : 'Add a company'}
      description={editing ? undefined : 'New companies start with an unknown hiring status.'}
    >
      <CompanyForm
        // A fresh form for each company, so no half-typed values carry over.
        key={editing?.id ?? 'new'}
        initialValues={editing ? valuesOf(editing) : EMPTY_COMPANY}
        submitLabel={editing ? 'Save changes' : 'Add company'}
        busyLabel={editing ? 'Saving…' : 'Adding…'}
        onSubmit={save}
        onCancel={onClose}
      />
    </Dialog>
  );
}
