/**
 * The case API's shapes. PROVISIONAL until libs/contracts/src/cases lands: then this file only
 * re-exports the contract types.
 */
export type CaseStatus = 'draft' | 'pending' | 'published' | 'rejected';

export interface CaseMetric {
  code: string;
  before: number;
  after: number;
}

export interface CaseView {
  id: string;
  title: string;
  story: string;
  industry: string;
  region: string;
  scenarios: string[];
  offerings: { id: string; title: string }[];
  metrics: CaseMetric[];
  status: CaseStatus;
  statusReason: string | null;
  provider: { id: string; name: string };
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  publishedAt: string | null;
}

export type CaseListItem = CaseView;

export interface CreateCaseRequest {
  title: string;
  story: string;
  industry: string | null;
  region: string | null;
  scenarios: string[];
  offeringIds: string[];
  metrics: CaseMetric[];
}

export type UpdateCaseRequest = Partial<CreateCaseRequest>;
