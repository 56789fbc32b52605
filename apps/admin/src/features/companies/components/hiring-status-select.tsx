import { messageFor } from '@rapport/client/graphql-errors';
import { HIRING_STATUSES } from '@rapport/domain';
import { SelectField } from '@rapport/ui/select-field';
import { useToast } from '@rapport/ui/toast';
import { useState } from 'react';
import type { HiringStatus } from '../../../gql/graphql';
import { useSetHiringStatus } from '../hooks/use-company-mutations';
import { HIRING_STATUS_LABELS } from './hiring-status';

const OPTIONS = HIRING_STATUSES.map((status) => ({
  value: status,
  label: HIRING_STATUS_LABELS[status],
}));

function isHiringStatus(value: string): value is HiringStatus {
  return HIRING_STATUSES.some((status) => status === value);
}

/** Changes a company's hiring status straight from its table row. */
export function HiringStatusSelect({
  company,
}: {
  company: { id: string; name: string; hiringStatus: HiringStatus };
}) {
  const setHiringStatus = useSetHiringStatus();
  const toast = useToast();
  const [saving, setSaving] = useState(false);

  async function change(value: string) {
    if (!isHiringStatus(value) || value === company.hiringStatus) return;
    setSaving(true);
    try {
      const saved = await setHiringStatus(company.id, value);
      toast.show(`${company.name} is now marked “${HIRING_STATUS_LABELS[saved.hiringStatus]}”.`);
    } catch (error) {
      toast.show(`The hiring status of ${company.name} was not changed. ${messageFor(error)}`, {
        tone: 'error',
      });
    } finally {
      setSaving(false);
    }
  }

  return (
    <SelectField
      label={`Hiring status of ${company.name}`}
      hideLabel
      compact
      options={OPTIONS}
      value={company.hiringStatus}
      // Not disabled while saving: that would throw keyboard focus out of the table.
      aria-busy={saving || undefined}
      onChange={(event) => void change(event.target.value)}
    />
  );
}
