import { CheckboxGroup } from '@rapport/ui/checkbox-group';
import { SelectField } from '@rapport/ui/select-field';
import type { ConnectionKind } from '../../../gql/graphql';
import { DEPTHS, LINK_KINDS, type Depth } from '../utils/explorer-params';
import { EDGE_STYLE } from '../utils/graph-model';

const KIND_HINTS: Partial<Record<ConnectionKind, string>> = {
  REFERRED: 'One gave a seeker the other’s name',
  KNOWS: 'Recorded by staff or imported',
  WORKS_WITH: 'Recorded by staff or imported',
};

export interface GraphFiltersProps {
  kinds: readonly ConnectionKind[];
  depth: Depth;
  onKindsChange: (kinds: ConnectionKind[]) => void;
  onDepthChange: (depth: Depth) => void;
}

/** Which links to follow and how far out from the centre. */
export function GraphFilters({ kinds, depth, onKindsChange, onDepthChange }: GraphFiltersProps) {
  return (
    <div className="explorer-filters">
      <CheckboxGroup
        legend="Kinds of link"
        options={LINK_KINDS.map((kind) => ({
          value: kind,
          label: EDGE_STYLE[kind].label,
          hint: KIND_HINTS[kind],
        }))}
        selected={kinds}
        // Keep the order of LINK_KINDS whatever order they were ticked in.
        onChange={(chosen) => onKindsChange(LINK_KINDS.filter((kind) => chosen.includes(kind)))}
        error={kinds.length === 0 ? 'Tick at least one kind of link to see the graph.' : null}
      />
      <SelectField
        label="Depth"
        hint="Steps out from the centre."
        options={DEPTHS.map((value) => ({
          value: String(value),
          label: value === 1 ? '1 step' : `${value} steps`,
        }))}
        value={String(depth)}
        onChange={(event) => onDepthChange(Number(event.target.value) as Depth)}
      />
    </div>
  );
}
