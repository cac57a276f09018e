import { IsIn, IsISO8601, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '../common/validators.js';
import {
  AUDIT_ACTIONS,
  AUDIT_ENTITY_TYPES,
  type AuditAction,
  type AuditEntityType,
} from './audit.values.js';

/** Calendar-checked: `2025-02-30` is refused, not handed to PostgreSQL. */
const STRICT_DATE = { strict: true, strictSeparator: true } as const;

export class AuditQuery extends PageQuery {
  @IsOptional()
  @IsIn(AUDIT_ACTIONS, { message: `action must be one of: ${AUDIT_ACTIONS.join(', ')}` })
  action?: AuditAction;

  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES, {
    message: `entityType must be one of: ${AUDIT_ENTITY_TYPES.join(', ')}`,
  })
  entityType?: AuditEntityType;

  @IsOptional()
  @IsUUID('all', { message: 'entityId must be a UUID' })
  entityId?: string;

  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a UUID' })
  actorId?: string;

  @IsOptional()
  @IsISO8601(STRICT_DATE, { message: 'from must be a real ISO-8601 date such as 2025-02-28' })
  from?: string;

  @IsOptional()
  @IsISO8601(STRICT_DATE, { message: 'to must be a real ISO-8601 date such as 2025-02-28' })
  to?: string;
}
