import { CONTACT_SOURCES } from '@rapport/domain';
import type { ContactSharing, ContactSort, ContactSource } from '../../../gql/graphql';

/** What the contacts table is showing; the URL's search params hold the same, so a view can be linked. */
export interface ContactFilters {
  search: string;
  companyId: string | null;
  tag: string;
  source: ContactSource | null;
  doNotContact: boolean | null;
  sharing: ContactSharing | null;
  sort: ContactSort;
  includeArchived: boolean;
}

export const CONTACT_SORTS = ['NAME', 'COMPANY', 'NEWEST'] as const satisfies ContactSort[];
/** Staff see agency contacts only, so MINE (a seeker's own) is not offered. */
export const STAFF_SHARINGS = ['SHARED', 'AGENCY_ONLY'] as const satisfies ContactSharing[];

export const DEFAULT_FILTERS: ContactFilters = {
  search: '',
  companyId: null,
  tag: '',
  source: null,
  doNotContact: null,
  sharing: null,
  sort: 'NAME',
  includeArchived: false,
};

function oneOf<T extends string>(values: readonly T[], raw: string | null): T | null {
  return values.find((value) => value === raw) ?? null;
}

function yesNo(raw: string | null): boolean | null {
  if (raw === 'yes') return true;
  if (raw === 'no') return false;
  return null;
}

/** Reads filters from the address; anything unknown falls back to the default. */
export function filtersFromParams(params: URLSearchParams): ContactFilters {
  return {
    search: params.get('q') ?? '',
    companyId: params.get('company') || null,
    tag: params.get('tag') ?? '',
    source: oneOf(CONTACT_SOURCES, params.get('source')),
    doNotContact: yesNo(params.get('dnc')),
    sharing: oneOf(STAFF_SHARINGS, params.get('sharing')),
    sort: oneOf(CONTACT_SORTS, params.get('sort')) ?? 'NAME',
    includeArchived: params.get('archived') === 'yes',
  };
}

/** Writes only what differs from the default, so a plain view keeps a plain address. */
export function paramsFromFilters(filters: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.search) params.set('q', filters.search);
  if (filters.companyId) params.set('company', filters.companyId);
  if (filters.tag) params.set('tag', filters.tag);
  if (filters.source) params.set('source', filters.source);
  if (filters.doNotContact !== null) params.set('dnc', filters.doNotContact ? 'yes' : 'no');
  if (filters.sharing) params.set('sharing', filters.sharing);
  if (filters.sort !== 'NAME') params.set('sort', filters.sort);
  if (filters.includeArchived) params.set('archived', 'yes');
  return params;
}

/** The variables both the table and the export send, so the export is exactly what is shown. */
export function filterVariables(filters: ContactFilters) {
  return {
    search: filters.search.trim() || null,
    companyId: filters.companyId,
    tag: filters.tag.trim() || null,
    source: filters.source,
    doNotContact: filters.doNotContact,
    sharing: filters.sharing,
    sort: filters.sort,
    includeArchived: filters.includeArchived,
  };
}

export function isFiltered(filters: ContactFilters): boolean {
  const { sort: _sort, ...rest } = filters;
  const { sort: _default, ...defaults } = DEFAULT_FILTERS;
  return (Object.keys(rest) as (keyof typeof rest)[]).some((key) => rest[key] !== defaults[key]);
}
