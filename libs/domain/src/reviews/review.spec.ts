import { describe, expect, it } from '@jest/globals';
import { offeringRating } from './review.js';

describe('offering rating from visible reviews', () => {
  it('is null with no reviews', () => {
    expect(offeringRating([])).toEqual({ rating: null, reviewCount: 0 });
  });
  it('is the mean with one decimal', () => {
    expect(offeringRating([5, 4, 4])).toEqual({ rating: 4.3, reviewCount: 3 });
    expect(offeringRating([5, 4])).toEqual({ rating: 4.5, reviewCount: 2 });
    expect(offeringRating([1])).toEqual({ rating: 1, reviewCount: 1 });
    expect(offeringRating([4, 4, 5, 5, 5, 5])).toEqual({ rating: 4.7, reviewCount: 6 });
  });
});
