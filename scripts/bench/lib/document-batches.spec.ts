import { describe, expect, it } from '@jest/globals';

import { DocumentBatches } from './document-batches.js';

describe('DocumentBatches', () => {
  it('cuts the documents into JSON arrays of the batch size, the last one shorter', () => {
    const sut = new DocumentBatches(2);
    for (const id of ['a', 'b', 'c', 'd', 'e']) sut.add({ id }, null);
    sut.flush();
    expect(sut.production.map((b) => (JSON.parse(b) as { id: string }[]).map((d) => d.id))).toEqual(
      [['a', 'b'], ['c', 'd'], ['e']],
    );
    expect(sut.fullText).toEqual([]);
    expect(sut.bytes).toBe(sut.production.reduce((n, b) => n + Buffer.byteLength(b), 0));
  });

  it('keeps the full-text documents in the same batches as their production documents', () => {
    const sut = new DocumentBatches(2);
    for (const id of ['a', 'b', 'c']) sut.add({ id }, { id, description: `whole ${id}` });
    sut.flush();
    expect(sut.fullText).toEqual([
      JSON.stringify([
        { id: 'a', description: 'whole a' },
        { id: 'b', description: 'whole b' },
      ]),
      JSON.stringify([{ id: 'c', description: 'whole c' }]),
    ]);
  });

  it('counts multi-byte text in bytes and keeps the count after release', () => {
    const sut = new DocumentBatches(10);
    sut.add({ title: '云MES' }, null);
    sut.flush();
    sut.flush();
    expect(sut.production).toHaveLength(1);
    expect(sut.bytes).toBe(Buffer.byteLength('[{"title":"云MES"}]'));
    sut.release();
    expect(sut.production).toEqual([]);
    expect(sut.bytes).toBe(Buffer.byteLength('[{"title":"云MES"}]'));
  });
});
