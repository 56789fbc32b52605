import type { NavItem, NavLinkRenderProps } from '@rapport/ui/nav';
import { createElement } from 'react';
import { Link, matchPath } from 'react-router';

export interface RouteNavItem {
  href: string;
  label: string;
  /** A count beside the label, as @rapport/ui's Nav shows it. */
  badge?: NavItem['badge'];
}

/** The items of @rapport/ui's Nav, each marked current on its page and on the pages below it. */
export function routeNavItems(items: readonly RouteNavItem[], pathname: string): NavItem[] {
  return items.map((item) => ({
    href: item.href,
    label: item.label,
    badge: item.badge,
    // The home page sits above every page, so it is current only on itself.
    current: item.href === '/' ? pathname === '/' : matchPath(`${item.href}/*`, pathname) !== null,
  }));
}

/** Nav's links as router links, so moving between pages does not reload the app. */
export function renderRouterLink({ href, ...rest }: NavLinkRenderProps) {
  return createElement(Link, { to: href, ...rest });
}
