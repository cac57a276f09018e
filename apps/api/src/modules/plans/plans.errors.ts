import { DomainError } from '../../common/errors/domain-error.js';

export type PlanErrorCode =
  'PLAN_ITEM_NOT_FOUND' | 'PLAN_ITEM_EXISTS' | 'ILLEGAL_PLAN_MOVE' | 'INVALID_PLAN_INDEX';

const MESSAGES: Record<PlanErrorCode, string> = {
  PLAN_ITEM_NOT_FOUND: 'plan item not found',
  PLAN_ITEM_EXISTS: 'this offering is already in your plan',
  ILLEGAL_PLAN_MOVE: 'illegal status move',
  INVALID_PLAN_INDEX: 'planIndex must be the index of one of the offering’s plans',
};

export class PlanError extends DomainError<PlanErrorCode> {
  constructor(code: PlanErrorCode, message: string = MESSAGES[code]) {
    super(code, message);
  }
}
