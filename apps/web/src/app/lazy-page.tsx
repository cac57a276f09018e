import { Suspense, type ComponentType } from 'react';
import { lazyWithAntd } from '../shared/ui';
import { PageLoading } from './page-loading';

/**
 * A page that is fetched when it first renders (its own chunk, or its role area's), with the
 * page spinner meanwhile. Every page except the landing page is loaded this way, so the first
 * load of `/` carries only the shell (see docs/architecture.md, "Adding a page").
 */
export function lazyPage<K extends string, P extends object = object>(
  load: () => Promise<Record<K, ComponentType<P>>>,
  name: K,
): ComponentType<P> {
  // With antd's theme and the features' messages (see shared/ui/lazy-with-antd.tsx).
  const Page = lazyWithAntd(() => load().then((module) => module[name]));
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
