import type { CSSProperties } from 'react';
import { EDGE_STYLE, NODE_COLORS } from '../utils/graph-model';

interface Swatch {
  key: string;
  label: string;
  color: string;
}

const LINES: Swatch[] = (['REFERRED', 'KNOWS', 'WORKS_WITH', 'EMPLOYS'] as const).map((kind) => ({
  key: kind,
  ...EDGE_STYLE[kind],
}));

const DOTS: Swatch[] = [
  { key: 'focus', label: 'The centre', color: NODE_COLORS.focus },
  { key: 'company', label: 'Company', color: NODE_COLORS.company },
  { key: 'contact', label: 'Person', color: NODE_COLORS.contact },
  { key: 'dnc', label: 'Do not contact', color: NODE_COLORS.doNotContact },
  { key: 'path', label: 'On the path found', color: NODE_COLORS.path },
];

/** What the colours mean; a thicker line is a stronger tie, a bigger dot a busier person. */
export function GraphLegend() {
  return (
    <div className="explorer-legend">
      <p className="explorer-legend__note">
        Thicker lines are stronger ties; bigger dots have more links. Drag to move, scroll to zoom,
        click a person for more.
      </p>
      <SwatchList label="Lines" swatches={LINES} shape="line" />
      <SwatchList label="Dots" swatches={DOTS} shape="dot" />
    </div>
  );
}

function SwatchList({
  label,
  swatches,
  shape,
}: {
  label: string;
  swatches: Swatch[];
  shape: 'line' | 'dot';
}) {
  return (
    <ul aria-label={label} className="explorer-legend__list">
      {swatches.map((swatch) => (
        <li key={swatch.key}>
          <span
            className={`explorer-legend__${shape}`}
            style={{ '--swatch': swatch.color } as CSSProperties}
            aria-hidden="true"
          />
          {swatch.label}
        </li>
      ))}
    </ul>
  );
}
