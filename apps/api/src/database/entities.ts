import { AssessmentEntity } from '../modules/assessments/entities/assessment.entity.js';
import { AuditEntryEntity } from '../modules/audit/entities/audit-entry.entity.js';
import { OfferingEntity } from '../modules/offerings/entities/offering.entity.js';
import { PlanItemEntity } from '../modules/plans/entities/plan-item.entity.js';
import { ProviderEntity } from '../modules/providers/entities/provider.entity.js';
import { SearchOutboxEntity } from '../modules/search/entities/search-outbox.entity.js';
import { SmeEntity } from '../modules/smes/entities/sme.entity.js';
import { UserEntity } from '../modules/users/entities/user.entity.js';

/** Every entity, listed explicitly (no globs: ESM and bundling stay predictable). */
export const ENTITIES = [
  UserEntity,
  ProviderEntity,
  OfferingEntity,
  AuditEntryEntity,
  SearchOutboxEntity,
  SmeEntity,
  AssessmentEntity,
  PlanItemEntity,
];
