import { SelectField } from '@rapport/ui/select-field';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useState, type Ref } from 'react';
import { useCompanyChoices } from '../hooks/use-company-choices';
import './company-picker.css';

const SEARCH_DELAY_MS = 250;

export interface CompanyPickerProps {
  label: string;
  /** The company chosen now, kept in the list even when the search does not match it. */
  value: { id: string; name: string } | null;
  onChange: (company: { id: string; name: string } | null) => void;
  /** What choosing nothing means here: "No company", "Any company". */
  noneLabel: string;
  error?: string | null;
  /** The select, so a form can move focus to it when its value is refused. */
  ref?: Ref<HTMLSelectElement>;
  name?: string;
}

/**
 * A company out of thousands: type part of the name to narrow the list,
 * then choose. Two plain controls instead of a custom combobox, so every
 * browser and screen reader handles them the way people expect.
 */
export function CompanyPicker({
  label,
  value,
  onChange,
  noneLabel,
  error,
  ref,
  name,
}: CompanyPickerProps) {
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const { companies, loading, problem } = useCompanyChoices(search);
  const choices =
    value && !companies.some((c) => c.id === value.id) ? [value, ...companies] : companies;

  return (
    <div className="company-picker">
      <TextField
        label="Find a company"
        type="search"
        autoComplete="off"
        value={searchInput}
        onChange={(event) => setSearchInput(event.target.value)}
        hint={
          problem ??
          (loading
            ? 'Looking…'
            : `${companies.length === 20 ? 'First 20 matches' : `${companies.length} found`}; choose below.`)
        }
      />
      <SelectField
        ref={ref}
        name={name}
        label={label}
        error={error}
        options={[
          { value: '', label: noneLabel },
          ...choices.map((company) => ({ value: company.id, label: company.name })),
        ]}
        value={value?.id ?? ''}
        onChange={(event) => onChange(choices.find((c) => c.id === event.target.value) ?? null)}
      />
    </div>
  );
}
