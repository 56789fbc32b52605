import { Button } from '@rapport/ui/button';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useId, useState } from 'react';
import { useFocusSearch } from '../hooks/use-focus-search';
import type { FocusKind } from '../utils/explorer-params';

const SEARCH_DELAY_MS = 250;

export interface FocusSearchProps {
  onChoose: (focus: { id: string; kind: FocusKind }) => void;
}

/**
 * Where to centre the graph: type part of a company's or a person's name,
 * then choose one of the matches (plain buttons, grouped, so every screen
 * reader and keyboard handles them the usual way).
 */
export function FocusSearch({ onChoose }: FocusSearchProps) {
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), SEARCH_DELAY_MS);
  const { companies, people, loading, problem } = useFocusSearch(search);
  const nothing = search !== '' && !loading && companies.length === 0 && people.length === 0;

  const choose = (focus: { id: string; kind: FocusKind }) => {
    setInput('');
    onChoose(focus);
  };

  return (
    <div className="explorer-search" role="search" aria-label="Centre the graph">
      <TextField
        label="Centre on a company or person"
        type="search"
        autoComplete="off"
        value={input}
        onChange={(event) => setInput(event.target.value)}
        hint={
          problem ??
          (search === ''
            ? 'Type part of a name, then choose from the matches below.'
            : loading
              ? 'Looking…'
              : nothing
                ? 'No company or person matches that.'
                : 'Choose one of the matches below.')
        }
      />
      {companies.length > 0 || people.length > 0 ? (
        <div className="explorer-search__results">
          <MatchList
            heading="Companies"
            matches={companies.map((company) => ({
              id: company.id,
              name: company.name,
              detail: company.industry,
            }))}
            onChoose={(id) => choose({ id, kind: 'company' })}
          />
          <MatchList
            heading="People"
            matches={people.map((person) => ({
              id: person.id,
              name: person.fullName,
              detail: [person.title, person.company?.name].filter(Boolean).join(', '),
            }))}
            onChoose={(id) => choose({ id, kind: 'contact' })}
          />
        </div>
      ) : null}
    </div>
  );
}

/** One group of matches, each a button; nothing at all when the group is empty. */
function MatchList({
  heading,
  matches,
  onChoose,
}: {
  heading: string;
  matches: { id: string; name: string; detail: string | null }[];
  onChoose: (id: string) => void;
}) {
  const headingId = useId();
  if (matches.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="explorer-search__heading">
        {heading}
      </h3>
      <ul className="explorer-search__list">
        {matches.map((match) => (
          <li key={match.id}>
            <Button size="sm" variant="ghost" onClick={() => onChoose(match.id)}>
              {match.name}
            </Button>
            {match.detail ? <span className="muted"> {match.detail}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
