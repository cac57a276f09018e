import { createBrowserRouter } from 'react-router';
import { AdminHomePage } from '../pages/admin-home-page';
import { LandingPage } from '../pages/landing-page';
import { LoginPage } from '../pages/login-page';
import { NotFoundPage } from '../pages/not-found-page';
import { ProviderHomePage } from '../pages/provider-home-page';
import { RegisterPage } from '../pages/register-page';
import { SmeHomePage } from '../pages/sme-home-page';
import { AppShell } from './app-shell';
import { GuestOnly, RequireAuth, RequireRole } from './guards';
import { RouteError } from './route-error';

export const router = createBrowserRouter([
  {
    element: <AppShell />,
    // If the shell itself fails, replace the whole page.
    errorElement: <RouteError />,
    children: [
      {
        // Page errors render inside the shell, so header and navigation keep working.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <LandingPage /> },
          {
            element: <GuestOnly />,
            children: [
              { path: 'login', element: <LoginPage /> },
              { path: 'register', element: <RegisterPage /> },
            ],
          },
          {
            element: <RequireAuth />,
            children: [
              {
                path: 'sme',
                element: <RequireRole role="sme" />,
                children: [{ index: true, element: <SmeHomePage /> }],
              },
              {
                path: 'provider',
                element: <RequireRole role="provider" />,
                children: [{ index: true, element: <ProviderHomePage /> }],
              },
              {
                path: 'admin',
                element: <RequireRole role="admin" />,
                children: [{ index: true, element: <AdminHomePage /> }],
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);
