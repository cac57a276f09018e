import { HomeOutlined, SearchOutlined, ShopOutlined, TrophyOutlined } from '@ant-design/icons';
import type { Role } from '@toolbox/domain';
import type { ParseKeys } from 'i18next';
import type { ReactNode } from 'react';
import { PATHS } from '../shared';

export type Audience = Role | 'anonymous';

export interface NavItem {
  path: string;
  labelKey: ParseKeys;
  icon: ReactNode;
  /** Other paths (and their sub-paths) that belong to this item, e.g. a history page. */
  alsoActiveOn?: readonly string[];
}

/**
 * What a visitor who is not signed in sees, in the first load. The roles' items (and their icons)
 * are in role-navigation.tsx, fetched with the signed-in header menu.
 */
export const PUBLIC_NAVIGATION: readonly NavItem[] = [
  { path: PATHS.home, labelKey: 'nav.home', icon: <HomeOutlined /> },
  { path: PATHS.offerings, labelKey: 'nav.offerings', icon: <ShopOutlined /> },
  { path: PATHS.search, labelKey: 'nav.search', icon: <SearchOutlined /> },
  { path: PATHS.cases, labelKey: 'nav.cases', icon: <TrophyOutlined /> },
];

/** The nav item a path belongs to: the longest item path that prefixes it. */
export function activeNavPath(items: readonly NavItem[], pathname: string): string | undefined {
  const matchLength = (item: NavItem): number =>
    Math.max(
      ...[item.path, ...(item.alsoActiveOn ?? [])].map((path) =>
        (path === '/' ? pathname === '/' : pathname === path || pathname.startsWith(`${path}/`))
          ? path.length
          : -1,
      ),
    );
  return items
    .map((item) => ({ path: item.path, length: matchLength(item) }))
    .filter((match) => match.length >= 0)
    .sort((a, b) => b.length - a.length)[0]?.path;
}
