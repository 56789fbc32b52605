import { messageFor } from '@rapport/client/graphql-errors';
import { plural } from '@rapport/client/format';
import { Alert } from '@rapport/ui/alert';
import { buttonClassName } from '@rapport/ui/button';
import { Card } from '@rapport/ui/card';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../../config/paths';
import type {
  ImportColumnInput,
  ImportContactsMutation,
  ImportDecisionInput,
  PreviewContactImportMutation,
} from '../../../gql/graphql';
import { useImportContacts, usePreviewImport } from '../hooks/use-contact-import';
import { ImportPreview } from './import-preview';
import { ImportSource } from './import-source';
import './import-panel.css';

type Preview = PreviewContactImportMutation['previewContactImport'];
type Step =
  | { name: 'source' }
  | { name: 'preview'; preview: Preview }
  | { name: 'done'; result: Omit<ImportContactsMutation['importContacts'], '__typename'> };

/** Upload, preview and resolve, then one confirmed write. */
export function ImportPanel() {
  const [csv, setCsv] = useState('');
  const [step, setStep] = useState<Step>({ name: 'source' });
  const [busy, setBusy] = useState<'preview' | 'remap' | 'import' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const preview = usePreviewImport();
  const importContacts = useImportContacts();

  // Each later step starts at its heading, so keyboard and screen-reader users hear where
  // they are; the first one leaves focus on the page's own heading.
  const shownStep = useRef(step.name);
  useEffect(() => {
    if (shownStep.current === step.name) return;
    shownStep.current = step.name;
    headingRef.current?.focus();
  }, [step.name]);

  async function run(kind: 'preview' | 'remap', text: string, mapping: ImportColumnInput[] | null) {
    setBusy(kind);
    setProblem(null);
    try {
      const result = await preview(text, mapping);
      setCsv(text);
      setStep({ name: 'preview', preview: result });
    } catch (error) {
      setProblem(messageFor(error));
    } finally {
      setBusy(null);
    }
  }

  async function commit(mapping: ImportColumnInput[], decisions: ImportDecisionInput[]) {
    setBusy('import');
    setProblem(null);
    try {
      const { created, merged, skipped } = await importContacts(csv, mapping, decisions);
      setStep({ name: 'done', result: { created, merged, skipped } });
    } catch (error) {
      setProblem(messageFor(error));
    } finally {
      setBusy(null);
    }
  }

  const titles: Record<Step['name'], string> = {
    source: '1. Choose the file',
    preview: '2. Check the rows',
    done: '3. Imported',
  };

  return (
    <Card>
      <h2 ref={headingRef} tabIndex={-1} className="import-step-heading">
        {titles[step.name]}
      </h2>
      {step.name === 'source' ? (
        <ImportSource
          initialCsv={csv}
          busy={busy === 'preview'}
          problem={problem}
          onPreview={(text) => void run('preview', text, null)}
        />
      ) : null}
      {step.name === 'preview' ? (
        <ImportPreview
          preview={step.preview}
          remapping={busy === 'remap'}
          importing={busy === 'import'}
          problem={problem}
          onRemap={(mapping) => void run('remap', csv, mapping)}
          onEditFile={() => {
            setProblem(null);
            setStep({ name: 'source' });
          }}
          onImport={(mapping, decisions) => void commit(mapping, decisions)}
        />
      ) : null}
      {step.name === 'done' ? (
        <>
          <Alert tone="success" live>
            {`${plural(step.result.created, 'contact', 'contacts')} added, ${plural(
              step.result.merged,
              'row',
              'rows',
            )} merged, ${plural(step.result.skipped, 'row', 'rows')} skipped.`}
          </Alert>
          <p className="import-done__actions">
            <Link className={buttonClassName('primary')} to={paths.contacts.href()}>
              See the contacts
            </Link>
            <button
              type="button"
              className={buttonClassName('secondary')}
              onClick={() => {
                setCsv('');
                setStep({ name: 'source' });
              }}
            >
              Import another file
            </button>
          </p>
        </>
      ) : null}
    </Card>
  );
}
