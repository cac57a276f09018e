import { describe, expect, it } from '@jest/globals';
import { buildTaxonomy } from './index.js';

describe('buildTaxonomy', () => {
  const sut = buildTaxonomy;

  it('answers the GET /api/taxonomy shape of API v1', () => {
    const taxonomy = sut();
    expect(taxonomy.industries).toHaveLength(36);
    expect(taxonomy.industries[0]).toEqual({
      code: 'C13',
      nameZh: '农副食品加工业',
      nameEn: expect.any(String),
    });
    expect(taxonomy.scenarios).toHaveLength(22);
    expect(taxonomy.scenarios.find((s) => s.code === 'quality')).toEqual({
      code: 'quality',
      nameZh: '质量管理',
      nameEn: 'Quality management',
      group: 'production',
      descriptionZh: expect.any(String),
      descriptionEn: expect.any(String),
    });
    expect(taxonomy.stages.map((s) => s.level)).toEqual([0, 1, 2, 3, 4]);
    expect(Object.keys(taxonomy.stages[1]).sort()).toEqual(
      ['descriptionEn', 'descriptionZh', 'level', 'nameEn', 'nameZh'].sort(),
    );
    expect(taxonomy.regions).toHaveLength(62);
    expect(taxonomy.regions).toContainEqual({
      code: '330000',
      nameZh: '浙江省',
      nameEn: 'Zhejiang',
      parent: null,
    });
    expect(taxonomy.regions).toContainEqual({
      code: '330100',
      nameZh: '杭州市',
      nameEn: 'Hangzhou',
      parent: '330000',
    });
    expect(taxonomy.scenarioGroups?.map((g) => g.code)).toEqual([
      'product_lifecycle',
      'production',
      'supply_chain',
      'management',
      'foundations',
      'services',
    ]);
  });

  it('carries no internal flags and survives a JSON round trip unchanged', () => {
    const taxonomy = sut();
    expect(taxonomy.scenarios[0]).not.toHaveProperty('assessed');
    expect(taxonomy.scenarioGroups?.[0]).not.toHaveProperty('assessed');
    expect(JSON.parse(JSON.stringify(taxonomy))).toEqual(taxonomy);
  });

  it('returns fresh objects, so a caller mutating one answer does not change the next', () => {
    const first = sut();
    first.industries[0].nameZh = 'changed';
    first.regions.pop();
    expect(sut().industries[0].nameZh).toBe('农副食品加工业');
    expect(sut().regions).toHaveLength(62);
  });
});
