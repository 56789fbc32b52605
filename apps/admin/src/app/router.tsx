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
const CompanyRoute = lazy(() => import('./routes/company-route'));
const ContactsRoute = lazy(() => import('./routes/contacts-route'));
const ContactRoute = lazy(() => import('./routes/contact-route'));
// The import is the heaviest page (preview table, mapping, decisions) and the least visited.
const ContactImportRoute = lazy(() => import('./routes/contact-import-route'));
const SettingsRoute = lazy(() => import('./routes/settings-route'));
const StaffRoute = lazy(() => import('./routes/staff-route'));
const ApiKeysRoute = lazy(() => import('./routes/api-keys-route'));
const WebhooksRoute = lazy(() => import('./routes/webhooks-route'));
const ExpertsRoute = lazy(() => import('./routes/experts-route'));
const WarmCandidatesRoute = lazy(() => import('./routes/warm-candidates-route'));
const SeekersRoute = lazy(() => import('./routes/seekers-route'));
const SeekerRoute = lazy(() => import('./routes/seeker-route'));
const QuestionBankRoute = lazy(() => import('./routes/question-bank-route'));
// The explorer brings sigma and graphology (WebGL drawing, layout): only on its own page.
const NetworkRoute = lazy(() => import('./routes/network-route'));
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
          { path: paths.company.pattern, element: <CompanyRoute /> },
          { path: paths.contacts.pattern, element: <ContactsRoute /> },
          { path: paths.contactImport.pattern, element: <ContactImportRoute /> },
          { path: paths.contact.pattern, element: <ContactRoute /> },
          { path: paths.settings.pattern, element: <SettingsRoute /> },
          { path: paths.staff.pattern, element: <StaffRoute /> },
          { path: paths.apiKeys.pattern, element: <ApiKeysRoute /> },
          { path: paths.webhooks.pattern, element: <WebhooksRoute /> },
          { path: paths.experts.pattern, element: <ExpertsRoute /> },
          { path: paths.warmCandidates.pattern, element: <WarmCandidatesRoute /> },
          { path: paths.seekers.pattern, element: <SeekersRoute /> },
          { path: paths.seeker.pattern, element: <SeekerRoute /> },
          { path: paths.questionBank.pattern, element: <QuestionBankRoute /> },
          { path: paths.network.pattern, element: <NetworkRoute /> },
          { path: '*', element: <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} /> },
        ],
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
