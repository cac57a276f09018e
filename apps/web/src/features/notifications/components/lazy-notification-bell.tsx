import { Suspense } from 'react';
import { lazyWithAntd } from '../../../shared/ui';
import type { NotificationBellProps } from './notification-bell';

// With antd's theme and the features' messages (it speaks the notifications namespace).
const Bell = lazyWithAntd(() => import('./notification-bell').then((m) => m.NotificationBell));

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
