import { ScrollRestoration } from '@rapport/client/scroll-restoration';
import { Outlet } from 'react-router';

export function RootLayout() {
  return (
    <>
      <Outlet />
      <ScrollRestoration />
    </>
  );
}
