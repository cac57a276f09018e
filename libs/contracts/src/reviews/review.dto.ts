import { Transform } from 'class-transformer';
import { IsInt, IsString, Length, Max, Min } from 'class-validator';
import {
  REVIEW_BODY_MAX,
  REVIEW_BODY_MIN,
  REVIEW_RATING_MAX,
  REVIEW_RATING_MIN,
  type ReviewVerification,
  type SizeClass,
} from '@toolbox/domain';
import { NoControlChars } from '../common/validators.js';

const trim = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string' ? value.trim() : value;

/** Limits of review replies and hide reasons. */
export const REVIEW_LIMITS = {
  replyMax: 2000,
  hideReasonMax: 500,
} as const;

/** `PUT /api/offerings/:id/reviews/mine`: the SME's one review of an offering. */
export class PutReviewRequest {
  @IsInt({ message: 'rating must be an integer' })
  @Min(REVIEW_RATING_MIN, { message: 'rating must be from 1 to 5' })
  @Max(REVIEW_RATING_MAX, { message: 'rating must be from 1 to 5' })
  rating!: number;

  @Transform(trim)
  @IsString({ message: 'body must be a string' })
  @NoControlChars()
  @Length(REVIEW_BODY_MIN, REVIEW_BODY_MAX, {
    message: `body must be ${REVIEW_BODY_MIN}–${REVIEW_BODY_MAX} characters`,
  })
  body!: string;
}

/** `POST /api/reviews/:id/reply`: the owning provider's one (replaceable) reply. */
export class ReviewReplyRequest {
  @Transform(trim)
  @IsString({ message: 'body must be a string' })
  @NoControlChars()
  @Length(1, REVIEW_LIMITS.replyMax, {
    message: `body must be 1–${REVIEW_LIMITS.replyMax} characters`,
  })
  body!: string;
}

/** `POST /api/admin/reviews/:id/hide`. */
export class HideReviewRequest {
  @Transform(trim)
  @IsString({ message: 'reason must be a string' })
  @NoControlChars()
  @Length(1, REVIEW_LIMITS.hideReasonMax, {
    message: `reason must be 1–${REVIEW_LIMITS.hideReasonMax} characters`,
  })
  reason!: string;
}

export interface ReviewReplyView {
  body: string;
  createdAt: string;
  updatedAt: string;
}

/** A review as everyone sees it: who wrote it only by industry, region and size (no name). */
export interface ReviewView {
  id: string;
  offeringId: string;
  rating: number;
  body: string;
  verified: ReviewVerification;
  sme: { industry: string; region: string; sizeClass: SizeClass };
  reply?: ReviewReplyView;
  createdAt: string;
  updatedAt: string;
}

/** What an admin's hide answers: the review, hidden, with the reason. */
export interface HiddenReviewView extends ReviewView {
  hidden: true;
  hiddenReason: string;
}
