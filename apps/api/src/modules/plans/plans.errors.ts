import { OWNER_LIMITS } from '@toolbox/contracts';
import { DomainError, type ErrorStatus } from '../../common/errors/domain-error.js';

export type PlanErrorCode =
  | 'PLAN_ITEM_NOT_FOUND'
  | 'PLAN_ITEM_EXISTS'
  | 'ILLEGAL_PLAN_MOVE'
  | 'INVALID_PLAN_INDEX'
  | 'PLAN_LIMIT_REACHED';

const STATUS = {
  PLAN_ITEM_NOT_FOUND: 404,
  PLAN_ITEM_EXISTS: 409,
  ILLEGAL_PLAN_MOVE: 409,
  INVALID_PLAN_INDEX: 400,
  PLAN_LIMIT_REACHED: 409,
} as const satisfies Record<PlanErrorCode, ErrorStatus>;

const MESSAGES: Record<PlanErrorCode, string> = {
  PLAN_ITEM_NOT_FOUND: 'plan item not found',
  PLAN_ITEM_EXISTS: 'this offering is already in your plan',
  ILLEGAL_PLAN_MOVE: 'illegal status move',
  INVALID_PLAN_INDEX: 'planIndex must be the index of one of the offering’s plans',
  PLAN_LIMIT_REACHED: `a plan may hold at most ${OWNER_LIMITS.planItemsPerSme} items; remove finished or dropped ones first`,
};

export class PlanError extends DomainError<PlanErrorCode> {
  constructor(code: PlanErrorCode, message: string = MESSAGES[code]) {
    super(code, message, STATUS[code]);
  }
}
