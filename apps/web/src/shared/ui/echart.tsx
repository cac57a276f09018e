import {
  BarChart,
  type BarSeriesOption,
  HeatmapChart,
  type HeatmapSeriesOption,
  LineChart,
  type LineSeriesOption,
  RadarChart,
  type RadarSeriesOption,
} from 'echarts/charts';
import {
  GridComponent,
  type GridComponentOption,
  LegendComponent,
  type LegendComponentOption,
  RadarComponent,
  type RadarComponentOption,
  TooltipComponent,
  type TooltipComponentOption,
  VisualMapComponent,
  type VisualMapComponentOption,
} from 'echarts/components';
import { type ComposeOption, type EChartsType, init, use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Only the pieces the app draws: radar, line, bar and heat-map charts on a canvas, with tooltip,
// legend, grid and (for heat maps) a visual map.
use([
  RadarChart,
  BarChart,
  LineChart,
  HeatmapChart,
  VisualMapComponent,
  RadarComponent,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  CanvasRenderer,
]);

/** The chart options the app may pass (only the registered series and components). */
export type EChartOption = ComposeOption<
  | RadarSeriesOption
  | LineSeriesOption
  | BarSeriesOption
  | HeatmapSeriesOption
  | RadarComponentOption
  | GridComponentOption
  | TooltipComponentOption
  | LegendComponentOption
  | VisualMapComponentOption
>;

export interface EChartProps {
  option: EChartOption;
  /** CSS height of the chart area (the width follows the container). */
  height: number;
  /** What the chart shows, for screen readers (the chart itself is a picture). */
  ariaLabel: string;
  className?: string;
  'data-testid'?: string;
}

/**
 * A minimal ECharts wrapper: one instance per mounted element, options replaced on change,
 * resized with its container (ResizeObserver) and disposed on unmount. Import it lazily via
 * `LazyEChart` so the charting code loads only on pages that draw charts.
 */
export function EChart({ option, height, ariaLabel, className, ...rest }: EChartProps) {
  const elementRef = useRef<HTMLDivElement>(null);
  const chartRef = useRef<EChartsType | null>(null);

  useEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    const chart = init(element, undefined, { renderer: 'canvas' });
    chartRef.current = chart;
    const observer = new ResizeObserver(() => chart.resize());
    observer.observe(element);
    // Printing changes the page width without a resize event on the element in some browsers.
    const onPrint = () => chart.resize();
    window.addEventListener('beforeprint', onPrint);
    window.addEventListener('afterprint', onPrint);
    return () => {
      window.removeEventListener('beforeprint', onPrint);
      window.removeEventListener('afterprint', onPrint);
      observer.disconnect();
      chart.dispose();
      chartRef.current = null;
    };
  }, []);

  useEffect(() => {
    chartRef.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <div
      ref={elementRef}
      className={className}
      style={{ width: '100%', height }}
      role="img"
      aria-label={ariaLabel}
      data-testid={rest['data-testid']}
    />
  );
}
