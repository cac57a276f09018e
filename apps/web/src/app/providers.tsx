import { QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { i18n, queryClient } from '../lib';
import { AntdApp } from './antd-app';

export interface AppProvidersProps {
  children: ReactNode;
}

/**
 * i18n, the query client and `App.useApp()`. antd's ConfigProvider (theme, locale) is not here:
 * it wraps each lazily loaded part that uses antd (shared/ui/lazy-with-antd.tsx), so the landing
 * page, whose shell draws its few buttons with CSS, loads no antd at all.
 */
export function AppProviders({ children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <AntdApp>{children}</AntdApp>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
