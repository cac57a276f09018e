import { lazy, Suspense } from 'react';
import type { UserMenuProps } from './user-menu';

const Menu = lazy(() => import('./user-menu').then((m) => ({ default: m.UserMenu })));

/**
 * The signed-in header's account menu, fetched after the page: its Dropdown, Avatar and role tag
 * are not needed by visitors, whose first load is the one that has to be small.
 */
export function UserMenu(props: UserMenuProps) {
  return (
    <Suspense fallback={<span className="tb-header__placeholder" aria-hidden="true" />}>
      <Menu {...props} />
    </Suspense>
  );
}
