/** The programme API's shapes (libs/contracts/src/programmes), in one place for the feature. */
import type { ApplicationStatus } from '@toolbox/contracts';
import { APPLICATION_STATUSES } from '@toolbox/contracts/constants';

export type {
  ApplicationStatus,
  ApplicationView,
  CreateGovAccountRequest,
  CreateProgrammeRequest,
  EligibilityView,
  GovAccountView,
  LedgerEntryView,
  LedgerKind,
  NetPriceView,
  PlanNetPriceView,
  ProgrammeView,
  UpdateProgrammeRequest,
} from '@toolbox/contracts';
export type { ProgrammeStatus } from '@toolbox/domain';
export { APPLICATION_STATUSES, PROGRAMME_LIMITS } from '@toolbox/contracts/constants';

export function isApplicationStatus(value: string): value is ApplicationStatus {
  return (APPLICATION_STATUSES as readonly string[]).includes(value);
}
