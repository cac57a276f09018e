import { useSyncExternalStore } from 'react';

/**
 * Whether a media query matches, updated on change. Without `matchMedia` (tests without a DOM)
 * it reports `fallback`. Replaces antd's `Grid.useBreakpoint` in the shell, which would bring
 * antd's Row and Col into the first load.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : fallback),
    () => fallback,
  );
}

/** antd's breakpoints (`md` ≥ 768 px, `lg` ≥ 992 px), as the shell used them. */
export const MEDIA = {
  md: '(min-width: 768px)',
  lg: '(min-width: 992px)',
} as const;
