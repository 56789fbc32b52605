import type { MyTargetCompaniesQuery } from '../../../gql/graphql';

export interface CompanyChoice {
  id: string;
  name: string;
}

/** The companies of the people a seeker asked, each once, by name. */
export function targetCompanies(data: MyTargetCompaniesQuery | undefined): CompanyChoice[] {
  const byId = new Map<string, CompanyChoice>();
  for (const { node } of data?.myAsks.edges ?? []) {
    const company = node.contact.company;
    if (company) byId.set(company.id, { id: company.id, name: company.name });
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The seeker's targets first, then other matches of a search, without repeats. */
export function companyOptions(
  targets: readonly CompanyChoice[],
  matches: readonly CompanyChoice[],
  chosen: CompanyChoice | null,
): CompanyChoice[] {
  const seen = new Set(targets.map((company) => company.id));
  const others = matches.filter((company) => !seen.has(company.id));
  const options = [...targets, ...others];
  return chosen && !options.some((company) => company.id === chosen.id)
    ? [chosen, ...options]
    : options;
}
