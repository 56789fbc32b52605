import { lazy } from 'react';
import { Navigate, useRoutes, type RouteObject } from 'react-router';
import { PublicLayout } from './routes/public-layout';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/sign-in-route';
import { StaffLayout } from './routes/staff-layout';
import { HOME_PATH, paths } from '../config/paths';
import { SITE_NAME } from './site';

// Sign-in ships with the first bundle; the working pages load when first opened.
const CompaniesRoute = lazy(() => import('./routes/companies-route'));
const StaffRoute = lazy(() => import('./routes/staff-route'));
const NotFoundRoute = lazy(() => import('@rapport/client/not-found-route'));

// Declarative routes under <BrowserRouter> (app.tsx), as in the seeker app: no
// loaders or actions are used, and the data router costs about 17 KB gzipped.
// Errors are caught by app.tsx's RouteErrorBoundary.
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      {
        element: <PublicLayout />,
        children: [{ path: paths.signIn.pattern, element: <SignInRoute /> }],
      },
      {
        element: <StaffLayout />,
        children: [
          { index: true, element: <Navigate to={HOME_PATH} replace /> },
          { path: paths.companies.pattern, element: <CompaniesRoute /> },
          { path: paths.staff.pattern, element: <StaffRoute /> },
          { path: '*', element: <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} /> },
        ],
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
