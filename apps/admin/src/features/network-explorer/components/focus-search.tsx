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
  const companiesHeading = useId();
  const peopleHeading = useId();
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
          {companies.length > 0 ? (
            <section aria-labelledby={companiesHeading}>
              <h3 id={companiesHeading} className="explorer-search__heading">
                Companies
              </h3>
              <ul className="explorer-search__list">
                {companies.map((company) => (
                  <li key={company.id}>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => choose({ id: company.id, kind: 'company' })}
                    >
                      {company.name}
                    </Button>
                    {company.industry ? <span className="muted"> {company.industry}</span> : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {people.length > 0 ? (
            <section aria-labelledby={peopleHeading}>
              <h3 id={peopleHeading} className="explorer-search__heading">
                People
              </h3>
              <ul className="explorer-search__list">
                {people.map((person) => (
                  <li key={person.id}>
                    <Button
                      size="sm"
                      variant="ghost"
                      onClick={() => choose({ id: person.id, kind: 'contact' })}
                    >
                      {person.fullName}
                    </Button>
                    <span className="muted">
                      {' '}
                      {[person.title, person.company?.name].filter(Boolean).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
