import { ConfigProvider, type ThemeConfig } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

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
};

export interface AntdThemeProps {
  children: ReactNode;
}

/**
 * antd's theme and locale (zh_CN / en_US, following the app language) around a part of the UI that
 * uses antd components. Not at the root: every such part is lazy (pages, signed-in menus, the
 * notification bell) and brings this module with it, so the landing page loads no antd at all.
 */
export function AntdTheme({ children }: AntdThemeProps) {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.resolvedLanguage === 'en' ? enUS : zhCN} theme={theme}>
      {children}
    </ConfigProvider>
  );
}
