import { act, cleanup, render, screen } from '@testing-library/react';
import { Link, MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouteErrorBoundary } from './route-error-boundary';

afterEach(cleanup);

function Broken(): never {
  throw new Error('the page broke');
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <RouteErrorBoundary fallback={(error) => <p role="alert">Caught: {String(error)}</p>}>
        <Routes>
          <Route path="/broken" element={<Broken />} />
          <Route path="/fine" element={<Link to="/broken">Go to the broken page</Link>} />
          <Route path="/elsewhere" element={<h1>Elsewhere</h1>} />
        </Routes>
        <Link to="/elsewhere">Leave</Link>
      </RouteErrorBoundary>
    </MemoryRouter>,
  );
}

describe('RouteErrorBoundary', () => {
  it('shows the fallback, given what was thrown, in place of a page that throws', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/broken');
    expect(screen.getByRole('alert').textContent).toBe('Caught: Error: the page broke');
    expect(screen.queryByRole('link', { name: 'Leave' })).toBeNull();
    logged.mockRestore();
  });

  it('renders the pages while nothing throws, and catches a page reached later', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    renderAt('/fine');
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => screen.getByRole('link', { name: 'Go to the broken page' }).click());
    expect(screen.getByRole('alert').textContent).toContain('the page broke');
    logged.mockRestore();
  });

  it('gives the pages another try after the location changes', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    function Page() {
      return (
        <MemoryRouter initialEntries={['/broken']}>
          <RouteErrorBoundary fallback={() => <Link to="/elsewhere">Somewhere else</Link>}>
            <Routes>
              <Route path="/broken" element={<Broken />} />
              <Route path="/elsewhere" element={<h1>Elsewhere</h1>} />
            </Routes>
          </RouteErrorBoundary>
        </MemoryRouter>
      );
    }
    render(<Page />);
    act(() => screen.getByRole('link', { name: 'Somewhere else' }).click());
    expect(screen.getByRole('heading', { name: 'Elsewhere' })).toBeTruthy();
    logged.mockRestore();
  });
});
