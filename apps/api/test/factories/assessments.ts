import { CURRENT_QUESTIONNAIRE, type Indicator } from '@toolbox/domain';

function indicators(): Indicator[] {
  return CURRENT_QUESTIONNAIRE.dimensions.flatMap((d) => [...d.indicators]);
}

/**
 * A complete answer set: every scored indicator at its option `pick` (0 = least digital,
 * 'max' = most; multi-select: none or all), every scenario rated `rating` unless overridden.
 */
export function answersAt(
  pick: 0 | 'max',
  rating: 0 | 1 | 2 | 3 | 4,
  ratings: Record<string, 0 | 1 | 2 | 3 | 4 | 'na'> = {},
): Record<string, string | string[]> {
  const answers: Record<string, string | string[]> = {};
  for (const ind of indicators()) {
    if (ind.kind === 'rating') {
      const r = ratings[ind.code] ?? rating;
      answers[ind.code] = r === 'na' ? 'na' : ind.options[r].code;
    } else if (ind.multiple) {
      answers[ind.code] = pick === 'max' ? ind.options.map((o) => o.code) : [];
    } else {
      answers[ind.code] = ind.options[pick === 'max' ? ind.options.length - 1 : 0].code;
    }
  }
  return answers;
}
