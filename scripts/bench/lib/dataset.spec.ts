import { describe, expect, it } from '@jest/globals';
import { toOfferingDocument } from '@toolbox/search';

import { type BenchChunk, generateBenchCatalogue, offeringSource, uuidFor } from './dataset.js';

function all(total: number, chunkSize: number): BenchChunk[] {
  return [...generateBenchCatalogue(total, chunkSize)];
}

describe('generateBenchCatalogue', () => {
  const sut = all(1500, 500);
  const offerings = sut.flatMap((c) => c.offerings);

  it('yields exactly the requested number of published offerings', () => {
    expect(offerings).toHaveLength(1500);
  });

  it('is deterministic: a second run yields identical rows', () => {
    expect(JSON.stringify(all(1500, 500))).toBe(JSON.stringify(sut));
  });

  it('does not depend on the chunk size', () => {
    const other = all(1500, 2000).flatMap((c) => c.offerings);
    expect(other.map((o) => o.id)).toEqual(offerings.map((o) => o.id));
  });

  it('gives every offering a distinct id and a provider of its chunk', () => {
    expect(new Set(offerings.map((o) => o.id)).size).toBe(offerings.length);
    for (const chunk of sut) {
      const providers = new Set(chunk.providers.map((p) => p.id));
      for (const o of chunk.offerings) expect(providers.has(o.providerId)).toBe(true);
    }
  });

  it('dates the offerings relative to a fixed day, not to the run', () => {
    const newest = Math.max(...offerings.map((o) => o.createdAt.getTime()));
    expect(newest).toBeLessThanOrEqual(Date.parse('2026-11-01T00:00:00Z'));
  });
});

describe('uuidFor', () => {
  it('is a stable version-4 layout UUID per key', () => {
    expect(uuidFor('provider/1')).toBe(uuidFor('provider/1'));
    expect(uuidFor('provider/1')).not.toBe(uuidFor('provider/2'));
    expect(uuidFor('provider/1')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('offeringSource', () => {
  it('is what the search document is built from, published at version 1', () => {
    const [o] = all(1000, 1000)[0].offerings;
    const doc = toOfferingDocument(offeringSource(o), { id: o.providerId, name: o.providerName });
    expect(doc).toMatchObject({
      id: o.id,
      version: 1,
      title: o.title,
      providerName: o.providerName,
    });
    expect(offeringSource(o).updatedAt).toBe(o.createdAt);
  });
});
