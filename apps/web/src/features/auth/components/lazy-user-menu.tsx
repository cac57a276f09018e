import { Suspense } from 'react';
import { lazyWithAntd } from '../../../shared/ui';
import type { UserMenuProps } from './user-menu';

const Menu = lazyWithAntd(() => import('./user-menu').then((m) => m.UserMenu));

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
