import { type Indicator, type Questionnaire } from './types.js';

/** All indicators of a questionnaire in questionnaire order (scored first, then operations). */
export function questionnaireIndicators(questionnaire: Questionnaire): Indicator[] {
  return questionnaire.dimensions.flatMap((dimension) => [...dimension.indicators]);
}

/** The indicator with this code, or undefined. */
export function findIndicator(questionnaire: Questionnaire, code: string): Indicator | undefined {
  for (const dimension of questionnaire.dimensions) {
    const found = dimension.indicators.find((indicator) => indicator.code === code);
    if (found) return found;
  }
  return undefined;
}

/**
 * Points are kept in integer thousandths while adding up (0.7 + 0.9 + 1.875 … without float
 * drift); every point value in the data is a whole number of thousandths.
 */
export const MILLI_PER_POINT = 1000;

export function pointsToMilli(points: number): number {
  return Math.round(points * MILLI_PER_POINT);
}

/** Thousandths of a point → points rounded to 2 decimals (half up). */
export function milliToRoundedPoints(milli: number): number {
  return Math.round(milli / 10) / 100;
}
