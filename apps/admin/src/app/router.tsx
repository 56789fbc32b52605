import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PublicLayout } from './routes/public-layout';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { StaffLayout } from './routes/staff-layout';
import { BASENAME, HOME_PATH, paths } from '../config/paths';
import { SITE_NAME } from './site';

// Sign-in ships with the first bundle; the working pages load when first opened.
const CompaniesRoute = lazy(() => import('./routes/companies-route'));
const StaffRoute = lazy(() => import('./routes/staff-route'));
const ApiKeysRoute = lazy(() => import('./routes/api-keys-route'));
const WebhooksRoute = lazy(() => import('./routes/webhooks-route'));
const NotFoundRoute = lazy(() => import('@rapport/client/not-found-route'));

export const router = createBrowserRouter(
  [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
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
            { path: paths.apiKeys.pattern, element: <ApiKeysRoute /> },
            { path: paths.webhooks.pattern, element: <WebhooksRoute /> },
            { path: '*', element: <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} /> },
          ],
        },
      ],
    },
  ],
  { basename: BASENAME },
);
