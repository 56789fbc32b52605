import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { MemoryRouter, useNavigate, type NavigateFunction } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScrollRestoration } from './scroll-restoration';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

let navigate: NavigateFunction;
/** Hands the test the router's navigate, as a link or the Back button would use it. */
function Navigator() {
  const routerNavigate = useNavigate();
  useEffect(() => {
    navigate = routerNavigate;
  }, [routerNavigate]);
  return null;
}

/** Where the page is scrolled to, as the browser would report it after scrolling there. */
function scrollPageTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
}

describe('ScrollRestoration', () => {
  it('starts each new page at the top and brings Back to where the reader was', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={['/companies']}>
        <Navigator />
        <ScrollRestoration />
      </MemoryRouter>,
    );
    expect(window.history.scrollRestoration).toBe('manual');
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrollPageTo(640);
    await act(() => navigate('/companies/1'));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    scrollPageTo(120);
    await act(() => navigate('/companies?q=blue', { replace: true }));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 0);

    await act(() => navigate(-1));
    expect(scrollTo).toHaveBeenLastCalledWith(0, 640);
  });

  it('scrolls to the element a #hash names', async () => {
    const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    const target = document.createElement('h2');
    target.id = 'notes';
    target.scrollIntoView = vi.fn();
    document.body.append(target);
    render(
      <MemoryRouter initialEntries={['/companies']}>
        <Navigator />
        <ScrollRestoration />
      </MemoryRouter>,
    );
    scrollTo.mockClear();
    await act(() => navigate('/companies/1#notes'));
    expect(target.scrollIntoView).toHaveBeenCalled();
    expect(scrollTo).not.toHaveBeenCalled();
    target.remove();
  });

  it('keeps positions across a reload and gives scrolling back to the browser on leaving', () => {
    vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
    render(
      <MemoryRouter initialEntries={[{ pathname: '/companies', key: 'list' }]}>
        <ScrollRestoration />
      </MemoryRouter>,
    );
    scrollPageTo(300);
    window.dispatchEvent(new Event('pagehide'));
    expect(JSON.parse(sessionStorage.getItem('react-router-scroll-positions') ?? '{}')).toEqual(
      expect.objectContaining({ list: 300 }),
    );
    expect(window.history.scrollRestoration).toBe('auto');
  });
});
