import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import {
  INQUIRY_KINDS,
  INQUIRY_LIMITS as L,
  INQUIRY_STATUSES,
  type InquiryKind,
  type InquiryStatus,
} from '@toolbox/domain';
import { compose, NoControlChars, PageQuery } from '../common/validators.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

const Text = (field: string, min: number, max: number): PropertyDecorator =>
  compose(
    Transform(trim),
    IsString({ message: `${field} must be a string` }),
    NoControlChars(),
    Length(min, max, { message: `${field} must be ${min}–${max} characters` }),
  );

export class CreateInquiryRequest {
  @IsUUID('all', { message: 'offeringId must be a UUID' })
  offeringId!: string;

  @IsIn(INQUIRY_KINDS, { message: 'kind must be one of: question, trial, quote' })
  kind!: InquiryKind;

  /** The thread's first message. */
  @Text('message', L.messageMin, L.messageMax)
  message!: string;

  /** The offering's plan the SME is interested in (free text, usually one of its plan names). */
  @IsOptional()
  @Text('planName', 1, L.planNameMax)
  planName?: string;
}

export class InquiryMessageRequest {
  @Text('body', L.messageMin, L.messageMax)
  body!: string;
}

export class InquiryStatusRequest {
  @IsIn(INQUIRY_STATUSES, {
    message: 'status must be one of: open, responded, trialing, won, lost, withdrawn',
  })
  status!: InquiryStatus;

  @IsOptional()
  @Text('reason', 1, L.reasonMax)
  reason?: string;
}

export class InquiriesQuery extends PageQuery {
  @IsOptional()
  @IsIn(INQUIRY_STATUSES, {
    message: 'status must be one of: open, responded, trialing, won, lost, withdrawn',
  })
  status?: InquiryStatus;
}

/** `from`/`to` are dates (`2027-03-01`, inclusive) or instants; both default to the last 30 days. */
export class FunnelQuery {
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be a date like 2027-03-01' })
  from?: string;

  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be a date like 2027-03-31' })
  to?: string;
}
