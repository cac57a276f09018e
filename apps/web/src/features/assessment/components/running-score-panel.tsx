import { type Questionnaire, type RunningScore } from '@toolbox/domain';
import { Card, Progress } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../lib';
import { type EstimatedLevel, pick } from '../answers';
import { LevelBadge } from './level-badge';

export interface RunningScorePanelProps {
  questionnaire: Questionnaire;
  score: RunningScore;
  estimate: EstimatedLevel;
  language: Language;
}

function percent(score: number, max: number): number {
  return max > 0 ? Math.round((score / max) * 1000) / 10 : 0;
}

/** The live score while answering: total, each dimension, answered count, estimated level. */
export function RunningScorePanel({
  questionnaire,
  score,
  estimate,
  language,
}: RunningScorePanelProps) {
  const { t } = useTranslation();
  return (
    <Card
      className="tb-running"
      title={<h2 className="tb-card-title">{t('assessment.running.title')}</h2>}
      data-testid="running-score"
    >
      <div className="tb-running__total">
        <span className="tb-running__value" data-testid="running-total">
          {score.totalScore}
        </span>
        <span className="tb-running__max">
          {t('assessment.running.ofMax', { max: score.maxScore })}
        </span>
      </div>
      <ul className="tb-running__dimensions">
        {score.dimensions.map((dimension) => {
          const data = questionnaire.dimensions.find((d) => d.code === dimension.code);
          const name = data ? pick(data.nameZh, data.nameEn, language) : dimension.code;
          const operations = dimension.code === 'operations';
          return (
            <li key={dimension.code} data-testid={`running-${dimension.code}`}>
              <div className="tb-running__row">
                <span>{name}</span>
                <span className="tb-running__score">
                  {operations
                    ? t('assessment.running.ratings', {
                        score: dimension.score,
                        max: dimension.maxScore,
                      })
                    : t('assessment.running.points', {
                        score: dimension.score,
                        max: dimension.maxScore,
                      })}
                </span>
              </div>
              <Progress
                percent={percent(dimension.score, dimension.maxScore)}
                showInfo={false}
                size="small"
                strokeColor={operations ? '#0f9d74' : undefined}
                aria-label={name}
              />
            </li>
          );
        })}
      </ul>
      <div className="tb-running__estimate">
        <span className="tb-running__estimate-label">{t('assessment.running.estimate')}</span>
        <LevelBadge level={estimate.level} language={language} />
      </div>
      <p className="tb-running__note">{t('assessment.running.estimateNote')}</p>
    </Card>
  );
}
