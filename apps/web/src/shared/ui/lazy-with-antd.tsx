import { type ComponentType, lazy, type LazyExoticComponent } from 'react';
import { loadFeatureMessages } from '../../lib';

/**
 * `React.lazy` for a part of the UI that uses antd: fetches it together with antd's theme
 * (antd-theme.tsx) and the features' messages (lib/i18n.ts), and renders it inside the theme.
 */
export function lazyWithAntd<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => {
    const [Component, { AntdTheme }] = await Promise.all([
      load(),
      import('./antd-theme'),
      loadFeatureMessages(),
    ]);
    function Themed(props: P) {
      return (
        <AntdTheme>
          <Component {...props} />
        </AntdTheme>
      );
    }
    return { default: Themed };
  });
}
