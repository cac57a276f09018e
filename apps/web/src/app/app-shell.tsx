import { MenuOutlined } from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Skeleton, Space } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Brand } from './brand';
import { PATHS } from '../shared';
import { ButtonLink } from '../shared/ui';
import { LanguageSwitch } from './language-switch';
import { UserMenu, useSession } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { activeNavPath, type Audience, NAVIGATION } from './navigation';
import { SessionWatcher } from './session-watcher';

const MAIN_ID = 'main-content';

function useNavItems(audience: Audience) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const items = NAVIGATION[audience];
  const selected = activeNavPath(items, pathname);
  return {
    selectedKeys: selected ? [selected] : [],
    items: items.map((item) => ({
      key: item.path,
      icon: item.icon,
      label: (
        <Link to={item.path} data-testid={`nav-${item.path}`}>
          {t(item.labelKey)}
        </Link>
      ),
    })),
  };
}

function AuthActions({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <Skeleton.Button active size="small" aria-hidden="true" />;
    case 'authenticated':
      return <UserMenu user={session.user} compact={compact} />;
    case 'anonymous':
    case 'error':
      return (
        <Space size="small">
          <ButtonLink to={PATHS.login} type="text" data-testid="header-login">
            {t('auth.login.title')}
          </ButtonLink>
          {!compact && (
            <ButtonLink to={PATHS.register} type="primary" data-testid="header-register">
              {t('auth.register.title')}
            </ButtonLink>
          )}
        </Space>
      );
  }
}

/** The layout route: skip link, header (brand, role navigation, language, account), footer. */
export function AppShell() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const wide = screens.md ?? true;
  const session = useSession();
  const audience: Audience = session.status === 'authenticated' ? session.user.role : 'anonymous';
  const navItems = useNavItems(audience);
  const { pathname } = useLocation();
  // The drawer belongs to the page it was opened on: navigating anywhere closes it.
  const [drawerPath, setDrawerPath] = useState<string | null>(null);
  const drawerOpen = drawerPath === pathname;
  const closeDrawer = () => setDrawerPath(null);

  // After client-side navigation, move focus to the new page so screen readers announce it.
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const main = mainRef.current;
    // Leave focus alone if the new page already placed it (e.g. on a form field).
    if (main && !main.contains(document.activeElement)) main.focus({ preventScroll: true });
  }, [pathname]);

  return (
    <Layout className="tb-shell">
      <a className="tb-skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <Layout.Header className="tb-header">
        <div className="tb-header__inner">
          <Brand withTagline={screens.lg ?? false} />
          {wide && (
            <nav className="tb-header__nav" aria-label={t('nav.label')}>
              <Menu
                mode="horizontal"
                selectedKeys={navItems.selectedKeys}
                items={navItems.items}
                className="tb-header__menu"
                // Items that do not fit fold into a "…" submenu instead of wrapping the header.
              />
            </nav>
          )}
          <div className="tb-header__actions">
            {wide && <LanguageSwitch />}
            {session.status === 'authenticated' && <NotificationBell role={session.user.role} />}
            <AuthActions compact={!wide} />
            {!wide && (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                aria-expanded={drawerOpen}
                aria-controls="tb-nav-drawer"
                onClick={() => setDrawerPath(pathname)}
                data-testid="open-nav"
              />
            )}
          </div>
        </div>
      </Layout.Header>
      {!wide && (
        <Drawer
          id="tb-nav-drawer"
          title={t('nav.menuTitle')}
          placement="right"
          size={280}
          open={drawerOpen}
          onClose={closeDrawer}
        >
          <nav aria-label={t('nav.label')}>
            <Menu
              mode="vertical"
              selectedKeys={navItems.selectedKeys}
              items={navItems.items}
              className="tb-drawer__menu"
              onClick={closeDrawer}
            />
          </nav>
          <div className="tb-drawer__section">
            <LanguageSwitch size="middle" />
          </div>
          {session.status !== 'authenticated' && (
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
      )}
      <Layout.Content className="tb-content">
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="tb-main">
          <Outlet />
        </main>
      </Layout.Content>
      <Layout.Footer className="tb-footer">
        <div className="tb-footer__inner">
          <p className="tb-footer__tagline">{t('app.footer.tagline')}</p>
          <p className="tb-footer__basis">{t('app.footer.basis')}</p>
          <p className="tb-footer__copyright">
            {t('app.footer.copyright', { year: new Date().getFullYear() })}
          </p>
        </div>
      </Layout.Footer>
      <SessionWatcher />
      <ScrollRestoration />
    </Layout>
  );
}
