import { describe, expect, it } from '@jest/globals';
import { aggregateDemand, type DemandSme, suppressUnderK } from './demand.js';

const sme = (needs: [string, number][], weak: string[] = []): DemandSme => ({
  needs: needs.map(([code, priority]) => ({ code: code as never, priority })),
  weakScenarios: weak as never[],
});

describe('demand insight aggregation (k-anonymity)', () => {
  it('counts needing, weak, mean priority and offerings serving per scenario', () => {
    const smes = [
      sme([['quality', 5]], ['quality']),
      sme([['quality', 4]]),
      sme([['quality', 3]], ['energy']),
      sme([], ['quality']),
      sme([['quality', 2]], ['quality']),
    ];
    const groups = aggregateDemand(smes, { quality: 7 });
    expect(groups[0]).toEqual({
      scenario: 'quality',
      smesNeeding: 4,
      smesWeak: 3,
      avgPriority: 3.5,
      offeringsServing: 7,
    });
  });

  it('suppresses a group built from fewer than 5 SMEs, with no counts at all', () => {
    const smes = [
      ...Array.from({ length: 5 }, () => sme([['quality', 5]])),
      ...Array.from({ length: 4 }, () => sme([['energy', 3]])),
    ];
    const groups = aggregateDemand(smes, { quality: 2, energy: 9 });
    expect(groups).toEqual([
      { scenario: 'quality', smesNeeding: 5, smesWeak: 0, avgPriority: 5, offeringsServing: 2 },
      { scenario: 'energy', suppressed: true },
    ]);
    expect(Object.keys(groups[1] ?? {}).sort()).toEqual(['scenario', 'suppressed']);
  });

  it('counts an SME once per scenario even when it both needs it and is weak in it', () => {
    const smes = Array.from({ length: 5 }, (_, i) =>
      sme(
        i < 2
          ? [
              ['quality', 4],
              ['quality', 2],
            ]
          : [],
        ['quality'],
      ),
    );
    expect(aggregateDemand(smes, {})[0]).toEqual({
      scenario: 'quality',
      smesNeeding: 2,
      smesWeak: 5,
      avgPriority: 4,
      offeringsServing: 0,
    });
  });

  it('a group of exactly k members is shown; k − 1 is not', () => {
    const g = {
      scenario: 'quality' as const,
      smesNeeding: 1,
      smesWeak: 1,
      avgPriority: 1,
      offeringsServing: 0,
    };
    expect(suppressUnderK(g, 5)).toBe(g);
    expect(suppressUnderK(g, 4)).toEqual({ scenario: 'quality', suppressed: true });
    expect(suppressUnderK(g, 2, 2)).toBe(g);
  });

  it('leaves out scenarios nobody needs or is weak in, and orders by group size', () => {
    const smes = [
      ...Array.from({ length: 6 }, () => sme([['energy', 1]])),
      ...Array.from({ length: 5 }, () => sme([['quality', 1]])),
    ];
    expect(aggregateDemand(smes, {}).map((g) => g.scenario)).toEqual(['energy', 'quality']);
    expect(aggregateDemand([], {})).toEqual([]);
  });
});
