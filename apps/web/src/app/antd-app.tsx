import type { useAppProps } from 'antd/es/app/context';
import AppContext from 'antd/es/app/context';
import { type ReactNode, Suspense, useEffect, useState } from 'react';
import { lazyWithAntd } from '../shared/ui';

/**
 * What antd's `<App>` gives `App.useApp()` (message, notification, modal), without putting the
 * three of them into the first load of every page: the context holds stand-ins, and the real
 * hooks (antd-app-holders.tsx, with antd's core) are fetched once the browser is idle after the
 * first render, or at the first call. A call made before they arrive (in practice none: they load
 * while the page is read) runs once they are in, and then returns a promise of what the real call
 * returns.
 */
let api: useAppProps | null = null;
let waiting: ((ready: useAppProps) => void)[] = [];
let loading: Promise<unknown> | null = null;
/** Mounts the holders (set by AntdApp while it is mounted). */
let mountHolders: (() => void) | null = null;

function loadHolders(): Promise<unknown> {
  loading ??= import('./antd-app-holders');
  return loading;
}

/** Called by the holders once the real instances exist (and with null when they unmount). */
function publishAppApi(next: useAppProps | null): void {
  api = next;
  if (next === null) return;
  const queued = waiting;
  waiting = [];
  for (const resolve of queued) resolve(next);
}

function whenReady(): Promise<useAppProps> {
  if (api !== null) return Promise.resolve(api);
  void loadHolders();
  mountHolders?.();
  return new Promise((resolve) => waiting.push(resolve));
}

type Part = keyof useAppProps;

function standIn<K extends Part>(part: K): useAppProps[K] {
  const target = {};
  return new Proxy(target, {
    get(_target, method: string | symbol) {
      return (...args: unknown[]) => {
        const call = (ready: useAppProps): unknown => {
          const fn = (ready[part] as unknown as Record<string | symbol, unknown>)[method];
          return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown)(...args) : fn;
        };
        return api !== null ? call(api) : whenReady().then(call);
      };
    },
  }) as useAppProps[K];
}

const VALUE: useAppProps = {
  message: standIn('message'),
  notification: standIn('notification'),
  modal: standIn('modal'),
};

const Holders = lazyWithAntd(() =>
  (loadHolders() as Promise<typeof import('./antd-app-holders')>).then((m) => m.default),
);

export interface AntdAppProps {
  children: ReactNode;
}

/** Replaces antd's `<App component={false}>` above the router (the holders bring their theme). */
export function AntdApp({ children }: AntdAppProps) {
  const [holders, setHolders] = useState(false);
  useEffect(() => {
    const mount = () => setHolders(true);
    mountHolders = mount;
    // Not while the first page is still rendering and painting (Lighthouse's TBT, the LCP).
    const idle =
      typeof window.requestIdleCallback === 'function'
        ? window.requestIdleCallback(mount, { timeout: 3000 })
        : window.setTimeout(mount, 1500);
    return () => {
      mountHolders = null;
      if (typeof window.cancelIdleCallback === 'function') window.cancelIdleCallback(idle);
      else window.clearTimeout(idle);
    };
  }, []);
  return (
    <AppContext.Provider value={VALUE}>
      {children}
      {holders && (
        <Suspense fallback={null}>
          <Holders onReady={publishAppApi} />
        </Suspense>
      )}
    </AppContext.Provider>
  );
}
