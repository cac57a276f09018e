import { Drawer, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../shared';
import { ButtonLink } from '../shared/ui';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';
import type { Audience } from './navigation';

export interface NavDrawerProps {
  id: string;
  audience: Audience;
  open: boolean;
  onClose: () => void;
}

/** The narrow-screen navigation: fetched the first time it is opened (see app-shell.tsx). */
export function NavDrawer({ id, audience, open, onClose }: NavDrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      id={id}
      title={t('nav.menuTitle')}
      placement="right"
      size={280}
      open={open}
      onClose={onClose}
    >
      <nav aria-label={t('nav.label')}>
        <NavMenu
          audience={audience}
          mode="vertical"
          className="tb-drawer__menu"
          onClick={onClose}
        />
      </nav>
      <div className="tb-drawer__section">
        <LanguageSwitch size="middle" />
      </div>
      {audience === 'anonymous' && (
        <div className="tb-drawer__section">
          <Space orientation="vertical" style={{ width: '100%' }}>
            <ButtonLink to={PATHS.login} block>
              {t('auth.login.title')}
            </ButtonLink>
            <ButtonLink to={PATHS.register} type="primary" block>
              {t('auth.register.title')}
            </ButtonLink>
          </Space>
        </div>
      )}
    </Drawer>
  );
}
