import { lazy, Suspense, type ComponentType } from 'react';
import { loadFeatureMessages } from '../lib';
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
  // The features' messages come with the first page that needs them (see lib/i18n.ts).
  const Page = lazy<ComponentType<P>>(() =>
    Promise.all([load(), loadFeatureMessages()]).then(([module]) => ({ default: module[name] })),
  );
  return function LazyPage(props: P) {
    return (
      <Suspense fallback={<PageLoading />}>
        <Page {...props} />
      </Suspense>
    );
  };
}
