import { plural } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { Badge } from '@rapport/ui/badge';
import { Button } from '@rapport/ui/button';
import { CheckboxField } from '@rapport/ui/checkbox-field';
import { RadioGroup } from '@rapport/ui/radio-group';
import { SelectField } from '@rapport/ui/select-field';
import { Table, type TableColumn } from '@rapport/ui/table';
import { useRef, useState, type FormEvent } from 'react';
import type {
  ImportAction,
  ImportColumnInput,
  ImportDecisionInput,
  ImportField,
  ImportRowPartsFragment,
  PreviewContactImportMutation,
} from '../../../gql/graphql';
import { DUPLICATE_REASON_LABELS, IMPORT_FIELD_LABELS, IMPORT_FIELDS } from './import-labels';
import './import-preview.css';

type Preview = PreviewContactImportMutation['previewContactImport'];

/** Clean rows shown in full; the rest are counted, since they need nothing from anyone. */
const CLEAN_ROWS_SHOWN = 50;

const MAPPING_OPTIONS = [
  { value: '', label: 'Ignore this column' },
  ...IMPORT_FIELDS.map((field) => ({ value: field, label: IMPORT_FIELD_LABELS[field] })),
];

function isDuplicate(row: ImportRowPartsFragment) {
  return row.duplicate !== null || row.duplicateOfLine !== null;
}

function needsAttention(row: ImportRowPartsFragment) {
  return row.errors.length > 0 || isDuplicate(row);
}

function dash(value: string | null | undefined) {
  return value ? value : <span className="muted">—</span>;
}

export interface ImportPreviewProps {
  preview: Preview;
  remapping: boolean;
  importing: boolean;
  problem: string | null;
  onRemap: (mapping: ImportColumnInput[]) => void;
  onEditFile: () => void;
  onImport: (mapping: ImportColumnInput[], decisions: ImportDecisionInput[]) => void;
}

/**
 * Step two: how the columns map, every row with its problems beside it, a
 * choice for each duplicate, and what the import will do, before anything
 * is written.
 */
export function ImportPreview({
  preview,
  remapping,
  importing,
  problem,
  onRemap,
  onEditFile,
  onImport,
}: ImportPreviewProps) {
  const [choices, setChoices] = useState<ReadonlyMap<number, ImportAction>>(new Map());
  const [skipped, setSkipped] = useState<ReadonlySet<number>>(new Set());
  const [unresolved, setUnresolved] = useState<number[]>([]);
  const tableRef = useRef<HTMLDivElement>(null);

  const mapping: ImportColumnInput[] = preview.mapping.map((column) => ({
    header: column.header,
    field: column.field ?? null,
  }));

  function remap(header: string, field: ImportField | null) {
    onRemap(mapping.map((column) => (column.header === header ? { header, field } : column)));
  }

  function choose(line: number, action: ImportAction) {
    setChoices((current) => new Map(current).set(line, action));
    setUnresolved((current) => current.filter((l) => l !== line));
  }

  function toggleSkip(line: number, skip: boolean) {
    setSkipped((current) => {
      const next = new Set(current);
      if (skip) next.add(line);
      else next.delete(line);
      return next;
    });
    if (skip) setUnresolved((current) => current.filter((l) => l !== line));
  }

  /** What each row will do; null while staff still have to choose. */
  function actionOf(row: ImportRowPartsFragment): ImportAction | null {
    if (row.errors.length > 0) return skipped.has(row.line) ? 'SKIP' : null;
    if (isDuplicate(row)) return choices.get(row.line) ?? null;
    return 'CREATE';
  }

  const counts = { CREATE: 0, MERGE: 0, SKIP: 0, open: 0 };
  for (const row of preview.rows) {
    const action = actionOf(row);
    if (action === null) counts.open += 1;
    else counts[action] += 1;
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const open = preview.rows.filter((row) => actionOf(row) === null).map((row) => row.line);
    if (open.length > 0) {
      setUnresolved(open);
      // Take keyboard users straight to the first row still waiting for a choice.
      const first = tableRef.current?.querySelector<HTMLInputElement>(
        `[data-line="${open[0]}"] input`,
      );
      first?.focus();
      return;
    }
    const decisions = preview.rows
      .filter((row) => needsAttention(row))
      .map((row) => ({ line: row.line, action: actionOf(row) ?? 'SKIP' }));
    onImport(mapping, decisions);
  }

  const attention = preview.rows.filter(needsAttention);
  const clean = preview.rows.filter((row) => !needsAttention(row));
  const shown = [...attention, ...clean.slice(0, CLEAN_ROWS_SHOWN)].sort((a, b) => a.line - b.line);
  const hiddenClean = clean.length - Math.min(clean.length, CLEAN_ROWS_SHOWN);

  const columns: TableColumn<ImportRowPartsFragment>[] = [
    { key: 'line', header: 'Line', cell: (row) => row.line },
    { key: 'name', header: 'Name', rowHeader: true, cell: (row) => dash(row.values.fullName) },
    { key: 'company', header: 'Company', cell: (row) => dash(row.values.company) },
    { key: 'title', header: 'Title', cell: (row) => dash(row.values.title) },
    { key: 'email', header: 'Email', cell: (row) => dash(row.values.email) },
    { key: 'phone', header: 'Phone', cell: (row) => dash(row.values.phone) },
    {
      key: 'check',
      header: 'Check',
      cell: (row) =>
        row.errors.length > 0 ? (
          <ul className="import-errors">
            {row.errors.map((error) => (
              <li key={`${error.field ?? 'row'}-${error.code}`}>
                {error.field ? <strong>{IMPORT_FIELD_LABELS[error.field]}: </strong> : null}
                {error.message}
              </li>
            ))}
          </ul>
        ) : row.duplicate ? (
          <span>
            Already a contact: <strong>{row.duplicate.fullName}</strong>
            {row.duplicate.company ? ` at ${row.duplicate.company.name}` : ''}
            {row.duplicateReason ? ` (${DUPLICATE_REASON_LABELS[row.duplicateReason]})` : ''}.
          </span>
        ) : row.duplicateOfLine !== null ? (
          <span>
            Repeats line {row.duplicateOfLine}
            {row.duplicateReason ? ` (${DUPLICATE_REASON_LABELS[row.duplicateReason]})` : ''}.
          </span>
        ) : (
          <Badge tone="success">Ready</Badge>
        ),
    },
    {
      key: 'decision',
      header: 'Decision',
      cell: (row) => {
        const error = unresolved.includes(row.line) ? 'Choose what to do with this row.' : null;
        if (row.errors.length > 0) {
          return (
            <div data-line={row.line}>
              <CheckboxField
                label={`Skip line ${row.line}`}
                hint="Or fix it in the file and preview again."
                error={error}
                checked={skipped.has(row.line)}
                onChange={(event) => toggleSkip(row.line, event.target.checked)}
              />
            </div>
          );
        }
        if (isDuplicate(row)) {
          return (
            <div data-line={row.line}>
              <RadioGroup
                legend={`Line ${row.line}, ${row.values.fullName ?? 'this row'}`}
                hideLegend
                stacked
                error={error}
                options={[
                  {
                    value: 'MERGE' as const,
                    label: row.duplicate
                      ? `Merge into ${row.duplicate.fullName}`
                      : `Merge into line ${row.duplicateOfLine}`,
                  },
                  { value: 'SKIP' as const, label: 'Skip this row' },
                  { value: 'CREATE' as const, label: 'Add as a new record' },
                ]}
                value={choices.get(row.line) ?? null}
                onChange={(action) => choose(row.line, action)}
              />
            </div>
          );
        }
        return 'Add';
      },
    },
  ];

  return (
    <form className="import-preview" noValidate onSubmit={submit}>
      <section aria-labelledby="import-mapping-heading">
        <h3 id="import-mapping-heading" className="import-preview__heading">
          Columns
        </h3>
        <p className="muted">
          We matched the file’s columns to contact fields by their names; change any that are wrong.
        </p>
        <div className="import-mapping" aria-busy={remapping || undefined}>
          {preview.mapping.map((column) => (
            <SelectField
              key={column.header}
              label={`Column “${column.header}”`}
              compact
              options={MAPPING_OPTIONS}
              value={column.field ?? ''}
              disabled={remapping}
              onChange={(event) =>
                remap(
                  column.header,
                  IMPORT_FIELDS.find((field) => field === event.target.value) ?? null,
                )
              }
            />
          ))}
        </div>
      </section>

      <section aria-labelledby="import-rows-heading">
        <h3 id="import-rows-heading" className="import-preview__heading">
          Rows
        </h3>
        <div ref={tableRef} aria-busy={remapping || undefined} className="table-area">
          <Table
            caption={`${plural(preview.rows.length, 'row', 'rows')} in the file${
              attention.length > 0 ? `, ${attention.length} needing a decision` : ''
            }`}
            columns={columns}
            rows={shown}
            rowKey={(row) => row.line}
            className="import-rows"
          />
        </div>
        {hiddenClean > 0 ? (
          <p className="muted">
            And {plural(hiddenClean, 'more row', 'more rows')} with no problems, to be added.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="import-summary-heading" className="import-summary">
        <h3 id="import-summary-heading" className="import-preview__heading">
          What will happen
        </h3>
        {/* A live region around the list (not on it), so the list keeps its list role. */}
        <div role="status">
          <ul>
            <li>{plural(counts.CREATE, 'new contact', 'new contacts')} added</li>
            <li>{plural(counts.MERGE, 'row', 'rows')} merged into existing contacts</li>
            <li>{plural(counts.SKIP, 'row', 'rows')} skipped</li>
            {preview.newCompanies.length > 0 ? (
              <li>
                {plural(preview.newCompanies.length, 'new company', 'new companies')} created:{' '}
                {preview.newCompanies.join(', ')}
              </li>
            ) : null}
            {counts.open > 0 ? (
              <li>
                <strong>
                  {plural(counts.open, 'row still needs', 'rows still need')} a decision.
                </strong>
              </li>
            ) : null}
          </ul>
        </div>
        <p className="muted">Everything is written together, or nothing is.</p>
        {problem ? <Alert tone="error">{problem}</Alert> : null}
        {unresolved.length > 0 ? (
          <Alert tone="error">
            {`Choose what to do with line${unresolved.length === 1 ? '' : 's'} ${unresolved.join(', ')} first.`}
          </Alert>
        ) : null}
        <div className="import-summary__actions">
          <Button onClick={onEditFile}>Edit the file</Button>
          <Button type="submit" variant="primary" busy={importing} disabled={remapping}>
            {importing ? 'Importing…' : 'Import'}
          </Button>
        </div>
      </section>
    </form>
  );
}
