import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { RouteError } from './routes/route-error';
import { PublicLayout } from './routes/public-layout';
import { SignedInLayout } from './routes/signed-in-layout';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/sign-in-route';
import { SITE_NAME } from './site';

// Sign-in is where most visits start, so it ships with the first bundle; the
// other pages are fetched the first time they are needed.
const SignUpRoute = lazy(() => import('./routes/sign-up-route'));
const CompaniesRoute = lazy(() => import('./routes/companies-route'));
const CompanyRoute = lazy(() => import('./routes/company-route'));
const NotFoundRoute = lazy(() => import('@rapport/client/not-found-route'));

export const router = createBrowserRouter([
  {
    element: <RootLayout />,
    errorElement: <RouteError />,
    children: [
      {
        element: <PublicLayout />,
        children: [
          { path: 'sign-in', element: <SignInRoute /> },
          { path: 'sign-up', element: <SignUpRoute /> },
        ],
      },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <Navigate to="/companies" replace /> },
          { path: 'companies', element: <CompaniesRoute /> },
          { path: 'companies/:companyId', element: <CompanyRoute /> },
          { path: '*', element: <NotFoundRoute siteName={SITE_NAME} /> },
        ],
      },
    ],
  },
]);
