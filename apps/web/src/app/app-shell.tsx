import { MenuOutlined } from '@ant-design/icons';
import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, ScrollRestoration, useLocation } from 'react-router';
import { Brand } from './brand';
import { PATHS } from '../shared';
import { LightButton, LightButtonLink, lazyWithAntd } from '../shared/ui';
import { LanguageSwitch } from './language-switch';
import { UserMenu, useSession } from '../features/auth';
import { NotificationBell } from '../features/notifications';
import { activeNavPath, type Audience, PUBLIC_NAVIGATION } from './navigation';
import { SessionWatcher } from './session-watcher';
import { MEDIA, useMediaQuery } from './use-media-query';

const MAIN_ID = 'main-content';
const DRAWER_ID = 'tb-nav-drawer';

// Signed-in menus (antd Menu with every role's items) and the narrow-screen drawer are fetched
// when they are first shown: the first load of a public page carries only the plain links below.
// With antd's theme and the features' messages (they name features' pages).
const NavMenu = lazyWithAntd(() => import('./nav-menu').then((m) => m.NavMenu));
const NavDrawer = lazyWithAntd(() => import('./nav-drawer').then((m) => m.NavDrawer));

/** The visitor's header links: plain links styled as antd's horizontal Menu. */
function PublicNav() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const selected = activeNavPath(PUBLIC_NAVIGATION, pathname);
  return (
    <ul className="tb-nav">
      {PUBLIC_NAVIGATION.map((item) => (
        <li key={item.path} className="tb-nav__item">
          <Link
            to={item.path}
            className={
              item.path === selected ? 'tb-nav__link tb-nav__link--active' : 'tb-nav__link'
            }
            aria-current={item.path === pathname ? 'page' : undefined}
            data-testid={`nav-${item.path}`}
          >
            <span className="tb-nav__icon" aria-hidden="true">
              {item.icon}
            </span>
            {t(item.labelKey)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function AuthActions({ compact }: { compact: boolean }) {
  const { t } = useTranslation();
  const session = useSession();
  switch (session.status) {
    case 'loading':
      return <span className="tb-header__placeholder" aria-hidden="true" />;
    case 'authenticated':
      return <UserMenu user={session.user} compact={compact} />;
    case 'anonymous':
    case 'error':
      return (
        <span className="tb-header__auth">
          <LightButtonLink to={PATHS.login} type="text" data-testid="header-login">
            {t('auth.login.title')}
          </LightButtonLink>
          {!compact && (
            <LightButtonLink to={PATHS.register} type="primary" data-testid="header-register">
              {t('auth.register.title')}
            </LightButtonLink>
          )}
        </span>
      );
  }
}

/**
 * The layout route: skip link, header (brand, role navigation, language, account), footer. Plain
 * elements styled as antd's Layout (global.css), so the first load does not carry Layout.
 */
export function AppShell() {
  const { t } = useTranslation();
  const wide = useMediaQuery(MEDIA.md);
  const large = useMediaQuery(MEDIA.lg, false);
  const session = useSession();
  const audience: Audience = session.status === 'authenticated' ? session.user.role : 'anonymous';
  const { pathname } = useLocation();
  // The drawer belongs to the page it was opened on: navigating anywhere closes it.
  const [drawerPath, setDrawerPath] = useState<string | null>(null);
  const drawerOpen = drawerPath === pathname;
  // Mounted from its first opening on, so closing it still animates.
  const [drawerMounted, setDrawerMounted] = useState(false);
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
    <div className="tb-shell">
      <a className="tb-skip-link" href={`#${MAIN_ID}`}>
        {t('app.skipToContent')}
      </a>
      <header className="tb-header">
        <div className="tb-header__inner">
          <Brand withTagline={large} />
          {wide && (
            <nav className="tb-header__nav" aria-label={t('nav.label')}>
              {audience === 'anonymous' ? (
                <PublicNav />
              ) : (
                <Suspense fallback={null}>
                  {/* Items that do not fit fold into a "…" submenu instead of wrapping the header. */}
                  <NavMenu audience={audience} mode="horizontal" className="tb-header__menu" />
                </Suspense>
              )}
            </nav>
          )}
          <div className="tb-header__actions">
            {wide && <LanguageSwitch />}
            {session.status === 'authenticated' && <NotificationBell role={session.user.role} />}
            <AuthActions compact={!wide} />
            {!wide && (
              <LightButton
                type="text"
                icon={<MenuOutlined />}
                aria-label={t('nav.openMenu')}
                aria-expanded={drawerOpen}
                aria-controls={DRAWER_ID}
                onClick={() => {
                  setDrawerMounted(true);
                  setDrawerPath(pathname);
                }}
                data-testid="open-nav"
              />
            )}
          </div>
        </div>
      </header>
      {!wide && drawerMounted && (
        <Suspense fallback={null}>
          <NavDrawer id={DRAWER_ID} audience={audience} open={drawerOpen} onClose={closeDrawer} />
        </Suspense>
      )}
      <div className="tb-content">
        <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="tb-main">
          <Outlet />
        </main>
      </div>
      <footer className="tb-footer">
        <div className="tb-footer__inner">
          <p className="tb-footer__tagline">{t('app.footer.tagline')}</p>
          <p className="tb-footer__basis">{t('app.footer.basis')}</p>
          <p className="tb-footer__copyright">
            {t('app.footer.copyright', { year: new Date().getFullYear() })}
          </p>
        </div>
      </footer>
      <SessionWatcher />
      <ScrollRestoration />
    </div>
  );
}
