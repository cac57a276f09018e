/** A small seeded pseudo-random number generator (mulberry32) and helpers. Deterministic. */

export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [lo, hi], inclusive. */
  int(lo: number, hi: number): number;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
  /** `n` distinct elements (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], n: number): T[];
  /** True with probability `p`. */
  chance(p: number): boolean;
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a hash of a string, for deriving independent seeds from stable keys. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(next() * (hi - lo + 1));
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError('pick from an empty list');
      return items[int(0, items.length - 1)];
    },
    sample: <T>(items: readonly T[], n: number): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i -= 1) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, Math.max(0, n));
    },
    chance: (p: number): boolean => next() < p,
  };
}

/** The catalogue's fixed seed (the Guide's publication year and month). */
export const CATALOGUE_SEED = 202208;

/** An independent generator for one stable key, so editing one row does not reshuffle others. */
export function rngFor(key: string): Rng {
  return createRng((hashString(key) ^ CATALOGUE_SEED) >>> 0);
}
