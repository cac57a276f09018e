/** The case API's shapes (libs/contracts/src/cases), in one place for the feature. */
export type {
  CaseListItem,
  CaseMetricView,
  CaseStatus,
  CaseView,
  CreateCaseRequest,
  UpdateCaseRequest,
} from '@toolbox/contracts';
