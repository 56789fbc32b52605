import { plural } from '@rapport/client/format';
import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { RetryAlert } from '@rapport/ui/retry-alert';
import { SelectField } from '@rapport/ui/select-field';
import { TextField } from '@rapport/ui/text-field';
import { useDebouncedValue } from '@rapport/ui/use-debounced-value';
import { useState } from 'react';
import { useCompanySearch, useTargetCompanies } from '../hooks/use-target-companies';
import { useWarmPaths } from '../hooks/use-warm-paths';
import { companyOptions, type CompanyChoice } from '../utils/target-companies';

const SEARCH_DELAY_MS = 250;

/**
 * Warm introductions into a company: the seeker's own targets to choose
 * from (or any company found by name), and the best paths there, each hop
 * said in a sentence.
 */
export function WarmPaths() {
  const { targets, loading: targetsLoading, problem: targetsProblem } = useTargetCompanies();
  const [picked, setPicked] = useState<CompanyChoice | null>(null);
  const [searchInput, setSearchInput] = useState('');
  const search = useDebouncedValue(searchInput.trim(), SEARCH_DELAY_MS);
  const { matches, loading: searching, problem: searchProblem } = useCompanySearch(search);
  // Until the seeker picks one, their first target (by name) is shown.
  const company = picked ?? targets[0] ?? null;
  const options = companyOptions(targets, matches, company);
  const { paths, loading, problem, retry } = useWarmPaths(company?.id ?? null);

  if (targetsLoading) return <LoadingIndicator label="Loading the companies you target…" />;

  return (
    <div className="warm-paths">
      <div className="warm-paths__choice">
        <SelectField
          label="Company"
          hint={
            targetsProblem ??
            (targets.length > 0
              ? `The first ${targets.length === 1 ? 'is where' : `${targets.length} are where`} you asked someone.`
              : 'You have not asked anyone yet: find a company by name.')
          }
          options={[
            ...(company ? [] : [{ value: '', label: 'Choose a company' }]),
            ...options.map((option) => ({ value: option.id, label: option.name })),
          ]}
          value={company?.id ?? ''}
          onChange={(event) =>
            setPicked(options.find((option) => option.id === event.target.value) ?? null)
          }
        />
        <TextField
          label="Find another company"
          type="search"
          autoComplete="off"
          value={searchInput}
          onChange={(event) => setSearchInput(event.target.value)}
          hint={
            searchProblem ??
            (search === ''
              ? 'Matches join the Company list.'
              : searching
                ? 'Looking…'
                : `${plural(matches.length, 'match', 'matches')} added to the Company list.`)
          }
        />
      </div>
      {problem ? (
        <RetryAlert title="Your paths could not be loaded." message={problem} onRetry={retry} />
      ) : null}
      {company && loading && !paths ? <LoadingIndicator label="Looking for paths…" /> : null}
      {company && paths ? (
        paths.length === 0 ? (
          <p className="warm-paths__none">
            No warm path into {company.name} yet: nobody you know leads there within three steps.
            Every meeting and every name you collect adds to your network.
          </p>
        ) : (
          <ol className="warm-paths__list" aria-label={`Your best paths into ${company.name}`}>
            {paths.map((path, index) => (
              <li key={index} className="warm-paths__path">
                <p className="warm-paths__summary">
                  <strong>
                    {index === 0 ? 'Best path' : `Path ${index + 1}`}:{' '}
                    {plural(path.length, 'step', 'steps')}
                  </strong>
                  <span className="muted"> · its weakest tie is {path.weakestStrength} of 100</span>
                </p>
                <ol className="warm-paths__hops" aria-label={`Steps of path ${index + 1}`}>
                  {path.hops.map((hop, step) => (
                    <li key={step}>{hop.sentence}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ol>
        )
      ) : null}
    </div>
  );
}
