import type { CaseMetricCode, CaseStatus } from './case.values.js';

/** One before/after figure of a case. */
export interface CaseMetricView {
  code: CaseMetricCode;
  before: number;
  after: number;
}

/** A case as every case endpoint answers it (api-v1.md "Public programmes"). */
export interface CaseView {
  id: string;
  title: string;
  story: string;
  /** GB/T 4754-2017 division code of the client firm, e.g. `C34`. */
  industry: string;
  /** GB/T 2260 region code of the client firm. */
  region: string;
  scenarios: string[];
  /** The linked offerings (of the case's provider), in the order they were given. */
  offerings: { id: string; title: string }[];
  metrics: CaseMetricView[];
  provider: { id: string; name: string };
  status: CaseStatus;
  /** The admin's reason when `status` is `rejected`; otherwise `null`. */
  rejectionReason: string | null;
  createdAt: string;
  updatedAt: string;
  /** When it was last submitted for review; `null` while never submitted. */
  submittedAt: string | null;
  /** When it was (last) approved; `null` while never published. */
  publishedAt: string | null;
}

/** A case in a list: the same shape as the case itself (stories are short). */
export type CaseListItem = CaseView;
