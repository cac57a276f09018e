import type { DimensionScore, Questionnaire } from '@toolbox/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import { type EChartOption, LazyEChart } from '../../../shared/ui';
import { pick } from '../answers';

export interface DimensionRadarProps {
  questionnaire: Questionnaire;
  dimensions: readonly DimensionScore[];
  /** The previous assessment's dimensions, drawn underneath for comparison. */
  previous?: readonly DimensionScore[];
}

const CURRENT_COLOR = '#1d4ed8';
const PREVIOUS_COLOR = '#94a3b8';

/** Score as a percentage of what the dimension allows (0 when nothing applies). */
export function percentOfMax(score: DimensionScore | undefined): number {
  if (!score || score.maxScore <= 0) return 0;
  return Math.round((score.score / score.maxScore) * 1000) / 10;
}

/** Radar of the four dimensions, each as a percentage of its maximum. */
export function DimensionRadar({ questionnaire, dimensions, previous }: DimensionRadarProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);

  const names = questionnaire.dimensions.map((d) => pick(d.nameZh, d.nameEn, language));
  const current = questionnaire.dimensions.map((d) =>
    percentOfMax(dimensions.find((score) => score.code === d.code)),
  );
  const before = previous
    ? questionnaire.dimensions.map((d) =>
        percentOfMax(previous.find((score) => score.code === d.code)),
      )
    : undefined;
  const currentName = t('assessment.result.radarCurrent');
  const previousName = t('assessment.result.radarPrevious');

  const option = useMemo<EChartOption>(
    () => ({
      tooltip: { trigger: 'item', valueFormatter: (value) => `${String(value)}%` },
      legend: before ? { bottom: 0, data: [currentName, previousName] } : undefined,
      radar: {
        indicator: names.map((name) => ({ name, max: 100 })),
        radius: '68%',
        center: ['50%', before ? '47%' : '52%'],
        splitNumber: 4,
        axisName: { color: '#334155', fontSize: 13 },
        splitArea: { areaStyle: { color: ['#f8fafc', '#eef3fb'] } },
      },
      series: [
        {
          type: 'radar',
          data: [
            ...(before
              ? [
                  {
                    name: previousName,
                    value: before,
                    itemStyle: { color: PREVIOUS_COLOR },
                    lineStyle: { type: 'dashed' as const, width: 1.5, color: PREVIOUS_COLOR },
                    areaStyle: { opacity: 0.08, color: PREVIOUS_COLOR },
                    symbolSize: 4,
                  },
                ]
              : []),
            {
              name: currentName,
              value: current,
              itemStyle: { color: CURRENT_COLOR },
              lineStyle: { width: 2, color: CURRENT_COLOR },
              areaStyle: { opacity: 0.25, color: CURRENT_COLOR },
              label: { show: true, formatter: '{c}%', color: '#1e3a8a', fontSize: 11 },
            },
          ],
        },
      ],
      animation: false,
    }),
    // The arrays are rebuilt on each render; only a change of their contents redraws the chart.
    [JSON.stringify([names, current, before, currentName, previousName])],
  );

  const summary = names.map((name, index) => `${name} ${current[index] ?? 0}%`).join(', ');
  return (
    <LazyEChart
      option={option}
      height={360}
      ariaLabel={t('assessment.result.radarLabel', { summary })}
      className="tb-radar"
      data-testid="dimension-radar"
    />
  );
}
