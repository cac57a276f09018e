import {
  type BilingualLabel,
  type BillingPeriod,
  formatCny,
  type MoneyLocale,
  type OfferingKind,
  type OfferingStatus,
  type ProviderKind,
  type ScenarioGroupCode,
} from '@toolbox/domain';
import { useMemo } from 'react';
import {
  billingPeriodName,
  deploymentName,
  industryName,
  kindName,
  localName,
  offeringStatusName,
  providerKindName,
  regionOwnName,
  scenarioDescription,
  scenarioGroupName,
  scenarioName,
  stageDescription,
  stageName,
  useUiLanguage,
} from '../../../shared';

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

/** Names of catalogue codes (from the shared taxonomy), money and dates in the UI language. */
export function useCatalogueLabels(): CatalogueLabels {
  const lang: MoneyLocale = useUiLanguage();
  return useMemo(() => {
    const en = lang === 'en';
    const dateTimeFormat = new Intl.DateTimeFormat(lang, {
      dateStyle: 'medium',
      timeStyle: 'short',
    });
    const dateFormat = new Intl.DateTimeFormat(lang, { dateStyle: 'medium' });
    const formatDate = (format: Intl.DateTimeFormat, iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : format.format(date);
    };
    return {
      lang,
      pick: (label) => localName(label, lang),
      text: (zh, enText) => (en && enText ? enText : zh),
      showsEnglish: (enText) => en && Boolean(enText),
      scenario: (code) => scenarioName(code, lang),
      scenarioDescription: (code) => scenarioDescription(code, lang),
      scenarioGroup: (code) => scenarioGroupName(code, lang),
      industry: (code) => industryName(code, lang),
      region: (code) => regionOwnName(code, lang),
      stage: (level) => stageName(level, lang),
      stageDescription: (level) => stageDescription(level, lang),
      offeringKind: (kind) => kindName(kind, lang),
      providerKind: (kind) => providerKindName(kind, lang),
      deployment: (deployment) => deploymentName(deployment, lang),
      billingPeriod: (period) => billingPeriodName(period, lang),
      status: (status) => offeringStatusName(status, lang),
      money: (cents) => formatCny(cents, lang),
      dateTime: (iso) => formatDate(dateTimeFormat, iso),
      date: (iso) => formatDate(dateFormat, iso),
    };
  }, [lang]);
}
