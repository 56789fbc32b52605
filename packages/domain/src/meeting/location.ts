import { fail, ok, type Result } from '../result.js';
import { DEFAULT_SETTINGS, type AgencySettings } from '../settings.js';
import { optionalText } from '../text.js';

export const LOCATION_KINDS = ['OFFICE', 'COFFEE', 'BREAKFAST', 'LUNCH', 'VIDEO', 'PHONE'] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

/** In their office: it costs nothing, accomplishes more and keeps their information at hand. */
export const DEFAULT_LOCATION_KIND: LocationKind = 'OFFICE';

/** By tradition the job seeker pays the bill at these. */
export const SEEKER_PAID_LOCATION_KINDS = ['COFFEE', 'BREAKFAST', 'LUNCH'] as const;
export type SeekerPaidLocationKind = (typeof SEEKER_PAID_LOCATION_KINDS)[number];

export const LOCATION_DETAILS_MAX = 300;

/** Each kind of place as both sides read it in a list of choices or a summary. */
export const LOCATION_NAMES: { readonly [K in LocationKind]: string } = {
  OFFICE: 'Their office',
  COFFEE: 'Over coffee',
  BREAKFAST: 'Over breakfast',
  LUNCH: 'Over lunch',
  VIDEO: 'Video call',
  PHONE: 'Phone call',
};

export interface Money {
  /** In the currency's minor unit (cents for USD). */
  amountMinor: number;
  currency: string;
}

/** "Over coffee: Blue Door Café", or just the kind of place when nothing more was written. */
export function describeLocation(location: {
  kind: LocationKind;
  details?: string | null;
}): string {
  const name = LOCATION_NAMES[location.kind];
  return location.details ? `${name}: ${location.details}` : name;
}

export interface MeetingLocation {
  kind: LocationKind;
  /** Address, place name, video link or phone number, as the seeker wrote it. */
  details: string | null;
}

export interface LocationAdvice {
  kind: LocationKind;
  preferred: boolean;
  seekerPays: boolean;
  estimatedCost: Money | null;
  message: string;
}

export function seekerPays(kind: LocationKind): kind is SeekerPaidLocationKind {
  return (SEEKER_PAID_LOCATION_KINDS as readonly string[]).includes(kind);
}

/** "$12.00"; the currency decides how many minor units make one major unit. */
export function formatMoney(money: Money): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: money.currency });
  // Always resolved for a currency format (0 for JPY, 2 for USD, 3 for KWD).
  const digits = format.resolvedOptions().maximumFractionDigits as number;
  return format.format(money.amountMinor / 10 ** digits);
}

type FreeLocationKind = Exclude<LocationKind, SeekerPaidLocationKind>;

const FREE_MESSAGES: { readonly [K in FreeLocationKind]: string } = {
  OFFICE:
    'Their office is the best choice: it costs nothing, you will get more done, and they have their information at hand.',
  VIDEO: 'A video call costs nothing; test your camera and the link beforehand.',
  PHONE: 'A phone call costs nothing; be somewhere quiet with your questions in front of you.',
};

const MEALS: { readonly [K in SeekerPaidLocationKind]: string } = {
  COFFEE: 'coffee',
  BREAKFAST: 'breakfast',
  LUNCH: 'lunch',
};

export function locationAdvice(
  kind: LocationKind,
  settings: AgencySettings = DEFAULT_SETTINGS,
): LocationAdvice {
  if (seekerPays(kind)) {
    const estimatedCost = {
      amountMinor: settings.locationCosts[kind],
      currency: settings.locationCosts.currency,
    };
    return {
      kind,
      preferred: false,
      seekerPays: true,
      estimatedCost,
      message: `Over ${MEALS[kind]}, it is traditional for you, the job seeker, to pay for both of you: plan on about ${formatMoney(estimatedCost)}. Their office costs nothing and usually accomplishes more.`,
    };
  }
  return {
    kind,
    preferred: kind === DEFAULT_LOCATION_KIND,
    seekerPays: false,
    estimatedCost: null,
    message: FREE_MESSAGES[kind],
  };
}

export function validateLocation(
  input: { kind: string; details?: string | null } | null | undefined,
): Result<MeetingLocation, 'MEETING.INVALID_LOCATION'> {
  const kind = input?.kind ?? DEFAULT_LOCATION_KIND;
  if (!(LOCATION_KINDS as readonly string[]).includes(kind)) {
    return fail(
      'MEETING.INVALID_LOCATION',
      'Choose where to meet: their office, coffee, breakfast, lunch, a video call or a phone call.',
      { field: 'location.kind' },
    );
  }
  const details = optionalText(input?.details, {
    field: 'location.details',
    label: 'Location details',
    max: LOCATION_DETAILS_MAX,
    code: 'MEETING.INVALID_LOCATION',
  });
  if (!details.ok) return details;
  return ok({ kind: kind as LocationKind, details: details.value });
}
