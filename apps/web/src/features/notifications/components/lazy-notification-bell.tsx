import { lazy, Suspense } from 'react';
import type { NotificationBellProps } from './notification-bell';

const Bell = lazy(() =>
  import('./notification-bell').then((m) => ({ default: m.NotificationBell })),
);

/**
 * The header's bell, fetched after the page (it is only shown to signed-in users, and its popover
 * brings list, empty and error states that the first load of a page does not need).
 */
export function NotificationBell(props: NotificationBellProps) {
  return (
    <Suspense fallback={null}>
      <Bell {...props} />
    </Suspense>
  );
}
