import {
  BILLING_PERIOD_LABELS,
  type BilingualLabel,
  type BillingPeriod,
  DEPLOYMENT_LABELS,
  formatCny,
  industryByCode,
  isDeployment,
  type MoneyLocale,
  OFFERING_KIND_LABELS,
  OFFERING_STATUS_LABELS,
  type OfferingKind,
  type OfferingStatus,
  PROVIDER_KIND_LABELS,
  type ProviderKind,
  regionByCode,
  scenarioByCode,
  SCENARIO_GROUPS,
  type ScenarioGroupCode,
  stageByLevel,
} from '@toolbox/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface CatalogueLabels {
  lang: MoneyLocale;
  /** The label of a bilingual value in the UI language. */
  pick: (label: BilingualLabel) => string;
  /** An offering's own text: the English version when the UI is English and it has one. */
  text: (zh: string, en: string | null | undefined) => string;
  /** True when `text` would show the English version. */
  showsEnglish: (en: string | null | undefined) => boolean;
  scenario: (code: string) => string;
  scenarioDescription: (code: string) => string;
  scenarioGroup: (code: ScenarioGroupCode) => string;
  industry: (code: string) => string;
  region: (code: string) => string;
  stage: (level: number) => string;
  stageDescription: (level: number) => string;
  offeringKind: (kind: OfferingKind) => string;
  providerKind: (kind: ProviderKind) => string;
  deployment: (deployment: string) => string;
  billingPeriod: (period: BillingPeriod) => string;
  status: (status: OfferingStatus) => string;
  money: (cents: number) => string;
  dateTime: (iso: string) => string;
  date: (iso: string) => string;
}

/** Names of catalogue codes, money and dates in the current UI language. */
export function useCatalogueLabels(): CatalogueLabels {
  const { i18n } = useTranslation();
  const lang: MoneyLocale = i18n.resolvedLanguage === 'en' ? 'en' : 'zh-CN';
  return useMemo(() => {
    const en = lang === 'en';
    const pick = (label: BilingualLabel) => (en ? label.nameEn : label.nameZh);
    const dateTimeFormat = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const formatDate = (format: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    const groups = new Map(SCENARIO_GROUPS.map((group) => [group.code, group]));
    return {
      lang,
      pick,
      text: (zh, enText) => (en && enText ? enText : zh),
      showsEnglish: (enText) => en && Boolean(enText),
      scenario: (code) => {
        const scenario = scenarioByCode(code);
        return scenario ? pick(scenario) : code;
      },
      scenarioDescription: (code) => {
        const scenario = scenarioByCode(code);
        if (!scenario) return '';
        return en ? scenario.descriptionEn : scenario.descriptionZh;
      },
      scenarioGroup: (code) => {
        const group = groups.get(code);
        return group ? pick(group) : code;
      },
      industry: (code) => {
        const industry = industryByCode(code);
        return industry ? pick(industry) : code;
      },
      region: (code) => {
        const region = regionByCode(code);
        return region ? pick(region) : code;
      },
      stage: (level) => {
        const stage = stageByLevel(level);
        return stage ? pick(stage) : String(level);
      },
      stageDescription: (level) => {
        const stage = stageByLevel(level);
        if (!stage) return '';
        return en ? stage.descriptionEn : stage.descriptionZh;
      },
      offeringKind: (kind) => pick(OFFERING_KIND_LABELS[kind]),
      providerKind: (kind) => pick(PROVIDER_KIND_LABELS[kind]),
      deployment: (deployment) =>
        isDeployment(deployment) ? pick(DEPLOYMENT_LABELS[deployment]) : deployment,
      billingPeriod: (period) => pick(BILLING_PERIOD_LABELS[period]),
      status: (status) => pick(OFFERING_STATUS_LABELS[status]),
      money: (cents) => formatCny(cents, lang),
      dateTime: (iso) => formatDate(dateTimeFormat, iso),
      date: (iso) => formatDate(dateFormat, iso),
    };
  }, [lang]);
}
