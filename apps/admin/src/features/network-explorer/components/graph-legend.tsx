import type { CSSProperties } from 'react';
import { EDGE_STYLE, NODE_COLORS } from '../utils/graph-model';

const LINES = (['REFERRED', 'KNOWS', 'WORKS_WITH', 'EMPLOYS'] as const).map((kind) => ({
  key: kind,
  label: EDGE_STYLE[kind].label,
  color: EDGE_STYLE[kind].color,
}));

const DOTS = [
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
      <ul aria-label="Lines" className="explorer-legend__list">
        {LINES.map((line) => (
          <li key={line.key}>
            <span
              className="explorer-legend__line"
              style={{ '--swatch': line.color } as CSSProperties}
              aria-hidden="true"
            />
            {line.label}
          </li>
        ))}
      </ul>
      <ul aria-label="Dots" className="explorer-legend__list">
        {DOTS.map((dot) => (
          <li key={dot.key}>
            <span
              className="explorer-legend__dot"
              style={{ '--swatch': dot.color } as CSSProperties}
              aria-hidden="true"
            />
            {dot.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
