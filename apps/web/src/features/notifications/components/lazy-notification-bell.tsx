import { lazy, Suspense } from 'react';
import { loadFeatureMessages } from '../../../lib';
import type { NotificationBellProps } from './notification-bell';

// It speaks the notifications namespace: wait for the features' messages too (lib/i18n.ts).
const Bell = lazy(() =>
  Promise.all([import('./notification-bell'), loadFeatureMessages()]).then(([m]) => ({
    default: m.NotificationBell,
  })),
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
