import {
  AppstoreOutlined,
  DashboardOutlined,
  HomeOutlined,
  SettingOutlined,
} from '@ant-design/icons';
import type { Role } from '@toolbox/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { PATHS } from './paths';

export type Audience = Role | 'anonymous';

export interface NavItem {
  path: string;
  labelKey: ParseKeys;
  icon: ReactNode;
}

/** Who sees which top-level page. Only pages that exist are listed. */
export const NAVIGATION: Record<Audience, readonly NavItem[]> = {
  anonymous: [{ path: PATHS.home, labelKey: 'nav.home', icon: <HomeOutlined /> }],
  sme: [{ path: PATHS.smeHome, labelKey: 'nav.smeHome', icon: <DashboardOutlined /> }],
  provider: [
    { path: PATHS.providerHome, labelKey: 'nav.providerHome', icon: <AppstoreOutlined /> },
  ],
  admin: [{ path: PATHS.adminHome, labelKey: 'nav.adminHome', icon: <SettingOutlined /> }],
};

/** The nav item a path belongs to: the longest item path that prefixes it. */
export function activeNavPath(items: readonly NavItem[], pathname: string): string | undefined {
  return items
    .filter((item) =>
      item.path === '/'
        ? pathname === '/'
        : pathname === item.path || pathname.startsWith(`${item.path}/`),
    )
    .sort((a, b) => b.path.length - a.path.length)[0]?.path;
}
