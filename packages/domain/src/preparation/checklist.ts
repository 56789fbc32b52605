import type { LocationKind } from '../meeting/location.js';

export const CHECKLIST_ITEMS = [
  'DRESS_PROFESSIONALLY',
  'ARRIVE_EARLY',
  'BRING_QUESTIONS',
  'RESPECT_THEIR_TIME',
  'BE_COURTEOUS',
] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];

export interface ChecklistEntry {
  item: ChecklistItem;
  label: string;
}

const LABELS: { readonly [K in ChecklistItem]: string } = {
  DRESS_PROFESSIONALLY: 'Dress as you would for a job interview.',
  ARRIVE_EARLY: 'Arrive a few minutes early.',
  BRING_QUESTIONS: 'Bring your list of questions and something to take notes with.',
  RESPECT_THEIR_TIME: 'Keep to the time you agreed and let them do most of the talking.',
  BE_COURTEOUS: 'Be courteous with everyone you meet, and thank them for their time.',
};

// Being early means something else when nobody travels.
const REMOTE_ARRIVAL: { readonly [K in 'VIDEO' | 'PHONE']: string } = {
  VIDEO: 'Join the call a few minutes early with your camera and sound checked.',
  PHONE: 'Be somewhere quiet and ready a few minutes before the call.',
};

export function preparationChecklist(location: LocationKind = 'OFFICE'): ChecklistEntry[] {
  return CHECKLIST_ITEMS.map((item) => ({
    item,
    label:
      item === 'ARRIVE_EARLY' && (location === 'VIDEO' || location === 'PHONE')
        ? REMOTE_ARRIVAL[location]
        : LABELS[item],
  }));
}

export function checklistProgress(ticked: readonly string[]): {
  done: ChecklistItem[];
  remaining: ChecklistItem[];
  complete: boolean;
} {
  const done = CHECKLIST_ITEMS.filter((item) => ticked.includes(item));
  const remaining = CHECKLIST_ITEMS.filter((item) => !ticked.includes(item));
  return { done, remaining, complete: remaining.length === 0 };
}
