/** Public face of shared: import it only through this file. */
export { centsToYuanInput, formatAmount, parseAmount, parseYuanToCents } from './money-input';
export {
  assessmentResultPath,
  editOfferingPath,
  loginPathFor,
  offeringPath,
  PATHS,
  providerPath,
  roleHomePath,
  safeNextPath,
} from './paths';
export {
  billingPeriodName,
  deploymentName,
  industryName,
  industryOptions,
  kindName,
  localName,
  offeringStatusName,
  providerKindName,
  regionName,
  regionOptions,
  regionOwnName,
  regionPath,
  scenarioDescription,
  scenarioGroupName,
  scenarioName,
  SCENARIOS_BY_GROUP,
  stageDescription,
  stageName,
} from './taxonomy';
export { ButtonLink } from './ui/button-link';
export type { EChartOption } from './ui/echart';
export { LazyEChart } from './ui/lazy-echart';
export { currentLanguageOf, useUiLanguage } from './use-ui-language';
