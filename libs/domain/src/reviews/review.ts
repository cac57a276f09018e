/** Limits of a review (api-v1.md, Engagement). */
export const REVIEW_RATING_MIN = 1;
export const REVIEW_RATING_MAX = 5;
export const REVIEW_BODY_MIN = 10;
export const REVIEW_BODY_MAX = 2000;

/** `adopted` when the SME's inquiry on the offering reached `won`, otherwise `trial`. */
export type ReviewVerification = 'trial' | 'adopted';

/**
 * An offering's rating: the mean of its visible reviews with one decimal, null without any.
 * Rounds half up on the exact tenth (integer arithmetic, no float drift).
 */
export function offeringRating(ratings: readonly number[]): {
  rating: number | null;
  reviewCount: number;
} {
  if (ratings.length === 0) return { rating: null, reviewCount: 0 };
  const sum = ratings.reduce((a, b) => a + b, 0);
  return { rating: Math.round((sum * 10) / ratings.length) / 10, reviewCount: ratings.length };
}
