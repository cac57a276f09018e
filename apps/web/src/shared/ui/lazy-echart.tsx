import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { EChartProps } from './echart';

const EChartComponent = lazy(() =>
  import('./echart').then((module) => ({ default: module.EChart })),
);

/** {@link EChart}, loaded on first use so ECharts stays out of the main bundle. */
export function LazyEChart(props: EChartProps) {
  return (
    <Suspense
      fallback={
        <div style={{ height: props.height }} aria-busy="true">
          <Skeleton.Node active style={{ width: '100%', height: props.height }} />
        </div>
      }
    >
      <EChartComponent {...props} />
    </Suspense>
  );
}
