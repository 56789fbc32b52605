import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { EdgeAttributes, ExplorerGraphology, NodeAttributes } from '../utils/graph-model';

export interface GraphCanvasProps {
  graph: ExplorerGraphology;
  /** What the picture shows, in a sentence: the canvas's accessible name. */
  description: string;
  onSelectNode: (id: string) => void;
  /** Called when the renderer cannot start after all (WebGL lost or refused). */
  onUnavailable: () => void;
}

/**
 * The graph drawn by sigma (WebGL). A picture for pointer users: it is one
 * labelled image to assistive technology, and the list view beside it holds
 * every fact it shows.
 */
export function GraphCanvas({ graph, description, onSelectNode, onUnavailable }: GraphCanvasProps) {
  const container = useRef<HTMLDivElement>(null);
  // Callbacks in refs, so a parent's re-render never rebuilds the renderer.
  const select = useRef(onSelectNode);
  const unavailable = useRef(onUnavailable);
  useEffect(() => {
    select.current = onSelectNode;
    unavailable.current = onUnavailable;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let renderer: Sigma<NodeAttributes, EdgeAttributes> | null = null;
    try {
      renderer = new Sigma(graph, element, {
        zIndex: true,
        renderEdgeLabels: false,
        labelFont: 'system-ui, sans-serif',
        labelSize: 13,
        labelColor: { color: '#1c2430' },
        // Every name on a small graph; on a big one, the busier people's (and on hover).
        labelRenderedSizeThreshold: graph.order <= 60 ? 0 : 7,
        minCameraRatio: 0.05,
        maxCameraRatio: 4,
      });
    } catch {
      unavailable.current();
      return;
    }
    renderer.on('clickNode', ({ node }) => select.current(node));
    renderer.on('enterNode', () => element.classList.add('explorer-canvas--pointing'));
    renderer.on('leaveNode', () => element.classList.remove('explorer-canvas--pointing'));
    return () => renderer?.kill();
  }, [graph]);

  return <div ref={container} className="explorer-canvas" role="img" aria-label={description} />;
}
