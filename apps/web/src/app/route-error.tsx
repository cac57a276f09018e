import { isRouteErrorResponse, useRouteError } from 'react-router';
import { ErrorFallback } from './error-fallback';
import { lazyPage } from './lazy-page';

const NotFoundPage = lazyPage(() => import('../pages/not-found-page'), 'NotFoundPage');

/** Route-level error element: unknown routes get the 404 page, anything else the fallback. */
export function RouteError() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ErrorFallback error={error} />;
}
