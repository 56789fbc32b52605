/**
 * Whether this browser can draw the graph: sigma renders with WebGL, which
 * some browsers, remote desktops and locked-down machines turn off. Without
 * it the explorer shows its list view alone.
 */
export function webglAvailable(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}
