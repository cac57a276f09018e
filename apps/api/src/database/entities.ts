import { AssessmentEntity } from '../modules/assessments/entities/assessment.entity.js';
import { AuditEntryEntity } from '../modules/catalogue/audit/entities/audit-entry.entity.js';
import { OfferingEntity } from '../modules/catalogue/offerings/entities/offering.entity.js';
import { RevokedTokenEntity } from '../modules/auth/entities/revoked-token.entity.js';
import { PlanItemEntity } from '../modules/plans/entities/plan-item.entity.js';
import { ProviderEntity } from '../modules/catalogue/providers/entities/provider.entity.js';
import { SearchOutboxEntity } from '../modules/search/entities/search-outbox.entity.js';
import {
  SearchReindexEntity,
  SearchReindexPendingEntity,
} from '../modules/search/entities/search-reindex.entity.js';
import { ReviewEntity } from '../modules/reviews/entities/review.entity.js';
import { SmeEntity } from '../modules/smes/entities/sme.entity.js';
import { UserEntity } from '../modules/users/index.js';
import { InquiryEventEntity } from '../modules/engagement/entities/inquiry-event.entity.js';
import { InquiryMessageEntity } from '../modules/engagement/entities/inquiry-message.entity.js';
import { InquiryEntity } from '../modules/engagement/entities/inquiry.entity.js';
import { OfferingViewEntity } from '../modules/engagement/entities/offering-view.entity.js';
import { NotificationEntity } from '../modules/notifications/entities/notification.entity.js';
import { CaseEntity } from '../modules/cases/entities/case.entity.js';
import { ProgrammeEntity } from '../modules/programmes/entities/programme.entity.js';
import { ProgrammeApplicationEntity } from '../modules/programmes/entities/programme-application.entity.js';
import { ProgrammeLedgerEntity } from '../modules/programmes/entities/programme-ledger.entity.js';

/** Every entity, listed explicitly (no globs: ESM and bundling stay predictable). */
export const ENTITIES = [
  UserEntity,
  ProviderEntity,
  OfferingEntity,
  AuditEntryEntity,
  SearchOutboxEntity,
  SearchReindexEntity,
  SearchReindexPendingEntity,
  SmeEntity,
  AssessmentEntity,
  PlanItemEntity,
  ReviewEntity,
  RevokedTokenEntity,
  InquiryEntity,
  InquiryMessageEntity,
  InquiryEventEntity,
  OfferingViewEntity,
  NotificationEntity,
  CaseEntity,
  ProgrammeEntity,
  ProgrammeApplicationEntity,
  ProgrammeLedgerEntity,
];
