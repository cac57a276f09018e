import {
  DashboardOutlined,
  DownOutlined,
  KeyOutlined,
  LogoutOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { UserView } from '@toolbox/contracts';
import { Avatar, Button, Dropdown, type MenuProps } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { roleHomePath } from '../../../shared';
import { useLogOut } from '../hooks/use-log-out';
import { RoleTag } from './role-tag';

// The dialog (a form in a modal) is fetched when first opened, not with every page's header.
const ChangePasswordDialog = lazy(() =>
  import('./change-password-dialog').then((m) => ({ default: m.ChangePasswordDialog })),
);

export interface UserMenuProps {
  user: UserView;
  /** Narrow screens show only the avatar. */
  compact?: boolean;
}

export function UserMenu({ user, compact = false }: UserMenuProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const logOut = useLogOut();
  const [passwordOpen, setPasswordOpen] = useState(false);
  // Mounted from the first opening on, so closing it still animates.
  const [passwordMounted, setPasswordMounted] = useState(false);

  const items: MenuProps['items'] = [
    {
      key: 'identity',
      disabled: true,
      label: (
        <span className="tb-user-menu__identity">
          <span className="tb-user-menu__name">{user.name}</span>
          <span className="tb-user-menu__email">{t('auth.signedInAs', { email: user.email })}</span>
        </span>
      ),
    },
    { type: 'divider' },
    {
      key: 'home',
      icon: <DashboardOutlined />,
      label: <span data-testid="menu-my-workspace">{t('auth.myWorkspace')}</span>,
    },
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="menu-change-password">{t('auth.password.menu')}</span>,
    },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('auth.logout')}</span>,
    },
  ];

  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'home') void navigate(roleHomePath(user.role));
    if (key === 'password') {
      setPasswordMounted(true);
      setPasswordOpen(true);
    }
    if (key === 'logout') void logOut();
  };

  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight" autoFocus>
        <Button
          type="text"
          className="tb-user-menu__trigger"
          aria-label={t('auth.userMenu', { name: user.name })}
          data-testid="user-menu"
        >
          <Avatar size="small" icon={<UserOutlined />} className="tb-user-menu__avatar" />
          {!compact && (
            <>
              <span className="tb-user-menu__label" data-testid="user-menu-name">
                {user.name}
              </span>
              <RoleTag role={user.role} />
            </>
          )}
          <DownOutlined className="tb-user-menu__caret" />
        </Button>
      </Dropdown>
      {passwordMounted && (
        <Suspense fallback={null}>
          <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
