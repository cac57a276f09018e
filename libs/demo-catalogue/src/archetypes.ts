import { BUSINESS_ARCHETYPES } from './archetypes-business.js';
import { FOUNDATION_ARCHETYPES } from './archetypes-foundation.js';
import { PRODUCTION_ARCHETYPES } from './archetypes-production.js';
import type { Archetype } from './types.js';

export const ARCHETYPES: readonly Archetype[] = [
  ...PRODUCTION_ARCHETYPES,
  ...BUSINESS_ARCHETYPES,
  ...FOUNDATION_ARCHETYPES,
];

const BY_ID = new Map(ARCHETYPES.map((archetype) => [archetype.id, archetype]));

export function archetypeById(id: string): Archetype {
  const archetype = BY_ID.get(id);
  if (archetype === undefined) throw new RangeError(`Unknown archetype ${id}`);
  return archetype;
}
