/**
 * The plan API's shapes (`/api/plans/me`), from the shared contracts; aliased here so the feature
 * has one place to follow if the contract moves.
 */
export type {
  PlanCosts,
  PlanItemView as PlanItem,
  PlanProgress,
  PlanResponse,
} from '@toolbox/contracts';
export type { PlanPhase, PlanStatus, ScenarioCode } from '@toolbox/domain';

import type { PlanPhase, PlanStatus, ScenarioCode } from '@toolbox/domain';

/** `POST /api/plans/me/items`: an offering or a free-text title (one of the two). */
export interface CreatePlanItemBody {
  offeringId?: string;
  title?: string;
  scenario: ScenarioCode;
  priority: number;
  phase: PlanPhase;
  targetDate?: string | null;
  planIndex?: number | null;
  notes?: string | null;
}

/** `PATCH /api/plans/me/items/:id`: only the fields sent change. */
export interface UpdatePlanItemBody {
  title?: string;
  scenario?: ScenarioCode;
  priority?: number;
  phase?: PlanPhase;
  targetDate?: string | null;
  status?: PlanStatus;
  planIndex?: number | null;
  notes?: string | null;
}
