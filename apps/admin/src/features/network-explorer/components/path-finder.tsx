import { formatDate, plural } from '@rapport/client/format';
import { Button } from '@rapport/ui/button';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { SelectField } from '@rapport/ui/select-field';
import { useId, useState, type FormEvent } from 'react';
import { EDGE_STYLE, type ExplorerPath } from '../utils/graph-model';

export interface PathEnds {
  fromId: string;
  toId: string;
}

export interface PathFinderProps {
  /** The people to choose from: those in the graph shown, by name. */
  people: readonly { id: string; label: string }[];
  from: string;
  to: string;
  onFromChange: (id: string) => void;
  onToChange: (id: string) => void;
  onFind: (ends: PathEnds) => void;
  onClear: () => void;
  /** The two people last asked about, while their answer is shown. */
  asked: PathEnds | null;
  path: ExplorerPath | null;
  answered: boolean;
  loading: boolean;
  problem: string | null;
  onRetry: () => void;
}

/**
 * Find the chain of the agency's links between two people: two selects and
 * a button, and the answer as an ordered list of hops, each in a sentence.
 */
export function PathFinder({
  people,
  from,
  to,
  onFromChange,
  onToChange,
  onFind,
  onClear,
  asked,
  path,
  answered,
  loading,
  problem,
  onRetry,
}: PathFinderProps) {
  const [error, setError] = useState<{ field: 'from' | 'to'; message: string } | null>(null);
  const resultHeading = useId();
  // The path names its own ends; without one, the people listed do.
  const ends = path?.hops.flatMap((hop) => [hop.from, hop.to]) ?? [];
  const nameOf = (id: string) => {
    const end = ends.find((node) => node.id === id);
    if (end) return end.__typename === 'Contact' ? end.fullName : end.name;
    return people.find((person) => person.id === id)?.label ?? 'the person chosen';
  };
  const options = [
    { value: '', label: 'Choose someone' },
    ...people.map((person) => ({ value: person.id, label: person.label })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!from) return setError({ field: 'from', message: 'Choose who the path starts from.' });
    if (!to) return setError({ field: 'to', message: 'Choose who the path should reach.' });
    if (from === to) return setError({ field: 'to', message: 'Choose someone else to reach.' });
    setError(null);
    onFind({ fromId: from, toId: to });
  }

  const title = asked ? `Path from ${nameOf(asked.fromId)} to ${nameOf(asked.toId)}` : '';

  return (
    <div className="explorer-path">
      <form className="explorer-path__form" onSubmit={submit} noValidate>
        <SelectField
          label="From"
          options={options}
          value={from}
          error={error?.field === 'from' ? error.message : null}
          onChange={(event) => onFromChange(event.target.value)}
        />
        <SelectField
          label="To"
          options={options}
          value={to}
          error={error?.field === 'to' ? error.message : null}
          onChange={(event) => onToChange(event.target.value)}
        />
        <div className="explorer-path__actions">
          <Button type="submit" variant="primary" busy={loading}>
            Find the path
          </Button>
          {asked ? (
            <Button onClick={onClear} variant="ghost">
              Clear the path
            </Button>
          ) : null}
        </div>
      </form>
      <p role="status" className="explorer-path__status">
        {loading
          ? 'Looking for a path…'
          : answered && asked
            ? path
              ? `Found a path of ${plural(path.length, 'hop', 'hops')} from ${nameOf(asked.fromId)} to ${nameOf(asked.toId)}.`
              : `No chain of the agency’s links joins ${nameOf(asked.fromId)} and ${nameOf(asked.toId)} within 6 steps (never through a do-not-contact person).`
            : ''}
      </p>
      {problem ? (
        <RetryAlert title="The path could not be found." message={problem} onRetry={onRetry} />
      ) : null}
      {answered && path && asked ? (
        <section aria-labelledby={resultHeading} className="explorer-path__result">
          <h3 id={resultHeading}>{title}</h3>
          <p className="muted">
            {plural(path.length, 'hop', 'hops')}; the weakest tie is {path.weakestStrength} of 100.
          </p>
          <ol className="explorer-path__hops" aria-label={`${title}, hop by hop`}>
            {path.hops.map((hop, index) => (
              <li key={index}>
                <span>{hop.sentence}</span>{' '}
                <span className="muted">
                  ({EDGE_STYLE[hop.kind].label}, strength {hop.strength} of 100, recorded{' '}
                  {formatDate(hop.recordedAt)})
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
