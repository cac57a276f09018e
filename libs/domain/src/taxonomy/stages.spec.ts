import { describe, expect, it } from '@jest/globals';
import { STAGES, isOfferingStage, isSmeLevel, stageByLevel } from './stages.js';

describe('stages', () => {
  it('has levels 0–4 with the names of product.md', () => {
    expect(STAGES.map((stage) => [stage.level, stage.nameZh])).toEqual([
      [0, '未定级'],
      [1, '一级'],
      [2, '二级'],
      [3, '三级'],
      [4, '四级'],
    ]);
    expect(stageByLevel(3)?.nameEn).toBe('Level 3');
  });

  it('describes every level in both languages', () => {
    for (const stage of STAGES) {
      expect(stage.descriptionZh).toMatch(/。$/);
      expect(stage.descriptionEn).toMatch(/^[A-Z].*\.$/);
    }
  });

  it('stageByLevel returns undefined outside 0–4', () => {
    expect(stageByLevel(5)).toBeUndefined();
  });

  describe('isOfferingStage', () => {
    it.each([1, 2, 3, 4])('accepts %p', (n) => expect(isOfferingStage(n)).toBe(true));
    it.each([0, 5, -1, 1.5, Number.NaN, Infinity])('rejects %p', (n) =>
      expect(isOfferingStage(n)).toBe(false),
    );
  });

  describe('isSmeLevel', () => {
    it.each([0, 1, 2, 3, 4])('accepts %p', (n) => expect(isSmeLevel(n)).toBe(true));
    it.each([-1, 5, 0.5, Number.NaN])('rejects %p', (n) => expect(isSmeLevel(n)).toBe(false));
  });
});
