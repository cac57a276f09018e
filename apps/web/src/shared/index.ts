/**
 * shared/: what several features use, without React components (those are in shared/ui):
 * route paths, taxonomy labels, the UI language, money input parsing, the common form rules and the
 * mapping of server validation errors onto form fields. Features import it only through this file; it imports
 * only lib/ (never a feature).
 */
export {
  type FieldErrorMapping,
  formErrorSummary,
  formFieldOf,
  mapFieldErrors,
  showServerFieldErrors,
  validationErrorsOf,
} from './form-errors';
export {
  atLeastOneRule,
  emailRules,
  maxLengthRule,
  passwordRules,
  requiredRule,
} from './form-rules';
export { centsToYuanInput, formatAmount, parseAmount, parseYuanToCents } from './money-input';
export {
  adminInquiryPath,
  assessmentResultPath,
  editOfferingPath,
  loginPathFor,
  offeringPath,
  PATHS,
  providerLeadPath,
  providerPath,
  roleHomePath,
  safeNextPath,
  smeInquiryPath,
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
  scenarioGroupOptions,
  scenarioName,
  SCENARIOS_BY_GROUP,
  stageDescription,
  stageName,
} from './taxonomy';
export { currentLanguageOf, useUiLanguage } from './use-ui-language';
