import type { FunnelView } from '@toolbox/contracts';
import type { EChartOption } from '../../shared/ui';

/** The funnel's stages, in order: each counts the leads (or views) that reached it. */
export const FUNNEL_STAGES = ['views', 'inquiries', 'trials', 'won'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStep {
  stage: FunnelStage;
  value: number;
  /** Share of the previous stage that reached this one, 0–1; null for the first or after 0. */
  rate: number | null;
}

export function funnelSteps(
  view: Pick<FunnelView, 'views' | 'inquiries' | 'trials' | 'won'>,
): FunnelStep[] {
  return FUNNEL_STAGES.map((stage, index) => {
    const value = view[stage];
    const previous = index === 0 ? null : view[FUNNEL_STAGES[index - 1]];
    return { stage, value, rate: previous ? value / previous : null };
  });
}

/** `0.256` → `"25.6%"`. */
export function formatRate(rate: number): string {
  return `${(Math.round(rate * 1000) / 10).toString()}%`;
}

/**
 * The funnel as a horizontal bar chart (views at the top): bars keep their real lengths, so a
 * stage far smaller than views still shows, and each label says its share of the stage before.
 */
export function funnelChartOption(
  steps: readonly FunnelStep[],
  stageLabel: (stage: FunnelStage) => string,
): EChartOption {
  const label = (step: FunnelStep) =>
    step.rate === null ? String(step.value) : `${step.value} (${formatRate(step.rate)})`;
  const ordered = [...steps].reverse();
  return {
    grid: { left: 8, right: 96, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: ordered.map((step) => stageLabel(step.stage)) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 36,
        data: ordered.map((step) => ({
          value: step.value,
          label: { show: true, position: 'right', formatter: label(step) },
        })),
      },
    ],
  };
}

/** `YYYY-MM-DD` of a local calendar day. */
function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last `days` calendar days up to and including `today` (`from`/`to` are inclusive dates). */
export function presetRange(days: number, today: Date): { from: string; to: string } {
  const from = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: isoDay(from), to: isoDay(today) };
}

/** Median minutes → "45 分钟" style parts: hours and minutes, rounded to the minute. */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
  const total = Math.round(minutes);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
