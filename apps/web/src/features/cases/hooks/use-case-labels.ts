import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib';
import { industryName, regionName, scenarioName, useUiLanguage } from '../../../shared';
import { isKnownMetricCode, lowerIsBetter } from '../metric-change';

export interface CaseLabels {
  language: Language;
  t: TFunction;
  industry: (code: string) => string;
  region: (code: string) => string;
  scenario: (code: string) => string;
  /** "准时交付率"; an unknown code is shown as it is. */
  metric: (code: string) => string;
  /** "越低越好" / "越高越好". */
  metricHint: (code: string) => string;
  date: (iso: string) => string;
}

/** Names of the taxonomy codes and metric codes a case shows, in the UI language. */
export function useCaseLabels(): CaseLabels {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return useMemo(() => {
    const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    return {
      language,
      t,
      industry: (code) => industryName(code, language),
      region: (code) => regionName(code, language),
      scenario: (code) => scenarioName(code, language),
      metric: (code) => (isKnownMetricCode(code) ? t(`cases.metrics.${code}`) : code),
      metricHint: (code) =>
        lowerIsBetter(code) ? t('cases.metricHint.lower') : t('cases.metricHint.higher'),
      date: (iso) => {
        const date = new Date(iso);
        return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
      },
    };
  }, [language, t]);
}
