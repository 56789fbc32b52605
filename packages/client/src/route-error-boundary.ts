import { Component, createElement, type ErrorInfo, type ReactNode } from 'react';
import { useLocation, type Location } from 'react-router';

export interface RouteErrorBoundaryProps {
  /** The page shown instead of the routes, given what was thrown. */
  fallback: (error: unknown) => ReactNode;
  children?: ReactNode;
}

interface BoundaryProps extends RouteErrorBoundaryProps {
  location: Location;
}

interface BoundaryState {
  /** Set once something below has thrown; the error itself may be any value, even undefined. */
  failed: boolean;
  error: unknown;
  location: Location;
}

class Boundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = {
    failed: false,
    error: undefined,
    location: this.props.location,
  };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { failed: true, error };
  }

  static getDerivedStateFromProps(
    props: BoundaryProps,
    state: BoundaryState,
  ): Partial<BoundaryState> | null {
    // Going somewhere else (the back button, say) gives the pages another try.
    return props.location === state.location
      ? null
      : { failed: false, error: undefined, location: props.location };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
  }

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error) : this.props.children;
  }
}

/**
 * What a data router's root `errorElement` did, for declarative `<Routes>`:
 * when a page throws while rendering (or its lazily loaded code cannot be
 * downloaded), show `fallback` in place of the whole app, and try again on
 * the next change of location. Render it inside the router.
 */
export function RouteErrorBoundary({ fallback, children }: RouteErrorBoundaryProps) {
  return createElement(Boundary, { location: useLocation(), fallback }, children);
}
