import { describe, expect, it } from '@jest/globals';
import {
  formatRate,
  funnelChartOption,
  funnelSteps,
  presetRange,
  splitMinutes,
} from './funnel-data';

const FUNNEL = { views: 200, inquiries: 20, trials: 5, won: 2 };

describe('funnel chart data', () => {
  it('maps views → inquiries → trials → won with the share of the stage before', () => {
    expect(funnelSteps(FUNNEL)).toEqual([
      { stage: 'views', value: 200, rate: null },
      { stage: 'inquiries', value: 20, rate: 0.1 },
      { stage: 'trials', value: 5, rate: 0.25 },
      { stage: 'won', value: 2, rate: 0.4 },
    ]);
  });

  it('has no rate after an empty stage (no division by zero)', () => {
    const steps = funnelSteps({ views: 0, inquiries: 0, trials: 0, won: 0 });
    expect(steps.map((s) => s.rate)).toEqual([null, null, null, null]);
  });

  it('draws one bar per stage, views on top, with the counts and rates as labels', () => {
    const option = funnelChartOption(funnelSteps(FUNNEL), (stage) => stage.toUpperCase());
    expect(option.yAxis).toMatchObject({ data: ['WON', 'TRIALS', 'INQUIRIES', 'VIEWS'] });
    const series = option.series as {
      type: string;
      data: { value: number; label: { formatter: string } }[];
    }[];
    expect(series).toHaveLength(1);
    expect(series[0].type).toBe('bar');
    expect(series[0].data.map((d) => d.value)).toEqual([2, 5, 20, 200]);
    expect(series[0].data.map((d) => d.label.formatter)).toEqual([
      '2 (40%)',
      '5 (25%)',
      '20 (10%)',
      '200',
    ]);
  });

  it('formats rates to one decimal', () => {
    expect(formatRate(0.256)).toBe('25.6%');
    expect(formatRate(1)).toBe('100%');
    expect(formatRate(1 / 3)).toBe('33.3%');
  });

  it('presets are the last N calendar days including today', () => {
    expect(presetRange(7, new Date(2027, 2, 31, 15))).toEqual({
      from: '2027-03-25',
      to: '2027-03-31',
    });
    expect(presetRange(30, new Date(2027, 2, 1))).toEqual({ from: '2027-01-31', to: '2027-03-01' });
  });

  it('splits the median first response into hours and minutes', () => {
    expect(splitMinutes(45.4)).toEqual({ hours: 0, minutes: 45 });
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
  });
});
