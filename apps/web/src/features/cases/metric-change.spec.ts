import { beforeAll, describe, expect, it } from '@jest/globals';
import i18next, { type TFunction } from 'i18next';
import { en, zhCN } from '../../locales';
import {
  describeMetricChange,
  formatMetricChange,
  formatMetricValue,
  lowerIsBetter,
  METRIC_CODE_LIST,
  metricChange,
} from './metric-change';

let zhT: TFunction;
let enT: TFunction;

beforeAll(async () => {
  const make = async (lng: 'zh-CN' | 'en') => {
    const instance = i18next.createInstance();
    await instance.init({
      lng,
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    return instance.t;
  };
  zhT = await make('zh-CN');
  enT = await make('en');
});

describe('metricChange', () => {
  it('knows which metrics are better when lower', () => {
    const lower = METRIC_CODE_LIST.filter(lowerIsBetter).sort();
    expect(lower).toEqual([
      'data_entry_hours_per_week',
      'defect_rate_pct',
      'energy_per_output',
      'inventory_days',
      'labour_hours_per_output',
      'lead_time_days',
    ]);
    expect(lowerIsBetter('on_time_delivery_pct')).toBe(false);
    expect(lowerIsBetter('equipment_utilisation_pct')).toBe(false);
    expect(lowerIsBetter('something_else')).toBe(false);
  });

  it('counts a rise of a higher-is-better metric as an improvement', () => {
    expect(metricChange({ code: 'on_time_delivery_pct', before: 82, after: 95 })).toEqual({
      code: 'on_time_delivery_pct',
      before: 82,
      after: 95,
      delta: 13,
      direction: 'up',
      tone: 'better',
      relativePct: 15.9,
      unit: 'pct',
    });
    const drop = metricChange({ code: 'equipment_utilisation_pct', before: 70, after: 60 });
    expect([drop.direction, drop.tone]).toEqual(['down', 'worse']);
  });

  it('counts a fall of every lower-is-better metric as an improvement', () => {
    for (const code of METRIC_CODE_LIST.filter(lowerIsBetter)) {
      const down = metricChange({ code, before: 10, after: 6 });
      expect([code, down.direction, down.tone]).toEqual([code, 'down', 'better']);
      const up = metricChange({ code, before: 6, after: 10 });
      expect([code, up.direction, up.tone]).toEqual([code, 'up', 'worse']);
    }
  });

  it('rounds the difference and handles no change and a zero start', () => {
    const change = metricChange({ code: 'defect_rate_pct', before: 2.5, after: 1.2 });
    expect(change.delta).toBe(-1.3);
    expect(change.relativePct).toBe(-52);
    const flat = metricChange({ code: 'lead_time_days', before: 5, after: 5 });
    expect([flat.direction, flat.tone, flat.delta]).toEqual(['flat', 'neutral', 0]);
    expect(metricChange({ code: 'inventory_days', before: 0, after: 3 }).relativePct).toBeNull();
  });
});

describe('formatMetricChange', () => {
  it('shows percentages moving in percentage points', () => {
    const change = metricChange({ code: 'on_time_delivery_pct', before: 82, after: 95 });
    expect(formatMetricChange(change, zhT, 'zh-CN')).toBe('↑13 个百分点');
    expect(formatMetricChange(change, enT, 'en')).toBe('↑13 pp');
    const defects = metricChange({ code: 'defect_rate_pct', before: 2.5, after: 1.2 });
    expect(formatMetricChange(defects, zhT, 'zh-CN')).toBe('↓1.3 个百分点');
  });

  it('shows other metrics in their unit with the relative change', () => {
    const lead = metricChange({ code: 'lead_time_days', before: 30, after: 18 });
    expect(formatMetricChange(lead, zhT, 'zh-CN')).toBe('↓12 天（−40%）');
    expect(formatMetricChange(lead, enT, 'en')).toBe('↓12 days (−40%)');
    const hours = metricChange({ code: 'data_entry_hours_per_week', before: 20, after: 25 });
    expect(formatMetricChange(hours, zhT, 'zh-CN')).toBe('↑5 小时/周（+25%）');
    const energy = metricChange({ code: 'energy_per_output', before: 0, after: 1.5 });
    expect(formatMetricChange(energy, enT, 'en')).toBe('↑1.5');
    const flat = metricChange({ code: 'lead_time_days', before: 5, after: 5 });
    expect(formatMetricChange(flat, zhT, 'zh-CN')).toBe('持平');
  });

  it('writes values with their unit and describes the whole change', () => {
    expect(formatMetricValue('on_time_delivery_pct', 82, zhT, 'zh-CN')).toBe('82%');
    expect(formatMetricValue('lead_time_days', 1, enT, 'en')).toBe('1 day');
    expect(formatMetricValue('labour_hours_per_output', 1200, zhT, 'zh-CN')).toBe('1,200 小时');
    const change = metricChange({ code: 'lead_time_days', before: 30, after: 18 });
    expect(describeMetricChange(change, '生产周期', zhT, 'zh-CN')).toBe(
      '生产周期从 30 天 变为 18 天，改善',
    );
    expect(describeMetricChange(change, 'Lead time', enT, 'en')).toBe(
      'Lead time went from 30 days to 18 days: improved',
    );
  });
});
