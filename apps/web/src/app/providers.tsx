import { QueryClientProvider } from '@tanstack/react-query';
import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n, queryClient } from '../lib';
import { AntdApp } from './antd-app';

const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1d4ed8',
    colorInfo: '#1d4ed8',
    // AA contrast (≥ 4.5:1) for success text on white and white text on success buttons.
    colorSuccess: '#047857',
    // Help texts under fields, descriptions: antd's default (45 % black) is 3.4:1 on white.
    colorTextDescription: 'rgba(0, 0, 0, 0.65)',
    // Descriptions labels and other tertiary text: the default (45 %) fails AA too.
    colorTextTertiary: 'rgba(0, 0, 0, 0.65)',
    // Hover shades and danger text darker than antd's derived ones, for AA contrast on white.
    colorPrimaryHover: '#1e40af',
    colorLinkHover: '#1e40af',
    colorError: '#cf1322',
    // Placeholders are read as labels by many users: 60 % black instead of 25 %.
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.6)',
    borderRadius: 8,
    fontFamily:
      "-apple-system, BlinkMacSystemFont, 'Segoe UI', 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Noto Sans SC', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: {
      headerBg: '#ffffff',
      headerPadding: '0 24px',
      bodyBg: '#f5f7fb',
      footerBg: '#0f172a',
    },
  },
};

/** antd follows the app language (zh_CN / en_US). */
function LocalizedAntd({ children }: { children: ReactNode }) {
  const { i18n: instance } = useTranslation();
  const locale = instance.resolvedLanguage === 'en' ? enUS : zhCN;
  return (
    <ConfigProvider locale={locale} theme={theme}>
      <AntdApp>{children}</AntdApp>
    </ConfigProvider>
  );
}

export interface AppProvidersProps {
  children: ReactNode;
}

export function AppProviders({ children }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <LocalizedAntd>{children}</LocalizedAntd>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
