import { LoadingIndicator } from '@rapport/ui/loading-indicator';
import { lazy, Suspense } from 'react';
import { useRoutes, type RouteObject } from 'react-router';
import { PublicLayout } from './routes/public-layout';
import { SignedInLayout } from './routes/signed-in-layout';
import { FullScreenLayout } from './routes/full-screen-layout';
import { RootLayout } from './routes/root-layout';
import { SignInRoute } from './routes/sign-in-route';
import { HOME_PATH, paths } from '../config/paths';
import { NOT_FOUND_HOME, SITE_NAME } from './site';

// Sign-in is where most visits start, so it ships with the first bundle; the
// other pages are fetched the first time they are needed.
const SignUpRoute = lazy(() => import('./routes/sign-up-route'));
const HomeRoute = lazy(() => import('./routes/home-route'));
const CompaniesRoute = lazy(() => import('./routes/companies-route'));
const CompanyRoute = lazy(() => import('./routes/company-route'));
const ContactsRoute = lazy(() => import('./routes/contacts-route'));
const ContactRoute = lazy(() => import('./routes/contact-route'));
const ExpertsRoute = lazy(() => import('./routes/experts-route'));
const MeetingPrepareRoute = lazy(() => import('./routes/meeting-prepare-route'));
const MeetingLiveRoute = lazy(() => import('./routes/meeting-live-route'));
const MeetingWrapUpRoute = lazy(() => import('./routes/meeting-wrap-up-route'));
const FollowUpsRoute = lazy(() => import('./routes/follow-ups-route'));
const ThankYouCardsRoute = lazy(() => import('./routes/thank-you-cards-route'));
const NetworkRoute = lazy(() => import('./routes/network-route'));
const MeetingsRoute = lazy(() => import('./routes/meetings-route'));
const MeetingRoute = lazy(() => import('./routes/meeting-route'));
const ReplyRoute = lazy(() => import('./routes/reply-route'));
const NotFoundRoute = lazy(() => import('@rapport/client/not-found-route'));

// Declarative routes (<BrowserRouter> in app.tsx, not createBrowserRouter): the
// app uses no loaders or actions, and the data router cost about 17 KB gzipped
// of the first load (issue #11). Errors are caught by app.tsx's RouteErrorBoundary.
const routes: RouteObject[] = [
  {
    element: <RootLayout />,
    children: [
      // A contact answering a scheduling link: no account, whoever is signed in.
      {
        path: paths.schedulingReply.pattern,
        element: (
          <Suspense fallback={<LoadingIndicator />}>
            <ReplyRoute />
          </Suspense>
        ),
      },
      {
        element: <PublicLayout />,
        children: [
          { path: paths.signIn.pattern, element: <SignInRoute /> },
          { path: paths.signUp.pattern, element: <SignUpRoute /> },
        ],
      },
      {
        element: <FullScreenLayout />,
        children: [{ path: paths.meetingLive.pattern, element: <MeetingLiveRoute /> }],
      },
      {
        element: <SignedInLayout />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: paths.companies.pattern, element: <CompaniesRoute /> },
          { path: paths.company.pattern, element: <CompanyRoute /> },
          { path: paths.contacts.pattern, element: <ContactsRoute /> },
          { path: paths.contact.pattern, element: <ContactRoute /> },
          { path: paths.experts.pattern, element: <ExpertsRoute /> },
          { path: paths.meetingPrepare.pattern, element: <MeetingPrepareRoute /> },
          { path: paths.meetingWrapUp.pattern, element: <MeetingWrapUpRoute /> },
          { path: paths.followUps.pattern, element: <FollowUpsRoute /> },
          { path: paths.thankYouCards.pattern, element: <ThankYouCardsRoute /> },
          { path: paths.network.pattern, element: <NetworkRoute /> },
          { path: paths.meetings.pattern, element: <MeetingsRoute /> },
          { path: paths.meeting.pattern, element: <MeetingRoute /> },
          {
            path: '*',
            element: (
              <NotFoundRoute siteName={SITE_NAME} homePath={HOME_PATH} {...NOT_FOUND_HOME} />
            ),
          },
        ],
      },
    ],
  },
];

export function AppRoutes() {
  return useRoutes(routes);
}
