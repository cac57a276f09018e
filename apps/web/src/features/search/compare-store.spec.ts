import { describe, expect, it, jest } from '@jest/globals';
import { MemoryStorage } from '../../test/memory-storage';
import { COMPARE_MAX, createCompareStore } from './compare-store';

const entry = (n: number) => ({ id: `id-${n}`, title: `方案 ${n}`, titleEn: null });

describe('compare store', () => {
  it(`keeps at most ${COMPARE_MAX} offerings, each once`, () => {
    const sut = createCompareStore(new MemoryStorage());
    expect(sut.add(entry(1))).toBe(true);
    expect(sut.add(entry(1))).toBe(false);
    for (let n = 2; n <= COMPARE_MAX; n += 1) expect(sut.add(entry(n))).toBe(true);
    expect(sut.add(entry(99))).toBe(false);
    expect(sut.get().map((e) => e.id)).toEqual(['id-1', 'id-2', 'id-3', 'id-4']);
  });

  it('removes, clears and tells listeners', () => {
    const sut = createCompareStore(new MemoryStorage());
    const listener = jest.fn();
    sut.subscribe(listener);
    sut.add(entry(1));
    sut.add(entry(2));
    sut.remove('id-1');
    expect(sut.get()).toEqual([entry(2)]);
    sut.clear();
    expect(sut.get()).toEqual([]);
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('survives a reload through storage and ignores garbage there', () => {
    const storage = new MemoryStorage();
    createCompareStore(storage).add(entry(7));
    expect(createCompareStore(storage).get()).toEqual([entry(7)]);
    storage.setItem('toolbox.compare', '{not json');
    expect(createCompareStore(storage).get()).toEqual([]);
    storage.setItem('toolbox.compare', JSON.stringify([{ id: 1 }, entry(3)]));
    expect(createCompareStore(storage).get()).toEqual([entry(3)]);
  });
});
