import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, currentLanguage, isLanguage, type Language } from '../lib';

export interface LanguageSwitchProps {
  size?: 'small' | 'middle';
}

const OPTIONS: readonly { value: Language; testId: string }[] = [
  { value: 'zh-CN', testId: 'language-zh' },
  { value: 'en', testId: 'language-en' },
];

/**
 * 中文 / English. Each name is written in its own language, so it is findable in either UI.
 * Two native radio buttons styled as antd's Segmented (arrow keys move between them), so the
 * header of every page does not load Segmented.
 */
export function LanguageSwitch({ size = 'small' }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const name = useId();
  const value: Language = isLanguage(i18n.resolvedLanguage)
    ? i18n.resolvedLanguage
    : currentLanguage();
  return (
    <div
      role="radiogroup"
      aria-label={t('language.label')}
      className={`tb-lang tb-lang--${size}`}
      data-testid="language-switch"
    >
      {OPTIONS.map((option) => {
        const checked = option.value === value;
        return (
          <label
            key={option.value}
            className={checked ? 'tb-lang__item tb-lang__item--selected' : 'tb-lang__item'}
          >
            <input
              type="radio"
              className="tb-lang__input"
              name={name}
              value={option.value}
              checked={checked}
              onChange={() => void changeLanguage(option.value)}
            />
            <span lang={option.value} data-testid={option.testId}>
              {t(option.value === 'en' ? 'language.en' : 'language.zh')}
            </span>
          </label>
        );
      })}
    </div>
  );
}
