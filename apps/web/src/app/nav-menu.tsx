import { Menu } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { activeNavPath, type Audience } from './navigation';
import { navigationFor } from './role-navigation';

export interface NavMenuProps {
  audience: Audience;
  mode: 'horizontal' | 'vertical';
  className?: string;
  onClick?: () => void;
}

/**
 * antd's Menu with an audience's items: the signed-in header (whose items that do not fit fold
 * into a "…" submenu) and the narrow-screen drawer. Fetched after the page (see app-shell.tsx).
 */
export function NavMenu({ audience, mode, className, onClick }: NavMenuProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = navigationFor(audience);
  const selected = activeNavPath(items, pathname);
  return (
    <Menu
      mode={mode}
      selectedKeys={selected ? [selected] : []}
      className={className}
      onClick={onClick}
      items={items.map((item) => ({
        key: item.path,
        icon: item.icon,
        label: (
          <Link to={item.path} data-testid={`nav-${item.path}`}>
            {t(item.labelKey)}
          </Link>
        ),
      }))}
    />
  );
}
