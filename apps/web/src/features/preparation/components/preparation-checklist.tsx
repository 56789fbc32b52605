import type { ChecklistItem } from '@rapport/domain';
import { Card } from '@rapport/ui/card';
import { CheckboxGroup } from '@rapport/ui/checkbox-group';
import type { PreparationChecklistFieldsFragment } from '../../../gql/graphql';

export interface PreparationChecklistProps {
  checklist: PreparationChecklistFieldsFragment;
  /** False once the meeting is over: the ticks are shown as they were. */
  editable: boolean;
  onTick: (item: ChecklistItem, ticked: boolean) => void;
}

/** What to do before going, worded for the place, with the seeker's ticks. */
export function PreparationChecklist({ checklist, editable, onTick }: PreparationChecklistProps) {
  const total = checklist.entries.length;
  return (
    <Card as="section" aria-labelledby="checklist-heading" className="prepare-checklist">
      <h2 id="checklist-heading" className="prepare-heading">
        Before you go
      </h2>
      <p className="muted" aria-live="polite">
        {checklist.complete
          ? 'All done. You are ready.'
          : `${checklist.done.length} of ${total} done.`}
      </p>
      {editable ? null : (
        <ul className="prepare-checklist__kept">
          {checklist.entries.map((entry) => (
            <li key={entry.item}>
              {entry.ticked ? 'Done: ' : 'Not done: '}
              {entry.label}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <CheckboxGroup
          legend="Tick each one once it is done"
          options={checklist.entries.map((entry) => ({ value: entry.item, label: entry.label }))}
          selected={checklist.done}
          onChange={(selected) => {
            const changed = checklist.entries.find(
              (entry) => selected.includes(entry.item) !== entry.ticked,
            );
            if (changed) onTick(changed.item, !changed.ticked);
          }}
        />
      ) : null}
    </Card>
  );
}
