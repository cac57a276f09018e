import type { AssessmentSummary } from '@toolbox/contracts';
import { stageByLevel } from '@toolbox/domain';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguageOf } from '../../../shared';
import { type EChartOption, LazyEChart } from '../../../shared/ui';
import { pick } from '../answers';

export interface ScoreTrendChartProps {
  /** Newest first, as the API lists them. */
  items: readonly AssessmentSummary[];
}

/** Total score (left axis, 0–100) and level (right axis, 0–4, stepped) over time. */
export function ScoreTrendChart({ items }: ScoreTrendChartProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  const ordered = [...items].reverse();
  const dates = ordered.map((item) =>
    new Date(item.createdAt).toLocaleDateString(language, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    }),
  );
  const scores = ordered.map((item) => item.totalScore);
  const levels = ordered.map((item) => item.level);
  const scoreName = t('assessment.history.scoreSeries');
  const levelName = t('assessment.history.levelSeries');
  const levelNames = [0, 1, 2, 3, 4].map((level) => {
    const stage = stageByLevel(level);
    return stage ? pick(stage.nameZh, stage.nameEn, language) : String(level);
  });

  const option = useMemo<EChartOption>(
    () => ({
      color: ['#1d4ed8', '#0f9d74'],
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [scoreName, levelName] },
      grid: { left: 48, right: 72, top: 40, bottom: 32 },
      xAxis: { type: 'category', data: dates, boundaryGap: false },
      yAxis: [
        { type: 'value', min: 0, max: 100, name: scoreName, splitNumber: 5 },
        {
          type: 'value',
          min: 0,
          max: 4,
          interval: 1,
          name: levelName,
          splitLine: { show: false },
          axisLabel: { formatter: (value: number) => levelNames[value] ?? String(value) },
        },
      ],
      series: [
        {
          name: scoreName,
          type: 'line',
          data: scores,
          smooth: false,
          symbolSize: 8,
          label: { show: scores.length <= 12, position: 'top' },
          areaStyle: { opacity: 0.08 },
        },
        {
          name: levelName,
          type: 'line',
          yAxisIndex: 1,
          step: 'middle',
          data: levels,
          symbolSize: 6,
          lineStyle: { width: 2, type: 'dashed' },
        },
      ],
      animation: false,
    }),
    // The arrays are rebuilt on each render; only a change of their contents redraws the chart.
    [JSON.stringify([dates, scores, levels, scoreName, levelName, levelNames])],
  );

  const last = ordered[ordered.length - 1];
  return (
    <LazyEChart
      option={option}
      height={300}
      ariaLabel={t('assessment.history.chartLabel', {
        n: ordered.length,
        score: last?.totalScore ?? 0,
      })}
      data-testid="score-trend"
    />
  );
}
