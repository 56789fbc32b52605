import { lazy } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { PublicLayout } from './routes/public-layout';
import { RootLayout } from './routes/root-layout';
import { RouteError } from './routes/route-error';
import { SignInRoute } from './routes/sign-in-route';
import { StaffLayout } from './routes/staff-layout';
import { SITE_NAME } from './site';

// Sign-in ships with the first bundle; the working pages load when first opened.
const CompaniesRoute = lazy(() => import('./routes/companies-route'));
const StaffRoute = lazy(() => import('./routes/staff-route'));
const NotFoundRoute = lazy(() => import('@rapport/client/not-found-route'));

export const router = createBrowserRouter(
  [
    {
      element: <RootLayout />,
      errorElement: <RouteError />,
      children: [
        {
          element: <PublicLayout />,
          children: [{ path: 'sign-in', element: <SignInRoute /> }],
        },
        {
          element: <StaffLayout />,
          children: [
            { index: true, element: <Navigate to="/companies" replace /> },
            { path: 'companies', element: <CompaniesRoute /> },
            { path: 'staff', element: <StaffRoute /> },
            { path: '*', element: <NotFoundRoute siteName={SITE_NAME} /> },
          ],
        },
      ],
    },
  ],
  { basename: '/admin' },
);
