import { describe, expect, it } from '@jest/globals';
import {
  DOCUMENT_COLUMNS,
  OFFERING_INDEX_SETTINGS,
  searchTerms,
  STOP_WORDS,
  toOfferingDocument,
  type OfferingSource,
} from './offering-document.js';

describe('description terms', () => {
  it('keeps every Latin word once, lower-cased, without stop words', () => {
    expect(
      searchTerms('Scheduling for the shop floor. Scheduling, MES and low-code; the 5G gateway.'),
    ).toEqual(['scheduling', 'shop', 'floor', 'mes', 'low', 'code', '5g', 'gateway']);
  });

  it('keeps Chinese runs between punctuation whole for Meilisearch to segment', () => {
    expect(searchTerms('面向中小企业的云MES，支持扫码报工；扫码报工、排产。支持扫码报工')).toEqual([
      '面向中小企业的云',
      'mes',
      '支持扫码报工',
      '扫码报工',
      '排产',
    ]);
  });

  it('drops stand-alone Chinese stop words', () => {
    expect(searchTerms('设备点检 的 和 巡检')).toEqual(['设备点检', '巡检']);
  });

  it('keeps product abbreviations searchable', () => {
    for (const word of ['it', 'oa', 'bi', 'erp', 'crm', 'mes', 'wms']) {
      expect(STOP_WORDS).not.toContain(word);
    }
  });

  it('is empty for an empty text', () => {
    expect(searchTerms('')).toEqual([]);
    expect(searchTerms(' 。，!')).toEqual([]);
  });
});

describe('offering document', () => {
  const offering = {
    id: '00000000-0000-4000-8000-000000000001',
    version: 3,
    title: '云MES 轻量版',
    titleEn: 'Cloud MES Lite',
    summary: '一句话',
    summaryEn: 'One line',
    description: '扫码报工，排产看板。扫码报工',
    descriptionEn: 'Work reporting by scan. Scheduling board; work reporting.',
    tags: ['MES'],
    kind: 'saas',
    scenarios: ['production_control'],
    industries: [],
    stages: [1, 2],
    regions: [],
    deployment: 'cloud',
    deliveryDays: 7,
    plans: [
      {
        name: '标准版',
        nameEn: 'Standard',
        billingPeriod: 'month',
        priceCents: 9900,
        trialDays: 14,
      },
    ],
    minMonthlyPriceCents: 9900,
    rating: null,
    reviewCount: 0,
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    updatedAt: new Date('2026-11-02T00:00:00Z'),
  } as unknown as OfferingSource;

  it('indexes the descriptions as distinct terms, searchable after everything else', () => {
    const doc = toOfferingDocument(offering, { id: 'p1', name: '恒科' });
    expect(doc.descriptionTerms).toBe('扫码报工. 排产看板');
    expect(doc.descriptionTermsEn).toBe('work. reporting. scan. scheduling. board');
    expect(doc).not.toHaveProperty('description');
    expect(OFFERING_INDEX_SETTINGS.searchableAttributes?.slice(-2)).toEqual([
      'descriptionTerms',
      'descriptionTermsEn',
    ]);
    expect(doc.industryFilter).toEqual(['*']);
    expect(doc.regionFilter).toEqual(['*']);
  });

  it('reads only DOCUMENT_COLUMNS of the offering (all the reindex loads)', () => {
    const allowed = new Set<string | symbol>(DOCUMENT_COLUMNS);
    const read = new Set<string | symbol>();
    const guarded = new Proxy(offering, {
      get(target, key, receiver) {
        read.add(key);
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
    toOfferingDocument(guarded, { id: 'p1', name: '恒科' });
    expect([...read].filter((k) => !allowed.has(k))).toEqual([]);
  });

  it('has no English terms without an English description', () => {
    const doc = toOfferingDocument(
      { ...offering, descriptionEn: null },
      {
        id: 'p1',
        name: '恒科',
      },
    );
    expect(doc.descriptionTermsEn).toBe('');
  });
});
