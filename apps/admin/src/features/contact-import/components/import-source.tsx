import { Alert } from '@rapport/ui/alert';
import { Button } from '@rapport/ui/button';
import { TextAreaField } from '@rapport/ui/text-area-field';
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import './import-source.css';

// The API refuses more; checking here saves uploading a file only to be told so.
const MAX_BYTES = 5 * 1024 * 1024;

export interface ImportSourceProps {
  /** The text of the file read last time, when staff come back to fix it. */
  initialCsv: string;
  busy: boolean;
  problem: string | null;
  onPreview: (csv: string) => void;
}

/** Step one: a CSV file from disk, or its text pasted, fixed in place if the preview found errors. */
export function ImportSource({ initialCsv, busy, problem, onPreview }: ImportSourceProps) {
  const [csv, setCsv] = useState(initialCsv);
  const [error, setError] = useState<string | null>(null);
  const fileId = useId();

  async function readFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setError('The file is over 5 MB. Split it into smaller files and import them one by one.');
      return;
    }
    setError(null);
    setCsv(await file.text());
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (csv.trim().length === 0) {
      setError('Choose a CSV file or paste its text first.');
      return;
    }
    if (new Blob([csv]).size > MAX_BYTES) {
      setError('The text is over 5 MB. Split it into smaller files and import them one by one.');
      return;
    }
    setError(null);
    onPreview(csv);
  }

  return (
    <form className="form-stack import-source" noValidate onSubmit={submit}>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      <div className="rp-field">
        <label className="rp-field__label" htmlFor={fileId}>
          CSV file
        </label>
        <input
          id={fileId}
          className="import-source__file"
          type="file"
          accept=".csv,text/csv,text/plain"
          aria-describedby={`${fileId}-hint`}
          onChange={(event) => void readFile(event)}
        />
        <p id={`${fileId}-hint`} className="rp-field__hint">
          The first line names the columns. Up to 5 MB and 20,000 rows; the file’s text appears
          below, where you can correct it.
        </p>
      </div>
      <TextAreaField
        label="Or paste the CSV"
        rows={8}
        spellCheck={false}
        className="import-source__text"
        value={csv}
        error={error}
        onChange={(event) => setCsv(event.target.value)}
      />
      <div>
        <Button type="submit" variant="primary" busy={busy}>
          {busy ? 'Checking every row…' : 'Preview the import'}
        </Button>
      </div>
    </form>
  );
}
