import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, type Language } from '../lib';

export interface LanguageSwitchProps {
  size?: 'small' | 'middle' | 'large';
}

/** 中文 / English. Each name is written in its own language, so it is findable in either UI. */
export function LanguageSwitch({ size = 'small' }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const value: Language = isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : currentLanguage();
  return (
    <Segmented<Language>
      size={size}
      value={value}
      aria-label={t('language.label')}
      data-testid="language-switch"
      onChange={(next) => void changeLanguage(next)}
      options={[
        {
          value: 'zh-CN',
          label: (
            <span lang="zh-CN" data-testid="language-zh">
              {t('language.zh')}
            </span>
          ),
        },
        {
          value: 'en',
          label: (
            <span lang="en" data-testid="language-en">
              {t('language.en')}
            </span>
          ),
        },
      ]}
    />
  );
}
