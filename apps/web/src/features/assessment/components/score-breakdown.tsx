import type { AreaScore, DimensionScore, Questionnaire } from '@toolbox/domain';
import { Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../answers';
import { currentLanguageOf } from '../../../shared';
import { percentOfMax } from './dimension-radar';

export interface ScoreBreakdownProps {
  questionnaire: Questionnaire;
  dimensions: readonly DimensionScore[];
  areas: readonly AreaScore[];
}

/** Each dimension's score with its areas (设备系统 20, 数据采集 10 …) as bars. */
export function ScoreBreakdown({ questionnaire, dimensions, areas }: ScoreBreakdownProps) {
  const { t, i18n } = useTranslation();
  const language = currentLanguageOf(i18n.resolvedLanguage);
  return (
    <ul className="tb-breakdown" data-testid="score-breakdown">
      {questionnaire.dimensions.map((dimension) => {
        const score = dimensions.find((d) => d.code === dimension.code);
        const operations = dimension.code === 'operations';
        const name = pick(dimension.nameZh, dimension.nameEn, language);
        return (
          <li key={dimension.code} className="tb-breakdown__dimension">
            <div className="tb-breakdown__row">
              <span className="tb-breakdown__name">{name}</span>
              <span className="tb-breakdown__score">
                {operations
                  ? t('assessment.running.ratings', {
                      score: score?.score ?? 0,
                      max: score?.maxScore ?? 0,
                    })
                  : t('assessment.running.points', {
                      score: score?.score ?? 0,
                      max: score?.maxScore ?? dimension.maxScore,
                    })}
              </span>
            </div>
            <Progress
              percent={percentOfMax(score)}
              aria-label={name}
              strokeColor={operations ? '#0f9d74' : undefined}
            />
            {dimension.areas.length > 0 && (
              <ul className="tb-breakdown__areas">
                {dimension.areas.map((area) => {
                  const areaScore = areas.find((a) => a.code === area.code);
                  return (
                    <li key={area.code} className="tb-breakdown__area">
                      <span>{pick(area.nameZh, area.nameEn, language)}</span>
                      <span className="tb-breakdown__area-score">
                        {t('assessment.running.points', {
                          score: areaScore?.score ?? 0,
                          max: area.maxScore,
                        })}
                      </span>
                    </li>
                  );
                })}
              </ul>
            )}
            {operations && (
              <p className="tb-breakdown__note">{t('assessment.result.operationsNote')}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
